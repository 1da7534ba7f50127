/// The words of `check`'s text report: the summary per rule, the groups, the last line.
public enum ReportMessage: String, MessageArea {
    public static let area = "report"

    case summaryHeading = "summary-heading"
    case groupHeading = "group-heading"
    case groupHeadingPartly = "group-heading-partly"
    case omitted
    case hint
    case ruleFailure = "rule-failure"
    case summaryCounts = "summary.counts"
    case summaryWaived = "summary.waived"
    case summaryRules = "summary.rules"
    case summaryFailures = "summary.failures"

    public var wording: Wording {
        switch self {
        case .summaryHeading: Wording(en: "Findings by rule", de: "Befunde nach Regeln")
        case .groupHeading: Wording(en: "{group} ({n})", de: "{group} ({n})")
        case .groupHeadingPartly: Wording(en: "{group} ({n}, {listed} listed)", de: "{group} ({n}, davon {listed} aufgeführt)")
        case .omitted:
            Wording(
                en: "    … {n} more [{rule}]; --all lists every finding, --max-per-rule N at most N per rule",
                de: "    … {n} weitere [{rule}]; --all führt alle Befunde auf, --max-per-rule N höchstens N je Regel")
        case .hint: Wording(en: "hint: ", de: "Tipp: ")
        case .ruleFailure: Wording(en: "rule failure:", de: "Regel fehlgeschlagen:")
        case .summaryCounts:
            Wording(
                en: "{errors} {errors|error|errors}, {warnings} {warnings|warning|warnings}, {infos} info",
                de: "{errors} Fehler, {warnings} {warnings|Warnung|Warnungen}, {infos} {infos|Hinweis|Hinweise}")
        case .summaryWaived: Wording(en: " ({n} waived)", de: " ({n} als Ausnahme markiert)")
        case .summaryRules: Wording(en: "; {n} {n|rule|rules} checked", de: "; {n} {n|Regel|Regeln} geprüft")
        case .summaryFailures: Wording(en: "; {n} could not run", de: "; {n} {n|konnte|konnten} nicht ausgeführt werden")
        }
    }
}
