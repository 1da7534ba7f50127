import Testing
@testable import EcographCore

/// The canonical node order (kind, then id as Swift orders strings) holds for every kind of id,
/// including long ids that share a prefix and ids with combining marks.
@Suite("Canonical node order")
struct GraphOrderTests {
    @Test("nodes are ordered by kind, then by id, exactly as String compares them")
    func order() {
        let ids = [
            "k10-lotse-mobilität", "k10-lotse-mobilitaet", "k1-lotse-bildung", "k10-lotse-bildung-und-sport",
            "k10-lotse-bildung", "mobilita\u{308}t-zentrum", "mobilität", "mobilitat", "Ärzte", "arzte", "z", "ß",
            "k10-lotse-bildung-und-sport-2", "a\u{301}", "ab",
        ]
        let place = SourceLocation(file: "t.yaml", line: 1, column: 1)
        let nodes = ids.enumerated().map { index, id in
            Node(id: id, kind: index % 3 == 0 ? .field : .actor, name: id, location: place)
        }
        let graph = EcosystemGraph(name: "", nodes: nodes, edges: [])
        let expected = nodes.sorted { ($0.kind, $0.id) < ($1.kind, $1.id) }.map(\.id)
        #expect(graph.nodes.map(\.id) == expected)
        for (index, node) in graph.nodes.enumerated() { #expect(graph.index(of: node.id) == index) }
    }
}
