/// A text in English and German, ready to print: what a catalogue message becomes once its
/// placeholders are filled, and what rules and plugins hand over. Outputs pick one by `--lang`.
public struct LocalizedText: Hashable, Codable, Sendable {
    public let en: String
    public let de: String

    public init(en: String, de: String) {
        self.en = en
        self.de = de
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
        LocalizedText(en: transform(en), de: transform(de))
    }

    /// Two texts joined language by language.
    public static func + (lhs: LocalizedText, rhs: LocalizedText) -> LocalizedText {
        LocalizedText(en: lhs.en + rhs.en, de: lhs.de + rhs.de)
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
