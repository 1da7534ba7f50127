import Foundation
import Testing
@testable import EcographCore

@Suite("Loading valid models")
struct ModelLoaderTests {
    @Test("the issue's example loads with every node and edge, pointing from party to thing")
    func exampleLoads() throws {
        let model = try ModelLoader().load([Fixture.path("english.yaml")])
        let graph = model.graph
        #expect(graph.name == "Musterstadt")
        #expect(graph.count(of: .system) == 3)
        #expect(graph.count(of: .role) == 3)
        #expect(graph.count(of: .actor) == 3)
        #expect(graph.count(of: .project) == 1)
        #expect(model.warnings.isEmpty)

        let edges = Set(CanonicalGraph(graph).edges.map { "\($0.from) -\($0.type)-> \($0.to)" })
        for expected in [
            "mueller -holds-> cdo", "lotse-mobilitaet -accountable-> park-app",
            "lotse-mobilitaet -pilots-> mobilitaet", "park-app -in-field-> mobilitaet",
            "park-app -targets-> pendler", "verein -participates-> hackathon",
            "stadtwerke -responsible-> park-app", "verein -consulted-> park-app", "ob -informed-> park-app",
            "hackathon -participation-> park-app", "cdo -advises-> ob", "cdo -coordinates-> mobilitaet",
            "stadtwerke -in-system-> konzern", "stadtwerke -supports-> lotse-mobilitaet",
        ] {
            #expect(edges.contains(expected), "missing edge \(expected)")
        }
        #expect(edges.count == 18)
    }

