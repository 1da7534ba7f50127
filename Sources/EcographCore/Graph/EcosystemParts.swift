import Foundation

/// The ecosystems a model holds — the municipalities of a region — and which node belongs to which.
///
/// A model is a region when its nodes name two or more ecosystems: a directory of files whose
/// `ecosystem:` names differ (each entry belongs to its file's ecosystem), or one file whose
/// entries say `ecosystem: NAME` (the loader keeps it as the `ecosystem` attribute). Entries
/// that name none follow what they are attached to: an actor its system, a role its own system
/// or its holder, a field its Lotse or coordinator, a project its field or accountable party,
/// a target group or format the first neighbour that belongs somewhere. What still belongs to
/// no ecosystem is shared by the region.
///
/// ```swift
/// let parts = EcosystemParts(graph: try ModelLoader().load(["samples/region"]).graph)
/// for (part, name) in parts.names.enumerated() {
///     print(name, parts.nodes(in: part).count, "nodes")
/// }
/// ```
public struct EcosystemParts: Sendable {
    /// The attribute that names a node's ecosystem.
    public static let attribute = "ecosystem"

    /// The ecosystems' names, in alphabetical order (umlauts sorted with their base letters).
    public let names: [String]
    /// Per node: the index of its ecosystem in ``names``, or -1 when the region shares it.
    private let partOfNode: [Int32]

    /// Finds the ecosystem of every node of a graph.
    public init(graph: EcosystemGraph) {
        var named: [String: Int32] = [:]
        var explicit = [String?](repeating: nil, count: graph.nodes.count)
        for (index, node) in graph.nodes.enumerated() {
            guard let name = node[attribute: Self.attribute]?.trimmingWhitespace(), !name.isEmpty else { continue }
            explicit[index] = String(name)
            named[String(name)] = 0
        }
        guard named.count > 1 else {
            names = named.keys.sorted()
            partOfNode = [Int32](repeating: named.isEmpty ? -1 : 0, count: graph.nodes.count)
            return
        }
        let sorted = named.keys.sorted(by: Self.alphabetical)
        for (position, name) in sorted.enumerated() { named[name] = Int32(position) }
        names = sorted
        var part = explicit.map { $0.map { named[$0]! } ?? -1 }
        Self.propagate(&part, in: graph)
        partOfNode = part
    }

    /// Whether the model holds more than one ecosystem.
    public var isRegion: Bool { names.count > 1 }

    /// The ecosystem a node belongs to, as an index into ``names``; `nil` for shared nodes.
    public func part(of node: Int) -> Int? {
        let part = partOfNode[node]
        return part < 0 ? nil : Int(part)
    }

    /// The nodes of one ecosystem, in index order.
    public func nodes(in part: Int) -> [Int] {
        partOfNode.indices.filter { partOfNode[$0] == Int32(part) }
    }

    /// Every ecosystem's nodes at once, in index order: cheaper than ``nodes(in:)`` per part.
    public func nodesByPart() -> [[Int]] {
        var result = [[Int]](repeating: [], count: names.count)
        for (node, part) in partOfNode.enumerated() where part >= 0 { result[Int(part)].append(node) }
        return result
    }

    /// The graph of one ecosystem: its nodes and the edges between them, named after it.
    public func subgraph(_ part: Int, of graph: EcosystemGraph) -> EcosystemGraph {
        graph.subgraph(nodes(in: part), name: names[part])
    }

    /// Names in the order a German reader looks for them: `Ölbach` beside `Oberdorf`, not after `Zell`.
    public static func alphabetical(_ lhs: String, _ rhs: String) -> Bool {
        let left = lhs.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        let right = rhs.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        if left != right {
            // Numbers at the end sort by value: `Au 9` before `Au 10`.
            return left.compare(right, options: [.numeric]) == .orderedAscending
        }
        return lhs < rhs
    }

    /// Gives nodes without an ecosystem the one of what they are attached to, kind by kind.
    private static func propagate(_ part: inout [Int32], in graph: EcosystemGraph) {
        func fill(_ kind: NodeKind, _ sources: (Int) -> [Int]) {
            for node in graph.nodes(of: kind) where part[node] < 0 {
                for candidate in sources(node) where part[candidate] >= 0 {
                    part[node] = part[candidate]
                    break
                }
            }
        }
        fill(.actor) { graph.targets(of: $0, via: .inSystem) }
        fill(.role) { graph.targets(of: $0, via: .inSystem) + graph.sources(of: $0, via: .holds) }
        fill(.field) { graph.sources(of: $0, via: .pilots) + graph.sources(of: $0, via: .coordinates) }
        fill(.project) { graph.targets(of: $0, via: .inField) + graph.sources(of: $0, via: .accountable) + graph.sources(of: $0, via: .responsible) }
        fill(.field) { graph.sources(of: $0, via: .inField) }
        fill(.system) { graph.sources(of: $0, via: .inSystem) }
        for kind in NodeKind.known { fill(kind) { graph.neighbours(of: $0) } }
    }
}

extension EcosystemGraph {
    /// The graph of some of this graph's nodes and the edges between them.
    public func subgraph(_ indexes: [Int], name: String) -> EcosystemGraph {
        var newIndex = [Int](repeating: -1, count: nodes.count)
        for (position, node) in indexes.enumerated() { newIndex[node] = position }
        var kept: [Edge] = []
        for node in indexes {
            for edge in outgoing(node) where newIndex[edges[edge].to] >= 0 {
                let original = edges[edge]
                kept.append(Edge(from: newIndex[original.from], type: original.type, to: newIndex[original.to], location: original.location))
            }
        }
        return EcosystemGraph(name: name, nodes: indexes.map { nodes[$0] }, edges: kept)
    }
}
