/// The model's vocabulary as one value: its kinds of node (each a section, with the keys that
/// make relations) and its relation types with the kinds they may connect. The loader checks
/// relations against the same tables; `ecograph metamodel` prints this value.
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

    /// A kind of node with its section and relation-making keys.
    public struct Kind: Sendable {
        public let kind: NodeKind
        /// The section its entries are declared in.
        public let section: Vocabulary.Section
        /// Its keys that make relations, in the order the reference page lists them.
        public let relationKeys: [RelationKey]
    }

    /// The kinds, in canonical order.
    public let kinds: [Kind]
    /// The relation types with the kinds they may connect, in documentation order.
    public let relations: [EdgeTypeRule]

    /// The built-in vocabulary (KGSt's ecosystem of responsibilities).
    public static let builtIn = Metamodel(
        kinds: NodeKind.allCases.map { kind in
            Kind(
                kind: kind,
                section: Vocabulary.sections.first { $0.kind == kind }!,
                relationKeys: Vocabulary.keys(of: kind).compactMap { key in
                    guard case .reference(let type, let outgoing) = key.meaning else { return nil }
                    return RelationKey(key: key, type: type, outgoing: outgoing)
                })
        },
        relations: EdgeType.builtIn)

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