    @Test("queries answer in both directions by edge type")
    func queries() throws {
        let graph = try ModelLoader().load([Fixture.path("english.yaml")]).graph
        let parkApp = try #require(graph.index(of: "park-app"))
        let lotse = try #require(graph.index(of: "lotse-mobilitaet"))
        #expect(graph.sources(of: parkApp, via: .accountable) == [lotse])
        #expect(graph.targets(of: lotse, via: .accountable) == [parkApp])
        #expect(graph.nodes(of: .project).map { graph.nodes[$0].id } == ["park-app"])
        #expect(graph.neighbours(of: lotse).map { graph.nodes[$0].id }.sorted()
            == ["mobilitaet", "park-app", "stadtwerke"])
        #expect(graph.nodes[parkApp].status == .running)
        #expect(graph.nodes[lotse].roleType == .lotse)
    }

    @Test("German sections, keys, statuses and types give the same graph as the English words")
    func germanAliases() throws {
        let english = CanonicalGraph(try ModelLoader().load([Fixture.path("english.yaml")]).graph)
        let german = CanonicalGraph(try ModelLoader().load([Fixture.path("german.yaml")]).graph)
        #expect(german == english)
    }

    @Test("a JSON model gives the same graph as the YAML one, tab-indented as editors write it")
    func jsonModel() throws {
        let english = CanonicalGraph(try ModelLoader().load([Fixture.path("english.yaml")]).graph)
        let json = CanonicalGraph(try ModelLoader().load([Fixture.path("english.json")]).graph)
        #expect(json == english)
    }

    @Test("a directory merges its model files; references cross files; other files are skipped")
    func directoryMerge() throws {
        let model = try ModelLoader().load([Fixture.path("region")])
        #expect(model.files.map { URL(fileURLWithPath: $0).lastPathComponent } == ["a-nordstadt.yaml", "b-suedstadt.yaml"])
        let graph = model.graph
        #expect(graph.name == "Region Nord")
        let edges = Set(CanonicalGraph(graph).edges.map { "\($0.from) -\($0.type)-> \($0.to)" })
        #expect(edges.contains("sued-medienzentrum -responsible-> schul-wlan"))
        #expect(edges.contains("sued-medienzentrum -cooperates-> nord-schulamt"))
    }

    @Test("several paths merge; different ecosystem names are all kept")
    func severalPaths() throws {
        let scratch = ScratchModels()
        let first = scratch.write("ecosystem: Altdorf\nfields:\n  a-feld: Feld A\n", to: "a.yaml")
        let second = scratch.write("ecosystem: Neudorf\nfields:\n  b-feld: Feld B\n", to: "b.yaml")
        let graph = try ModelLoader().load([first, second]).graph
        #expect(graph.name == "Altdorf, Neudorf")
        #expect(graph.count(of: .field) == 2)
    }

    @Test("ids and names keep Unicode exactly; ids may contain umlauts")
    func unicode() throws {
        let scratch = ScratchModels()
        let path = scratch.write("""
            fields:
              mobilität: { name: "Mobilität & Straßen <Süd>" }
            projects:
              ß-projekt: { name: "Ärger-Melder 🚲", field: mobilität, value: "Schnell – ohne „Wartezeit“" }
            """)
        let graph = try ModelLoader().load([path]).graph
        #expect(graph.node(id: "mobilität")?.name == "Mobilität & Straßen <Süd>")
        let project = try #require(graph.node(id: "ß-projekt"))
        #expect(project.name == "Ärger-Melder 🚲")
        #expect(project[attribute: "value"] == "Schnell – ohne „Wartezeit“")
        let json = String(decoding: try CanonicalGraph(graph).jsonData(), as: UTF8.self)
        #expect(json.contains("\"Ärger-Melder 🚲\""))
        #expect(json.contains("Mobilität & Straßen <Süd>"))
    }

    @Test("custom x- attributes, tags and scalar-name shorthand are kept")
    func customAttributes() throws {
        let scratch = ScratchModels()
        let path = scratch.write("""
            target-groups:
              pendler: Pendlerinnen und Pendler
            projects:
              p1: { name: P1, x-budget-code: "4711", x-owners: [a, b], tags: [open-data], budget: 50000 EUR }
            """)
        let graph = try ModelLoader().load([path]).graph
        #expect(graph.node(id: "pendler")?.name == "Pendlerinnen und Pendler")
        let project = try #require(graph.node(id: "p1"))
        #expect(project.attributes["x-budget-code"] == .text("4711"))
        #expect(project.attributes["x-owners"] == .list(["a", "b"]))
        #expect(project.attributes["tags"] == .list(["open-data"]))
        #expect(project[attribute: "budget"] == "50000 EUR")
    }

    @Test("scalars that YAML would read as numbers, booleans or dates stay the text written")
    func scalarsStayText() throws {
        let scratch = ScratchModels()
        let path = scratch.write("""
            projects:
              p1: { name: 2027, start: 2026-03-01, x-flag: yes, budget: 1.50 }
            """)
        let project = try #require(try ModelLoader().load([path]).graph.node(id: "p1") as Node?)
        #expect(project.name == "2027")
        #expect(project[attribute: "start"] == "2026-03-01")
        #expect(project[attribute: "x-flag"] == "yes")
        #expect(project[attribute: "budget"] == "1.50")
    }

    @Test("the same edge written twice is kept once")
    func duplicateEdges() throws {
        let scratch = ScratchModels()
        let path = scratch.write("""
            roles:
              cdo: { type: cdo }
            actors:
              a: { holds: [cdo, cdo] }
            relations:
              - { from: a, type: holds, to: cdo }
            """)
        let graph = try ModelLoader().load([path]).graph
        #expect(graph.edges.count == 1)
    }

    @Test("export is deterministic: the order of files and entries does not change the bytes")
    func deterministicExport() throws {
        let scratch = ScratchModels()
        let a = scratch.write("fields:\n  zeta: Z\n  alpha: A\nprojects:\n  p: { field: [zeta, alpha] }\n", to: "a.yaml")
        let b = scratch.write("target-groups:\n  t2: T2\n  t1: T1\n", to: "b.yaml")
        let forward = try CanonicalGraph(try ModelLoader().load([a, b]).graph).jsonData()
        let backward = try CanonicalGraph(try ModelLoader().load([b, a]).graph).jsonData()
        #expect(forward == backward)
        let ids = CanonicalGraph(try ModelLoader().load([a, b]).graph).nodes.map(\.id)
        #expect(ids == ["alpha", "zeta", "t1", "t2", "p"])
    }
}
