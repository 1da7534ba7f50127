import Foundation
import Testing
@testable import EcographCore

/// What the loader's compact forms for large models (numbered file paths, edges that name their
/// entry by position, ids told apart by their bytes) must not change: the same diagnostics, in
/// the same order, at the same places.
@Suite("Compact loading of large models")
struct LargeModelShapeTests {
    /// A section of `count` actors, `a0` … `a<count-1>`, then `extra` lines under it.
    private func actors(_ count: Int, extra: String = "") -> String {
        "actors:\n" + (0..<count).map { "  a\($0): {}\n" }.joined() + extra
    }

    @Test("a duplicate id among many entries is found, with both lines")
    func duplicateAmongMany() throws {
        let found = diagnostics(of: actors(40, extra: "  a7: {}\n"))
        #expect(found.count == 1, "\(found)")
        #expect(found.first?.message == "duplicate key 'a7' in one mapping (first at line 9)")
        #expect(found.first?.place == "42:3")
    }

    @Test("ids equal as text but not as bytes (a composed and a decomposed umlaut) are one key")
    func canonicallyEqualIDs() throws {
        let composed = "m\u{00FC}ller"
        let decomposed = "mu\u{0308}ller"
        let found = diagnostics(of: actors(40, extra: "  \(composed): {}\n  \(decomposed): {}\n"))
        #expect(found.first?.message.hasPrefix("duplicate key") == true, "\(found)")
    }

    @Test("many distinct ids, some with umlauts and ß, are no duplicates")
    func distinctUmlautIDs() throws {
        let text = actors(40, extra: "  müller: {}\n  strasse: {}\n  straße: {}\n")
        let model = try ModelLoader().load(sources: [ModelSource(path: "model.yaml", text: text)])
        #expect(model.graph.count(of: .actor) == 43)
    }

    @Test("in the relations section, an unknown source and an unknown target are both reported, source first")
    func unknownRelationEnds() throws {
        let found = diagnostics(of: """
            actors:
              a: {}
            relations:
              - { from: nobody, type: supports, to: nothing }
            """)
        #expect(found.map(\.message) == [
            "unknown id 'nobody' in a 'supports' relation",
            "unknown id 'nothing' in a 'supports' relation",
        ])
        #expect(found.map(\.place) == ["4:13", "4:41"])
    }

    @Test("an edge is placed at its target as written: the id under the key, or the entry it is written under")
    func edgePlaces() throws {
        let text = """
            fields:
              f: { name: F }
            roles:
              lotse-f: { type: lotse, pilots: f }
            actors:
              anna: { holds: lotse-f }
            projects:
              p: { accountable: anna }
            """
        let graph = try ModelLoader().load(sources: [ModelSource(path: "model.yaml", text: text)]).graph
        let places = graph.edges.map { "\(graph.nodes[$0.from].id)-\($0.type)->\(graph.nodes[$0.to].id) \($0.location)" }
        #expect(places.sorted() == [
            "anna-accountable->p model.yaml:8:3",
            "anna-holds->lotse-f model.yaml:6:18",
            "lotse-f-pilots->f model.yaml:4:35",
        ])
    }

    @Test("a location's file is its path as given, and places order by path, line, column")
    func numberedPaths() {
        var first = EcographCore.SourceLocation(file: "b/modell.yaml", line: 3, column: 1)
        let second = EcographCore.SourceLocation(file: "a/modell.yaml", line: 9, column: 9)
        #expect(first.file == "b/modell.yaml")
        #expect(second < first)
        #expect(first == EcographCore.SourceLocation(file: "b/modell.yaml", line: 3, column: 1, width: 4))
        #expect(first != EcographCore.SourceLocation(file: "a/modell.yaml", line: 3, column: 1))
        first.file = "c/modell.yaml"
        #expect(first.description == "c/modell.yaml:3:1")
        #expect(MemoryLayout<EcographCore.SourceLocation>.size <= 16)
    }
}
