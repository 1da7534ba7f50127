/// The model's vocabulary as one value: its kinds of node (each a section, with its keys and the
/// keys that make relations) and its relation types with the kinds they may connect.
///
/// ``builtIn`` is KGSt's ecosystem of responsibilities; ``adding(_:)`` extends it by a user's
/// ``ModelProfile``. The loader reads models with one (``ModelLoader/metamodel``), checking
/// relations against its tables; `ecograph metamodel` prints it.
public struct Metamodel: Sendable {
    /// A key of an entry that names other entries and so makes relations.
    public struct RelationKey: Sendable {
        /// The key as the model writes it.
        public let key: Vocabulary.Key
        /// The relation each named entry gets.
        public let type: EdgeType
        /// Whether the relation runs from the entry to the named one (`accountable` on a
        /// project runs from the named party to the project: `false`).
        public let outgoing: Bool
    }

    /// How maps draw the nodes of a kind a profile declares.
    public struct Style: Sendable, Hashable {
        /// A Graphviz shape (`hexagon`, `cylinder`, …), one of ``shapes``.
        public let shape: String
        /// The fill colour, `#rrggbb`.
        public let color: String

        public init(shape: String, color: String) {
            self.shape = shape
            self.color = color
        }

        /// The shapes a profile may choose.
        public static let shapes = [
            "box", "ellipse", "hexagon", "octagon", "diamond", "cylinder", "component", "folder", "note", "tab", "house",
            "parallelogram",
        ]
    }

    /// A kind of node with its section and keys.
    public struct Kind: Sendable {
        public let kind: NodeKind
        /// The section its entries are declared in.
        public let section: Vocabulary.Section
        /// Every key its entries may have, the common ones first.
        public let keys: [Vocabulary.Key]
        /// How maps draw it; `nil` for the built-in kinds, which have their own styles.
        public let style: Style?

        /// Its keys that make relations, in the order the reference page lists them.
        public var relationKeys: [RelationKey] {
            keys.compactMap { key in
                guard case .reference(let type, let outgoing) = key.meaning else { return nil }
                return RelationKey(key: key, type: type, outgoing: outgoing)
            }
        }
    }

    private final class Tables: Sendable {
        let kinds: [Kind]
        let relations: [EdgeTypeRule]
        let sections: [Vocabulary.Section]
        let sectionLookup: [String: Vocabulary.Section]
        /// Per kind, by ``NodeKind/lookupIndex``: every word of every key.
        let keyLookup: [[String: Vocabulary.Key]]
        let keysByIndex: [[Vocabulary.Key]]
        let rulesByType: [EdgeType: EdgeTypeRule]
        /// The words of the profiles' relation types (names and aliases, normalised).
        let typeWords: [String: EdgeType]
        let profileFiles: [String]

        init(kinds: [Kind], relations: [EdgeTypeRule], profileFiles: [String]) {
            self.kinds = kinds
            self.relations = relations
            self.profileFiles = profileFiles
            // The profiles' sections go before `relations`, which stays last.
            let builtInSections = Vocabulary.sections
            let added = kinds.filter { !$0.kind.isBuiltIn }.map(\.section)
            sections = builtInSections.dropLast() + added + [builtInSections.last!]
            sectionLookup = Vocabulary.lookup(sections, words: { [$0.name] + $0.aliases })
            let size = (kinds.map(\.kind.lookupIndex).max() ?? 0) + 1
            var keyLookup = [[String: Vocabulary.Key]](repeating: [:], count: size)
            var keysByIndex = [[Vocabulary.Key]](repeating: [], count: size)
            for kind in kinds {
                keyLookup[kind.kind.lookupIndex] = Vocabulary.lookup(kind.keys, words: { [$0.name] + $0.aliases })
                keysByIndex[kind.kind.lookupIndex] = kind.keys
            }
            self.keyLookup = keyLookup
            self.keysByIndex = keysByIndex
            rulesByType = Dictionary(relations.map { ($0.type, $0) }, uniquingKeysWith: { first, _ in first })
            var typeWords: [String: EdgeType] = [:]
            for rule in relations where rule.type.rule == nil {
                for word in [rule.type.rawValue] + rule.aliases { typeWords[Vocabulary.normalise(word)] = rule.type }
            }
            self.typeWords = typeWords
        }
    }

