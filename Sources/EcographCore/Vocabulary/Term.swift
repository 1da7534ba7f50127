import EcographMessages

/// A closed set of words in the model format — a status, a role type, a system type — with the
/// German and English aliases a user may write for each.
///
/// Aliases are matched ignoring case, with spaces and underscores read as hyphens, so
/// `Läuft`, `läuft` and `laeuft` all mean ``ProjectStatus/running``.
public protocol Term: RawRepresentable, CaseIterable, Hashable, Sendable where RawValue == String {
    /// What the word names, for messages: `"status"`, `"role type"`.
    static var termName: String { get }
    /// The words besides the canonical one (`rawValue`) that mean this case.
    var aliases: [String] { get }
    /// The German word for this case that messages name (`läuft`); by default the first alias.
    var germanWord: String { get }
}

extension Term {
    /// The case a word of the model means, or `nil` when it means none.
    public init?(word: String) {
        let wanted = Vocabulary.normalise(word)
        guard let match = Self.allCases.first(where: { term in
            Vocabulary.normalise(term.rawValue) == wanted
                || term.aliases.contains { Vocabulary.normalise($0) == wanted }
        }) else { return nil }
        self = match
    }

    /// The canonical words, for the "expected one of …" part of a message.
    public static var canonicalWords: [String] { allCases.map(\.rawValue) }

    /// Every word, canonical and alias, for suggestions.
    static var allWords: [String] { allCases.flatMap { [$0.rawValue] + $0.aliases } }

    /// The first alias, or the canonical word when there is none.
    public var germanWord: String { aliases.first ?? rawValue }

    /// The words a model may use, in the reader's language: `idea, planned, …` in English;
    /// `idee (idea), geplant (planned), beginnt (starting), läuft (running), …` in German, the
    /// German word first and the English one, which works as well, after it.
    public static var allowedWords: LocalizedText {
        LocalizedText(
            en: canonicalWords.joined(separator: ", "),
            de: allCases.map { $0.germanWord == $0.rawValue ? $0.rawValue : "\($0.germanWord) (\($0.rawValue))" }
                .joined(separator: ", "))
    }
}
