/// A text in English and German, ready to print: what a catalogue message becomes once its
/// placeholders are filled, and what rules and plugins hand over. Outputs pick one by `--lang`.
public struct LocalizedText: Hashable, Codable, Sendable {
    public let en: String
    public let de: String
    /// The catalogue id of the message the text was made from (`model.unknown-key`), kept so
    /// that a diagnostic can name a stable code; `nil` for text from elsewhere (names, rules'
    /// own words). Not part of equality, hashing or the encoded form: it says where a text came
    /// from, not what it says.
    public let messageID: String?

    public init(en: String, de: String, messageID: String? = nil) {
        self.en = en
        self.de = de
        self.messageID = messageID
    }

    private enum CodingKeys: String, CodingKey {
        case en, de
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(en: try container.decode(String.self, forKey: .en), de: try container.decode(String.self, forKey: .de))
    }

    public static func == (lhs: LocalizedText, rhs: LocalizedText) -> Bool { lhs.en == rhs.en && lhs.de == rhs.de }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(en)
        hasher.combine(de)
    }

    /// The same text in both languages, for names and ids that need no translation.
    public init(_ text: String) {
        self.init(en: text, de: text)
    }

    /// The text in one language.
    public func text(in language: Language) -> String {
        switch language {
        case .en: return en
        case .de: return de
        }
    }

    /// Both languages transformed alike (`"'" + $0 + "'"`).
    public func map(_ transform: (String) -> String) -> LocalizedText {
        LocalizedText(en: transform(en), de: transform(de), messageID: messageID)
    }

    /// Two texts joined language by language; the message id is the first one's (a message
    /// and its continuation are one message).
    public static func + (lhs: LocalizedText, rhs: LocalizedText) -> LocalizedText {
        LocalizedText(en: lhs.en + rhs.en, de: lhs.de + rhs.de, messageID: lhs.messageID ?? rhs.messageID)
    }

    /// Texts joined language by language with a separator between them.
    public static func joined(_ texts: [LocalizedText], separator: String) -> LocalizedText {
        LocalizedText(
            en: texts.map(\.en).joined(separator: separator), de: texts.map(\.de).joined(separator: separator))
    }

    /// Texts joined language by language with a separator that has its own translation (` and ` / ` und `).
    public static func joined(_ texts: [LocalizedText], separator: LocalizedText) -> LocalizedText {
        LocalizedText(
            en: texts.map(\.en).joined(separator: separator.en), de: texts.map(\.de).joined(separator: separator.de))
    }
}

extension LocalizedText {
    /// The English text after its indefinite article, `an actor`, `a field or project`, for
    /// messages that name a kind; the German text as it is (German messages say `Art Akteur`).
    public var withIndefiniteArticle: LocalizedText {
        let vowel = en.first.map { "aeiouAEIOU".contains($0) } ?? false
        return LocalizedText(en: (vowel ? "an " : "a ") + en, de: de, messageID: messageID)
    }
}
