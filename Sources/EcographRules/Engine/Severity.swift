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
