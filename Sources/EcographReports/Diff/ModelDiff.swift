import EcographCore
import EcographRules

/// What changed between two versions of an ecosystem: nodes added, removed and renamed,
/// responsibilities gained and lost per party, project statuses, other attributes, and the
/// findings introduced and resolved.
public struct ModelDiff: Sendable {
    /// A node as the diff names it.
    public struct NodeRef: Sendable, Hashable {
        public let id: String
        public let kind: NodeKind
        public let name: String
    }

    public struct Rename: Sendable {
        public let node: NodeRef
        public let oldName: String
    }

    /// A responsibility of a party gained or lost: `party -type-> subject`.
    public struct Responsibility: Sendable, Hashable {
        public let party: NodeRef
        public let type: EdgeType
        public let subject: NodeRef
    }

    public struct StatusChange: Sendable {
        public let project: NodeRef
        public let old: ProjectStatus?
        public let new: ProjectStatus?
    }

    public struct AttributeChange: Sendable {
        public let node: NodeRef
        public let key: String
        public let old: String?
        public let new: String?
    }

    public let added: [NodeRef]
    public let removed: [NodeRef]
    public let renamed: [Rename]
    public let gained: [Responsibility]
    public let lost: [Responsibility]
    public let statusChanges: [StatusChange]
    public let attributeChanges: [AttributeChange]
    public let introduced: [Finding]
    public let resolved: [Finding]

    /// The edge types that are someone's responsibility.
    public static let responsibilityTypes: Set<EdgeType> = [
        .accountable, .responsible, .consulted, .informed, .holds, .pilots, .coordinates, .advises,
    ]

    public var isEmpty: Bool {
        added.isEmpty && removed.isEmpty && renamed.isEmpty && gained.isEmpty && lost.isEmpty
            && statusChanges.isEmpty && attributeChanges.isEmpty && introduced.isEmpty && resolved.isEmpty
    }

    public init(old: EcosystemGraph, new: EcosystemGraph, oldFindings: [Finding] = [], newFindings: [Finding] = []) {
        func ref(_ node: Node) -> NodeRef { NodeRef(id: node.id, kind: node.kind, name: node.name) }
        let oldNodes = Dictionary(old.nodes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let newNodes = Dictionary(new.nodes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        added = new.nodes.filter { oldNodes[$0.id] == nil }.map(ref)
        removed = old.nodes.filter { newNodes[$0.id] == nil }.map(ref)
        var renamed: [Rename] = []
        var statusChanges: [StatusChange] = []
        var attributeChanges: [AttributeChange] = []
        for node in new.nodes {
            guard let before = oldNodes[node.id] else { continue }
            if before.name != node.name { renamed.append(Rename(node: ref(node), oldName: before.name)) }
            if node.kind == .project, before.status != node.status {
                statusChanges.append(StatusChange(project: ref(node), old: before.status, new: node.status))
            }
            for key in Set(before.attributes.keys).union(node.attributes.keys).sorted() where key != "status" {
                let (was, now) = (before.attributes[key]?.texts.joined(separator: ", "), node.attributes[key]?.texts.joined(separator: ", "))
                if was != now { attributeChanges.append(AttributeChange(node: ref(node), key: key, old: was, new: now)) }
            }
        }
        self.renamed = renamed
        self.statusChanges = statusChanges
        self.attributeChanges = attributeChanges

        func responsibilities(_ graph: EcosystemGraph) -> Set<Responsibility> {
            Set(graph.edges.filter { Self.responsibilityTypes.contains($0.type) }.map {
                Responsibility(party: ref(graph.nodes[$0.from]), type: $0.type, subject: ref(graph.nodes[$0.to]))
            })
        }
        // Compare by ids and type, so that a renamed node is not a lost and a gained responsibility.
        func key(_ responsibility: Responsibility) -> String { "\(responsibility.party.id)\u{0}\(responsibility.type.rawValue)\u{0}\(responsibility.subject.id)" }
        let before = responsibilities(old), after = responsibilities(new)
        let beforeKeys = Set(before.map(key)), afterKeys = Set(after.map(key))
        let order: (Responsibility, Responsibility) -> Bool = { ($0.party.name, $0.party.id, $0.type.rawValue, $0.subject.name) < ($1.party.name, $1.party.id, $1.type.rawValue, $1.subject.name) }
        gained = after.filter { !beforeKeys.contains(key($0)) }.sorted(by: order)
        lost = before.filter { !afterKeys.contains(key($0)) }.sorted(by: order)

        func findingKey(_ finding: Finding) -> String { finding.rule + "\u{0}" + finding.subjects.joined(separator: "\u{0}") }
        let oldKeys = Set(oldFindings.map(findingKey)), newKeys = Set(newFindings.map(findingKey))
        introduced = newFindings.filter { !oldKeys.contains(findingKey($0)) }
        resolved = oldFindings.filter { !newKeys.contains(findingKey($0)) }
    }
}
