/// The languages of findings and explanations.
public enum Language: String, CaseIterable, Codable, Sendable {
    case en
    case de
}

/// A text in English and German; rules write both, outputs pick one by `--lang`.
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

    public func text(in language: Language) -> String {
        switch language {
        case .en: return en
        case .de: return de
        }
    }
}
