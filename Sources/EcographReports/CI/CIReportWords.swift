import EcographRules

/// Words of the CI reports (JUnit) in English and German: one place, so that they can move into
/// the message catalogue together.
enum CIReportWords {
    /// The name of the passing test case of a rule that found nothing.
    static func noFindings(in language: Language) -> String {
        language == .de ? "keine Befunde" : "no findings"
    }

    /// The label before a hint.
    static func hint(in language: Language) -> String {
        language == .de ? "Tipp" : "hint"
    }

    /// Why a waived finding is skipped.
    static func waived(reason: String, in language: Language) -> String {
        language == .de ? "als Ausnahme markiert: \(reason)" : "waived: \(reason)"
    }

    /// The error of a rule that could not run.
    static func couldNotRun(_ source: String, _ message: String, in language: Language) -> String {
        language == .de ? "Regel (\(source)) konnte nicht laufen: \(message)" : "rule (\(source)) could not run: \(message)"
    }

    /// The test case name of a finding about the whole ecosystem.
    static func wholeEcosystem(in language: Language) -> String {
        language == .de ? "gesamtes Ökosystem" : "whole ecosystem"
    }
}
