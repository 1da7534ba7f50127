/// The words of the CI reports (JUnit XML for GitLab's and Jenkins' test views) around the
/// findings' own messages.
public enum CIReportMessage: String, MessageArea {
    public static let area = "ci-report"

    case noFindings = "no-findings"
    case hint
    case waived
    case couldNotRun = "could-not-run"
    case wholeEcosystem = "whole-ecosystem"

    public var wording: Wording {
        switch self {
        case .noFindings: Wording(en: "no findings", de: "keine Befunde")
        case .hint: Wording(en: "hint", de: "Tipp")
        case .waived: Wording(en: "waived: {reason}", de: "als Ausnahme markiert: {reason}")
        case .couldNotRun: Wording(en: "rule ({source}) could not run: {reason}", de: "Regel ({source}) konnte nicht laufen: {reason}")
        case .wholeEcosystem: Wording(en: "whole ecosystem", de: "gesamtes Ökosystem")
        }
    }
}
