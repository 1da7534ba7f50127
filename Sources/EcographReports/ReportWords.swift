import EcographRules

/// Words of the findings summary and the report's findings list, in English and German: one
/// place, so that they can move into a message catalogue together.
enum ReportWords {
    static func summaryHeading(in language: Language) -> String {
        language == .de ? "Befunde nach Regeln" : "Findings by rule"
    }

    /// `error`, `Fehler`: the severity as a word of the summary table.
    static func severity(_ severity: Severity, in language: Language) -> String {
        switch (severity, language) {
        case (.error, .de): return "Fehler"
        case (.warning, .de): return "Warnung"
        case (.info, .de): return "Hinweis"
        default: return severity.rawValue
        }
    }

    /// `Errors (3)`; `Info (665, 50 listed)` when some are left out.
    static func groupHeading(_ severity: Severity, count: Int, listed: Int, in language: Language) -> String {
        let word: String
        switch (severity, language) {
        case (.error, .en): word = "Errors"
        case (.warning, .en): word = "Warnings"
        case (.info, .en): word = "Info"
        case (.error, .de): word = "Fehler"
        case (.warning, .de): word = "Warnungen"
        case (.info, .de): word = "Hinweise"
        }
        guard listed < count else { return "\(word) (\(count))" }
        return language == .de ? "\(word) (\(count), davon \(listed) aufgeführt)" : "\(word) (\(count), \(listed) listed)"
    }

    /// The line that stands for the findings of a rule left out.
    static func omitted(_ count: Int, rule: String, in language: Language) -> String {
        switch language {
        case .en:
            return "    … \(count) more [\(rule)]; --all lists every finding, --max-per-rule N at most N per rule"
        case .de:
            return "    … \(count) weitere [\(rule)]; --all führt alle Befunde auf, --max-per-rule N höchstens N je Regel"
        }
    }
}
