/// A problem found in a model, with where it is and what to do about it.
///
/// Rendered as `FILE:LINE:COLUMN: error: MESSAGE; ADVICE`, the form editors and CI systems
/// link to the line.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Hashable, Sendable, Codable {
        case error
        case warning
    }

    /// Whether the model is unusable (`error`) or only suspicious (`warning`).
    public let severity: Severity
    /// What is wrong, naming the things involved.
    public let message: String
    /// What to do, if there is something specific to say (`did you mean 'mobilitaet'?`).
    public let advice: String?
    /// Where the problem is; `nil` for problems with a path rather than a place in a file.
    public let location: SourceLocation?
    /// The path the problem concerns when there is no location (a missing file).
    public let path: String?

    public init(
        _ severity: Severity, _ message: String, advice: String? = nil,
        at location: SourceLocation? = nil, path: String? = nil
    ) {
        self.severity = severity
        self.message = message
        self.advice = advice
        self.location = location
        self.path = path ?? location?.file
    }

    /// The one-line form: `FILE:LINE:COLUMN: error: MESSAGE; ADVICE`.
    public var description: String {
        let place = location.map { "\($0): " } ?? path.map { "\($0): " } ?? ""
        let text = advice.map { "\(message); \($0)" } ?? message
        return "\(place)\(severity.rawValue): \(text)"
    }

    /// Orders diagnostics by file, line and column; problems without a place come first.
    public static func byPlace(_ lhs: Diagnostic, _ rhs: Diagnostic) -> Bool {
        switch (lhs.location, rhs.location) {
        case let (left?, right?): return left < right
        case (nil, .some): return true
        case (.some, nil): return false
        case (nil, nil): return (lhs.path ?? "") < (rhs.path ?? "")
        }
    }
}
