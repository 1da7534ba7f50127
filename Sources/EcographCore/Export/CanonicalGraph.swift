import Foundation

/// The canonical, serialisable form of a graph:
/// `{"ecosystem", "nodes": [{"id","kind","name","attributes"}], "edges": [{"from","type","to"}]}`.
///
/// This is what `ecograph export --format json` writes and what rule plugins receive. Nodes are
/// ordered by kind then id, edges by source id, type and target id, and object keys are sorted,
/// so the same model always gives the same bytes.
public struct CanonicalGraph: Codable, Hashable, Sendable {
    public struct NodeEntry: Codable, Hashable, Sendable {
        public let id: String
        public let kind: NodeKind
        public let name: String
        public let attributes: [String: AttributeValue]
    }

    public struct EdgeEntry: Codable, Hashable, Sendable {
        public let from: String
        public let type: EdgeType
        public let to: String
    }

    public let ecosystem: String
    public let nodes: [NodeEntry]
    public let edges: [EdgeEntry]

    public init(_ graph: EcosystemGraph) {
        ecosystem = graph.name
        nodes = graph.nodes.map { NodeEntry(id: $0.id, kind: $0.kind, name: $0.name, attributes: $0.attributes) }
        edges = graph.edges
            .map { EdgeEntry(from: graph.nodes[$0.from].id, type: $0.type, to: graph.nodes[$0.to].id) }
            .sorted { ($0.from, $0.type.rawValue, $0.to) < ($1.from, $1.type.rawValue, $1.to) }
    }

    /// Pretty-printed JSON with sorted keys and a final newline; Unicode is written as is.
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(self)
        data.append(0x0A)
        return data
    }
}
