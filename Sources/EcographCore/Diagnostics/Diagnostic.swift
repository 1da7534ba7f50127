import EcographMessages

/// A problem found in a model, with where it is and what to do about it.
///
/// Rendered as `FILE:LINE:COLUMN: error: MESSAGE; ADVICE`, the form editors and CI systems
/// link to the line. Message and advice come from the message catalogue in both languages;
/// ``description(in:)`` picks one.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Hashable, Sendable, Codable {
        case error
        case warning

        /// `error` / `Fehler`.
        public func word(in language: Language) -> String {
            switch self {
            case .error: return CommandMessage.errorLabel.text(in: language)
            case .warning: return CommandMessage.warningLabel.text(in: language)
            }
        }
    }

    /// Whether the model is unusable (`error`) or only suspicious (`warning`).
    public let severity: Severity
    /// What is wrong, naming the things involved, in English and German.
    public let text: LocalizedText
    /// What to do, if there is something specific to say (`did you mean 'mobilitaet'?`).
    public let adviceText: LocalizedText?
    /// Where the problem is; `nil` for problems with a path rather than a place in a file.
    public let location: SourceLocation?
    /// The path the problem concerns when there is no location (a missing file).
    public let path: String?

    public init(
        _ severity: Severity, _ message: LocalizedText, advice: LocalizedText? = nil,
        at location: SourceLocation? = nil, path: String? = nil
    ) {
        self.severity = severity
        self.text = message
        self.adviceText = advice
        self.location = location
        self.path = path ?? location?.file
    }

    /// A diagnostic whose text is the same in every language (a parser's own message).
    public init(
        _ severity: Severity, _ message: String, advice: String? = nil,
        at location: SourceLocation? = nil, path: String? = nil
    ) {
        self.init(severity, LocalizedText(message), advice: advice.map(LocalizedText.init), at: location, path: path)
    }

    /// The stable code of the problem: the catalogue id of its message (`model.unknown-key`,
    /// `configuration.unknown-rule`, `rule-file.not-mapping`). Wording may change between
    /// releases; codes do not, so CI scripts and documentation can refer to them.
    public var code: String { text.messageID ?? Self.unclassifiedCode }

    /// The code of a diagnostic whose text did not come from the catalogue (none of ecograph's
    /// own do; a test keeps it so).
    public static let unclassifiedCode = "unclassified"

    /// Where the problem's text ends (the key or value it concerns, as written): the line and
    /// the column after its last character; the start itself when the extent is not known.
    public var end: SourcePosition? { location?.end }

    /// What is wrong, in English.
    public var message: String { text.en }
    /// What to do, in English.
    public var advice: String? { adviceText?.en }

    /// What is wrong, in a language.
    public func message(in language: Language) -> String { text.text(in: language) }
    /// What to do, in a language.
    public func advice(in language: Language) -> String? { adviceText?.text(in: language) }

    /// The one-line form in English: `FILE:LINE:COLUMN: error: MESSAGE; ADVICE`.
    public var description: String { description(in: .en) }

    /// The one-line form in a language: `FILE:LINE:COLUMN: Fehler: MESSAGE; ADVICE`.
    public func description(in language: Language) -> String {
        let place = location.map { "\($0): " } ?? path.map { "\($0): " } ?? ""
        let message = message(in: language)
        let text = advice(in: language).map { "\(message); \($0)" } ?? message
        return "\(place)\(severity.word(in: language)): \(text)"
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