    private let tables: Tables

    /// A metamodel of these kinds and relation types; `profileFiles` names the profiles they come from.
    public init(kinds: [Kind], relations: [EdgeTypeRule], profileFiles: [String] = []) {
        tables = Tables(kinds: kinds, relations: relations, profileFiles: profileFiles)
    }

    /// The built-in vocabulary (KGSt's ecosystem of responsibilities).
    public static let builtIn = Metamodel(
        kinds: NodeKind.builtIn.map { kind in
            Kind(kind: kind, section: Vocabulary.sections.first { $0.kind == kind }!, keys: Vocabulary.keys(of: kind), style: nil)
        },
        relations: EdgeType.builtIn)

    /// The kinds, built-in ones first.
    public var kinds: [Kind] { tables.kinds }
    /// The relation types with the kinds they may connect, in documentation order.
    public var relations: [EdgeTypeRule] { tables.relations }
    /// The top-level sections of a model file: the built-in ones, then the profiles', `relations` last.
    public var sections: [Vocabulary.Section] { tables.sections }
    /// The profile files this metamodel was extended by, in order; empty for ``builtIn``.
    public var profileFiles: [String] { tables.profileFiles }

    /// The kind of a node kind, with its section and keys; `nil` for a kind of another profile.
    public func kind(_ kind: NodeKind) -> Kind? { tables.kinds.first { $0.kind == kind } }

    /// The section a word means: its name or an alias, compared normalised.
    public func section(_ word: String) -> Vocabulary.Section? {
        tables.sectionLookup[word] ?? tables.sectionLookup[Vocabulary.normalise(word)]
    }

    /// The keys of a kind, the common ones first (none for a kind this metamodel does not have).
    public func keys(of kind: NodeKind) -> [Vocabulary.Key] {
        kind.lookupIndex < tables.keysByIndex.count ? tables.keysByIndex[kind.lookupIndex] : []
    }

    /// The key a word means for a kind: its name or an alias, compared normalised.
    public func key(_ word: String, of kind: NodeKind) -> Vocabulary.Key? {
        guard kind.lookupIndex < tables.keyLookup.count else { return nil }
        // A word found as written is in normal form already (normalising is idempotent).
        let table = tables.keyLookup[kind.lookupIndex]
        return table[word] ?? table[Vocabulary.normalise(word)]
    }

    /// The relation type a word of the model means: a built-in name or alias, an `x-` name, or
    /// a name or alias of a profile's type.
    public func edgeType(word: String) -> EdgeType? {
        EdgeType(word: word) ?? tables.typeWords[Vocabulary.normalise(word)]
    }

    /// What a relation type may connect; `nil` for `x-` types.
    public func rule(of type: EdgeType) -> EdgeTypeRule? { tables.rulesByType[type] }

    /// How maps draw a kind of a profile; `nil` for built-in kinds.
    public func style(of kind: NodeKind) -> Style? { self.kind(kind)?.style }

    /// The kind a word names in a rule or an option: the kind's name, or a name of its section.
    public func kind(named word: String) -> NodeKind? {
        let normalised = Vocabulary.normalise(word)
        return tables.kinds.first { $0.kind.rawValue == normalised }?.kind ?? section(word)?.kind
    }

    /// The closed word sets of the keys (`status`, `role type`, …), each once, by name.
    public var terms: [String: Vocabulary.TermDescriptor] {
        var terms: [String: Vocabulary.TermDescriptor] = [:]
        for kind in kinds {
            for key in kind.keys {
                if case .term(let term) = key.meaning, terms[term.termName] == nil { terms[term.termName] = term }
            }
        }
        return terms
    }

    /// The relation types that connect any two kinds (`supports`, `funds`, …).
    public var openTypes: [EdgeType] {
        relations.filter { $0.sourceKinds == nil && $0.targetKinds == nil }.map(\.type)
    }

    /// The relation types, other than the open ones, that may run from one kind to another.
    public func types(from source: NodeKind, to target: NodeKind) -> [EdgeType] {
        relations.filter { rule in
            !(rule.sourceKinds == nil && rule.targetKinds == nil)
                && (rule.sourceKinds?.contains(source) ?? true) && (rule.targetKinds?.contains(target) ?? true)
        }.map(\.type)
    }
}
