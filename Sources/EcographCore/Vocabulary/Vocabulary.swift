import EcographMessages

/// The words of the model format: its sections and, per node kind, its keys with their
/// aliases and meaning. The loader, the JSON Schema test and the docs all read this table.
public enum Vocabulary {
    /// A top-level section of a model file.
    public struct Section: Sendable {
        /// The canonical name (`projects`).
        public let name: String
        /// German and other names for it (`projekte`).
        public let aliases: [String]
        /// The node kind its entries declare; `nil` for `ecosystem` and `relations`.
        public let kind: NodeKind?
    }

    /// What the value under a key means.
    public enum Meaning: Sendable {
        /// Free text, kept as an attribute.
        case text
        /// Text or a list of texts, kept as an attribute.
        case texts
        /// One word of a closed set, kept in canonical form as an attribute.
        case term(TermDescriptor)
        /// A list of waivers, `[{ rule: ID, reason: TEXT }]`.
        case waivers
        /// One id or a list of ids; each becomes an edge of this type.
        /// `outgoing` edges run from the entry to the referenced node, the others the other way.
        case reference(EdgeType, outgoing: Bool)
    }

    /// A key of an entry.
    public struct Key: Sendable {
        /// The canonical key (`accountable`).
        public let name: String
        /// Other words for it (`federführend`, `federfuehrend`).
        public let aliases: [String]
        /// What its value means.
        public let meaning: Meaning
    }

    /// A closed word set, type-erased so that keys of different kinds fit one table.
    public struct TermDescriptor: Sendable {
        /// What the word names (`status`).
        public let termName: String
        /// The canonical words.
        public let words: [String]
        /// Every accepted word, for suggestions.
        public let allWords: [String]
        /// Resolves a word to its canonical form.
        public let canonical: @Sendable (String) -> String?
        /// The words in the reader's language, for "expected one of …" (`läuft (running)`).
        public let allowedWords: LocalizedText

        /// What the word names, in both languages (`status`, `Status`).
        public var localizedName: LocalizedText {
            switch termName {
            case ProjectStatus.termName: return ModelMessage.termStatus.text
            case SystemType.termName: return ModelMessage.termSystemType.text
            case RoleType.termName: return ModelMessage.termRoleType.text
            case FormatType.termName: return ModelMessage.termFormatType.text
            default: return LocalizedText(termName)
            }
        }

        /// This word set with more words for its canonical ones (`in-umsetzung` → `running`),
        /// from a profile; the caller has checked that each is new and its canonical word exists.
        func adding(_ extra: [(word: String, canonical: String)]) -> TermDescriptor {
            var table: [String: String] = [:]
            for (word, canonical) in extra { table[Vocabulary.normalise(word)] = canonical }
            let base = canonical
            return TermDescriptor(
                termName: termName, words: words, allWords: allWords + extra.map(\.word),
                canonical: { [table] word in base(word) ?? table[word] ?? table[Vocabulary.normalise(word)] },
                allowedWords: allowedWords)
        }

        private init(
            termName: String, words: [String], allWords: [String], canonical: @escaping @Sendable (String) -> String?,
            allowedWords: LocalizedText
        ) {
            self.termName = termName
            self.words = words
            self.allWords = allWords
            self.canonical = canonical
            self.allowedWords = allowedWords
        }

        init<T: Term>(_ type: T.Type) {
            termName = T.termName
            words = T.canonicalWords
            allWords = T.allWords
            allowedWords = T.allowedWords
            var table: [String: String] = [:]
            for term in T.allCases {
                for word in [term.rawValue] + term.aliases { table[Vocabulary.normalise(word)] = term.rawValue }
            }
            canonical = { [table] word in table[word] ?? table[Vocabulary.normalise(word)] }
        }
    }

