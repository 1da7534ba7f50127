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
    case explainSeverity = "explain.severity"
    case explainWhy = "explain.why"
    case explainFix = "explain.fix"
    case explainOptions = "explain.options"
    case explainOption = "explain.option"
    case explainFinds = "explain.finds"
    case explainFindsNothing = "explain.finds-nothing"

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
        case .explainSeverity:
            Wording(en: "Default severity: {severity}. Source: {source}.", de: "Voreingestellter Schweregrad: {severity}. Herkunft: {source}.")
        case .explainWhy: Wording(en: "Why it matters:", de: "Warum das wichtig ist:")
        case .explainFix: Wording(en: "How to fix:", de: "So beheben Sie es:")
        case .explainOptions:
            Wording(en: "Options (in .ecograph.yml under rules: {id}:):", de: "Optionen (in .ecograph.yml unter rules: {id}:):")
        case .explainOption: Wording(en: "  {name} (default {value}): {summary}", de: "  {name} (voreingestellt {value}): {summary}")
        case .explainFinds: Wording(en: "A model in which it finds something:", de: "Ein Modell, in dem sie etwas findet:")
        case .explainFindsNothing: Wording(en: "A model in which it finds nothing:", de: "Ein Modell, in dem sie nichts findet:")
        case .summaryFailures: Wording(en: "; {n} could not run", de: "; {n} {n|konnte|konnten} nicht ausgeführt werden")
        }
    }
}
