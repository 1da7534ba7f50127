/// One area of the message catalogue (`model`, `rules`, `map`, …): an enum with a case per
/// message, whose raw value is the message's key in the area and whose ``wording`` holds the
/// English and the German text side by side.
///
/// A message's id is `AREA.KEY` (`model.unknown-key`), stable across releases. Texts name their
/// placeholders (`{key}`), and choose a word by a number (`{n|Rolle|Rollen}`):
///
/// ```swift
/// enum ModelMessage: String, MessageArea {
///     static let area = "model"
///     case unknownKey = "unknown-key"
///
///     var wording: Wording {
///         switch self {
///         case .unknownKey: Wording(en: "unknown key '{key}'", de: "unbekannter Schlüssel '{key}'")
///         }
///     }
/// }
/// let text = ModelMessage.unknownKey(["key": "nmae"])   // LocalizedText, both languages
/// print(text.text(in: .de))                             // unbekannter Schlüssel 'nmae'
/// ```
///
/// The switch makes the compiler insist on both languages for every message; ``MessageCatalogue``
/// lists the areas so that tests can check every id and placeholder.
public protocol MessageArea: CaseIterable, Hashable, Sendable, RawRepresentable where RawValue == String {
    /// The first part of every id in this area (`model`).
    static var area: String { get }
    /// The message in English and German.
    var wording: Wording { get }
}

/// A message's English and German templates.
public struct Wording: Hashable, Sendable {
    public let en: String
    public let de: String

    public init(en: String, de: String) {
        self.en = en
        self.de = de
    }

    /// The template in one language.
    public func template(in language: Language) -> String {
        language == .de ? de : en
    }
}

extension MessageArea {
    /// The stable id, `AREA.KEY` (`model.unknown-key`).
    public var id: String { "\(Self.area).\(rawValue)" }

    /// The message with its placeholders filled, in both languages.
    public func callAsFunction(_ arguments: KeyValuePairs<String, any MessageArgument> = [:]) -> LocalizedText {
        let values = Dictionary(arguments.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
        return LocalizedText(
            en: MessageTemplate.fill(wording.en, with: values, in: .en),
            de: MessageTemplate.fill(wording.de, with: values, in: .de),
            messageID: id)
    }

    /// The message without placeholders, in both languages.
    public var text: LocalizedText { self() }

    /// The message with its placeholders filled, in one language.
    public func text(in language: Language, _ arguments: KeyValuePairs<String, any MessageArgument> = [:]) -> String {
        let values = Dictionary(arguments.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
        return MessageTemplate.fill(wording.template(in: language), with: values, in: language)
    }

    /// Every message of the area as a catalogue entry.
    public static var catalogueEntries: [CatalogueEntry] {
        allCases.map { CatalogueEntry(id: $0.id, wording: $0.wording) }
    }
}

/// One message of the catalogue: its id and its texts.
public struct CatalogueEntry: Hashable, Sendable {
    public let id: String
    public let wording: Wording
}