    /// The top-level sections, in the order the docs list them.
    public static let sections: [Section] = [
        Section(name: "ecosystem", aliases: ["ökosystem", "oekosystem"], kind: nil),
        Section(name: "systems", aliases: ["systeme"], kind: .system),
        Section(name: "fields", aliases: ["gestaltungsfelder", "felder", "handlungsfelder"], kind: .field),
        Section(name: "target-groups", aliases: ["zielgruppen"], kind: .targetGroup),
        Section(name: "roles", aliases: ["rollen"], kind: .role),
        Section(name: "actors", aliases: ["akteure", "akteurinnen"], kind: .actor),
        Section(name: "formats", aliases: ["formate", "beteiligungsformate"], kind: .format),
        Section(name: "projects", aliases: ["projekte", "vorhaben"], kind: .project),
        Section(name: "relations", aliases: ["beziehungen"], kind: nil),
    ]

    /// Keys that a model may carry at the top level and that mean nothing to ecograph.
    public static let ignoredTopLevelKeys: Set<String> = ["$schema"]

    /// Keys every entry may have.
    static let commonKeys: [Key] = [
        Key(name: "name", aliases: ["bezeichnung", "titel"], meaning: .text),
        Key(name: "description", aliases: ["beschreibung"], meaning: .text),
        Key(name: "ecosystem", aliases: ["ökosystem", "oekosystem", "kommune"], meaning: .text),
        Key(name: "waive", aliases: ["ausnahmen", "ausnahme"], meaning: .waivers),
    ]

    /// The keys of one waiver in a `waive` list.
    public static let waiverKeys: [Key] = [
        Key(name: "rule", aliases: ["regel"], meaning: .text),
        Key(name: "reason", aliases: ["begründung", "begruendung", "grund"], meaning: .text),
    ]

    private static let partyKeys: [Key] = [
        Key(name: "system", aliases: [], meaning: .reference(.inSystem, outgoing: true)),
        Key(name: "advises", aliases: ["berät", "beraet"], meaning: .reference(.advises, outgoing: true)),
        Key(name: "coordinates", aliases: ["koordiniert"], meaning: .reference(.coordinates, outgoing: true)),
        Key(name: "supports", aliases: ["unterstützt", "unterstuetzt"], meaning: .reference(.supports, outgoing: true)),
        Key(name: "pilots", aliases: ["lotst"], meaning: .reference(.pilots, outgoing: true)),
    ]

    /// The keys of each node kind, ``commonKeys`` first.
    public static func keys(of kind: NodeKind) -> [Key] { keysByKind[kind] ?? commonKeys }

    /// The key a word means for a kind of the built-in vocabulary: its name or an alias, compared
    /// normalised (``Metamodel/builtIn``'s table).
    public static func key(_ word: String, of kind: NodeKind) -> Key? { Metamodel.builtIn.key(word, of: kind) }

    /// The section a word means in the built-in vocabulary: its name or an alias, compared normalised.
    public static func section(_ word: String) -> Section? { Metamodel.builtIn.section(word) }

    private static let keysByKind: [NodeKind: [Key]] = Dictionary(
        uniqueKeysWithValues: NodeKind.builtIn.map { ($0, commonKeys + specificKeys(of: $0)) })

    static func lookup<T>(_ items: [T], words: (T) -> [String]) -> [String: T] {
        var table: [String: T] = [:]
        for item in items {
            for word in words(item) { table[normalise(word)] = item }
        }
        return table
    }

