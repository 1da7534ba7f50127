import Foundation
import Testing
@testable import EcographCore

/// The steps of loading that run on several processors for large models — resolving the
/// references, indexing the graph — must give exactly what they give in turn: the same
/// edges with the same places, the same indexes, the same messages in the same order.
@Suite("Large models loaded on several processors")
struct ConcurrentLoadingTests {
    /// A model of `actors` actors, each holding a role and member of the actor before, with
    /// `relations` in the relations section; `broken` references at the end name no node.
    private func model(actors: Int, broken: [String] = []) -> String {
        var text = "ecosystem: Probe\nsystems:\n  rathaus: { name: Rathaus, type: verwaltung }\nroles:\n"
        for index in 0..<actors { text += "  rolle-\(index): { name: Rolle \(index), type: board }\n" }
        text += "actors:\n"
        for index in 0..<actors {
            let member = index > 0 ? ", member-of: akteur-\(index - 1)" : ""
            text += "  akteur-\(index): { name: Akteur \(index), type: person, system: rathaus, holds: [rolle-\(index), rolle-\(index / 2)]\(member) }\n"
        }
        for (index, id) in broken.enumerated() { text += "  kaputt-\(index): { name: Kaputt, type: person, system: rathaus, holds: \(id) }\n" }
        text += "relations:\n"
        for index in stride(from: 0, to: actors, by: 7) { text += "  - { from: rolle-\(index), type: advises, to: rolle-\((index + 1) % actors) }\n" }
        return text
    }

    /// The load as lines of text, references resolved concurrently or in turn.
    private func outcome(_ text: String, concurrently: Bool) -> [String] {
        var loader = ModelLoader()
        loader.concurrentEdgesFrom = concurrently ? 0 : .max
        do {
            let model = try loader.load(sources: [ModelSource(path: "probe.yaml", text: text)])
            let graph = model.graph
            return graph.edges.map { "\(graph.nodes[$0.from].id) -\($0.type)-> \(graph.nodes[$0.to].id) \($0.location) \($0.location.width)" }
        } catch {
            return error.diagnostics.map { "\($0) | \($0.advice ?? "")" }
        }
    }

    @Test("references resolved on several processors: the same edges, at the same places")
    func sameEdges() {
        let text = model(actors: 900)
        let together = outcome(text, concurrently: true)
        #expect(together == outcome(text, concurrently: false))
        // 900 × 2 roles held, 899 memberships, 129 relations, less the duplicate role holdings.
        #expect(together.count > 2_500, "\(together.count) edges")
        // The place of the edge is where its target is written.
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let line = lines.firstIndex { $0.hasPrefix("  akteur-5:") }! + 1
        let column = lines[line - 1].distance(from: lines[line - 1].startIndex, to: lines[line - 1].range(of: "akteur-4")!.lowerBound) + 1
        #expect(together.contains("akteur-5 -member-of-> akteur-4 probe.yaml:\(line):\(column) 8"), "\(together.prefix(3))")
    }

    @Test("an unknown reference among many: resolved again in turn, the same messages and suggestions in order")
    func brokenReferences() {
        // More unknown ids than the suggestion budget, so that its order shows.
        let broken = (0..<(GraphAssembler.suggestionBudget + 30)).map { "rolle-\($0)x" }
        let text = model(actors: 400, broken: broken)
        let together = outcome(text, concurrently: true)
        #expect(together == outcome(text, concurrently: false))
        #expect(together.count == broken.count, "\(together.prefix(3))")
        #expect(together.first?.contains("'rolle-0x'") == true && together.first?.contains("rolle-0") == true)
        #expect(together.filter { $0.contains("did you mean") || $0.contains("meinten Sie") }.count == GraphAssembler.suggestionBudget,
                "\(together.first ?? "")")
    }

    @Test("a graph indexed on two processors has the order and indexes it has indexed in turn")
    func graphIndexes() {
        var generator = SplitMix(seed: 7)
        let kinds: [NodeKind] = [.actor, .role, .project, .field, .system]
        let ids = (0..<3_000).map { index in
            ["akteur-\(index)", "mobilita\u{308}t-\(index)", "Ärzte-\(index)", "k\(index % 97)-lotse-\(index)"][index % 4]
        }
        let place = SourceLocation(file: "g.yaml", line: 1, column: 1)
        let nodes = ids.enumerated().map { index, id in
            Node(id: id, kind: kinds[Int.random(in: 0..<kinds.count, using: &generator)], name: id, location: place)
        }
        let types: [EdgeType] = [.holds, .memberOf, .advises, .accountable, .responsible]
        let edges = (0..<9_000).map { line in
            Edge(
                from: Int.random(in: 0..<nodes.count, using: &generator), type: types[Int.random(in: 0..<types.count, using: &generator)],
                to: Int.random(in: 0..<nodes.count, using: &generator),
                location: SourceLocation(file: "g.yaml", line: line + 1, column: 3))
        } + (0..<500).map { _ in Edge(from: 1, type: .holds, to: 2, location: place) }  // duplicates: the first kept
        var table: [String: Int] = [:]
        for (index, node) in nodes.enumerated() { table[node.id] = index }
        let inTurn = EcosystemGraph(name: "g", nodes: nodes, edges: edges, indexByID: nil, concurrently: false)
        for given in [nil, table] {
            let together = EcosystemGraph(name: "g", nodes: nodes, edges: edges, indexByID: given, concurrently: true)
            #expect(together.nodes.map(\.id) == inTurn.nodes.map(\.id))
            #expect(together.edges == inTurn.edges)
            for kind in kinds { #expect(together.nodes(of: kind) == inTurn.nodes(of: kind)) }
            for index in together.nodes.indices {
                #expect(together.index(of: together.nodes[index].id) == index)
                #expect(Array(together.outgoing(index)) == Array(inTurn.outgoing(index)))
                #expect(Array(together.incoming(index)) == Array(inTurn.incoming(index)))
            }
        }
        #expect(inTurn.edges.count < edges.count - 499, "the duplicates are dropped")
    }
}
