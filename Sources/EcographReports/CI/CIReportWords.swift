import EcographRules

/// The words of the CI reports (JUnit), from the catalogue's ``CIReportMessage``.
enum CIReportWords {
    /// The name of the passing test case of a rule that found nothing.
    static func noFindings(in language: Language) -> String {
        CIReportMessage.noFindings.text(in: language)
    }

    /// The label before a hint.
    static func hint(in language: Language) -> String {
        CIReportMessage.hint.text(in: language)
    }

    /// Why a waived finding is skipped.
    static func waived(reason: String, in language: Language) -> String {
        CIReportMessage.waived.text(in: language, ["reason": reason])
    }

    /// The error of a rule that could not run.
    static func couldNotRun(_ source: String, _ message: String, in language: Language) -> String {
        CIReportMessage.couldNotRun.text(in: language, ["source": source, "reason": message])
    }

    /// The test case name of a finding about the whole ecosystem.
    static func wholeEcosystem(in language: Language) -> String {
        CIReportMessage.wholeEcosystem.text(in: language)
    }
}