    private static func specificKeys(of kind: NodeKind) -> [Key] {
        switch kind {
        case .system:
            return [Key(name: "type", aliases: ["typ", "art"], meaning: .term(TermDescriptor(SystemType.self)))]
        case .field, .targetGroup:
            return []
        case .role:
            return [Key(name: "type", aliases: ["typ", "art"], meaning: .term(TermDescriptor(RoleType.self)))]
                + partyKeys
        case .actor:
            return [
                Key(name: "type", aliases: ["typ", "art"], meaning: .text),
                Key(name: "holds", aliases: ["hält", "haelt", "besetzt", "rollen"], meaning: .reference(.holds, outgoing: true)),
                Key(name: "member-of", aliases: ["gehört-zu", "gehoert-zu", "teil-von"], meaning: .reference(.memberOf, outgoing: true)),
                Key(name: "contact", aliases: ["kontakt"], meaning: .text),
            ] + partyKeys
        case .format:
            return [
                Key(name: "type", aliases: ["typ", "art"], meaning: .term(TermDescriptor(FormatType.self))),
                Key(name: "participants", aliases: ["teilnehmende", "beteiligte"], meaning: .reference(.participates, outgoing: false)),
                Key(name: "organisers", aliases: ["organizers", "organisiert-von", "veranstalter"], meaning: .reference(.organises, outgoing: false)),
                Key(name: "date", aliases: ["datum", "termin"], meaning: .text),
            ]
        case .project:
            return [
                Key(name: "field", aliases: ["fields", "feld", "gestaltungsfeld"], meaning: .reference(.inField, outgoing: true)),
                Key(name: "status", aliases: [], meaning: .term(TermDescriptor(ProjectStatus.self))),
                Key(name: "accountable", aliases: ["federführend", "federfuehrend"], meaning: .reference(.accountable, outgoing: false)),
                Key(name: "responsible", aliases: ["mitwirkend"], meaning: .reference(.responsible, outgoing: false)),
                Key(name: "consulted", aliases: ["beteiligt"], meaning: .reference(.consulted, outgoing: false)),
                Key(name: "informed", aliases: ["informiert"], meaning: .reference(.informed, outgoing: false)),
                Key(name: "target-groups", aliases: ["zielgruppen", "zielgruppe", "target-group"], meaning: .reference(.targets, outgoing: true)),
                Key(name: "value", aliases: ["nutzenversprechen", "nutzen", "wertversprechen"], meaning: .text),
                Key(name: "indicator", aliases: ["indikator", "nutzennachweis", "kennzahl"], meaning: .text),
                Key(name: "participation", aliases: ["beteiligungsformate", "formate"], meaning: .reference(.participation, outgoing: false)),
                Key(name: "depends-on", aliases: ["hängt-ab-von", "haengt-ab-von"], meaning: .reference(.dependsOn, outgoing: true)),
                Key(name: "start", aliases: ["beginn"], meaning: .text),
                Key(name: "end", aliases: ["ende"], meaning: .text),
                Key(name: "budget", aliases: [], meaning: .text),
                Key(name: "tags", aliases: ["schlagworte"], meaning: .texts),
            ]
        default:
            return []
        }
    }

    /// The keys of an entry of the `relations` section.
    public static let relationKeys: [Key] = [
        Key(name: "from", aliases: ["von"], meaning: .text),
        Key(name: "type", aliases: ["typ", "art"], meaning: .text),
        Key(name: "to", aliases: ["zu", "an", "nach"], meaning: .text),
        Key(name: "note", aliases: ["notiz", "anmerkung"], meaning: .text),
    ]

    /// The form in which words are compared: lower case, spaces and underscores as hyphens.
    public static func normalise(_ word: String) -> String {
        // Fast path: most words are written in canonical form already.
        if word.utf8.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || $0 == 0x2D || ($0 >= 0x30 && $0 <= 0x39) }) {
            return word
        }
        var result = ""
        result.reserveCapacity(word.utf8.count)
        for character in word.trimmingWhitespace() {
            if character == " " || character == "_" {
                result.append("-")
            } else {
                result.append(contentsOf: character.lowercased())
            }
        }
        return result
    }
}

extension NodeKind {
    /// The kind's place among all kinds of the process, for tables indexed by kind.
    var lookupIndex: Int { Int(index) }
}

extension String {
    func trimmingWhitespace() -> Substring {
        var slice = self[...]
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return slice
    }
}
