import EcographMessages

/// How serious a finding is. `error` findings fail `ecograph check` by default.
public enum Severity: String, CaseIterable, Codable, Comparable, Sendable {
    case error
    case warning
    case info

    /// Errors first: `error < warning < info` in sort order; use ``isAtLeast(_:)`` for thresholds.
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }

    /// Whether this severity is as serious as the threshold or more.
    public func isAtLeast(_ threshold: Severity) -> Bool { rank <= threshold.rank }

    private var rank: Int {
        switch self {
        case .error: return 0
        case .warning: return 1
        case .info: return 2
        }
    }
}

extension Severity {
    /// `error` / `Fehler`: the severity as a word.
    public func word(in language: Language) -> String {
        switch self {
        case .error: return WordMessage.severityError.text(in: language)
        case .warning: return WordMessage.severityWarning.text(in: language)
        case .info: return WordMessage.severityInfo.text(in: language)
        }
    }

    /// `errors` / `Fehler`: the severity as a heading over several findings.
    public func pluralWord(in language: Language) -> String {
        switch self {
        case .error: return WordMessage.severityErrors.text(in: language)
        case .warning: return WordMessage.severityWarnings.text(in: language)
        case .info: return WordMessage.severityInfos.text(in: language)
        }
    }
}
