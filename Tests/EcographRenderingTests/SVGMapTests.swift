import EcographCore
import EcographRendering
import EcographRules
import Foundation
import Testing
import EcographMessages

/// The SVG contract: nodes, edges and clusters as tools and tests find them, every name escaped.
@Suite("SVG maps")
struct SVGMapTests {
    private func render(detail: MapDetail = .full, view: MapView = MapView(), findings: Bool = true, language: Language = .en) throws -> (ParsedMap, EcosystemGraph) {
        let (graph, found) = try SmallModel.load()
        var options = MapOptions()
        options.detail = detail
        options.language = language
        options.showFindings = findings
        let map = EcosystemMap(graph: graph, findings: found, view: view, options: options)
        return (try ParsedMap(try map.render(.svg).data), graph)
    }

    @Test("the legend explains what the map shows, and only that")
    func legendShowsWhatIsDrawn() throws {
        let (full, _) = try render(detail: .full)
        let texts = full.texts(in: full.document.rootElement()!)
        #expect(texts.contains("Project: running") && texts.contains("Project: idea"))
        #expect(!texts.contains("Project: done") && !texts.contains("Project: planned"), "no done or planned project is drawn")
        #expect(texts.contains("consulted (C)") && texts.contains("Finding: error"))
        let (overview, _) = try render(detail: .overview)
        let overviewTexts = overview.texts(in: overview.document.rootElement()!)
        #expect(!overviewTexts.contains("consulted (C)") && !overviewTexts.contains("Target group"))
    }

    @Test("every node is a <g class=\"node KIND …\"> titled with its id; systems are clusters")
    func nodesCarryKindAndId() throws {
        let (svg, graph) = try render()
        let expected = Set(graph.nodes.filter { $0.kind != .system }.map(\.id))
        #expect(Set(svg.nodes.keys) == expected)
        for node in graph.nodes where node.kind != .system {
            let element = try #require(svg.nodes[node.id])
            let classes = svg.classes(of: element)
            #expect(classes.contains(node.kind.rawValue), "\(node.id): \(classes)")
            if let status = node.status { #expect(classes.contains("status-" + status.rawValue)) }
        }
        #expect(svg.classes(of: try #require(svg.nodes["cdo"])).contains("type-cdo"))
    }

    @Test("each system's cluster is labelled with the system's name, escaped")
    func clustersAreLabelledWithNames() throws {
        let (svg, _) = try render()
        #expect(svg.texts(in: try #require(svg.clusters["cluster_verwaltung"])) == ["Stadtverwaltung \"Rathaus\""])
        #expect(svg.texts(in: try #require(svg.clusters["cluster_gemeinschaft"])) == ["Bürgerschaft <Nord>"])
        #expect(svg.texts(in: try #require(svg.clusters["cluster_konzern"])) == ["Stadtwerke-Gruppe"])
    }

    @Test("names with <, &, quotes, backslashes and umlauts render as written")
    func labelsAreEscaped() throws {
        let (svg, _) = try render()
        #expect(svg.texts(in: try #require(svg.nodes["verein"])) == ["Verein <Zukunft> & Co"])
        #expect(svg.texts(in: try #require(svg.nodes["pfad"])) == ["Laufwerk C:\\Daten \"alt\""])
        #expect(svg.texts(in: try #require(svg.nodes["mueller"])) == ["Anna Müller"])
        #expect(svg.texts(in: try #require(svg.nodes["park-app"])) == ["Park-App", "(running)"])
        #expect(svg.tooltip(of: try #require(svg.nodes["verein"]))?.hasPrefix("Actor: Verein <Zukunft> & Co") == true)
    }

    @Test("edges are <g class=\"edge TYPE\">; in-system is shown by the clusters, not as edges")
    func edgesCarryTheirType() throws {
        let (svg, graph) = try render()
        var drawn: [String: Int] = [:]
        for edge in svg.edges { drawn[svg.classes(of: edge)[1], default: 0] += 1 }
        for type in [EdgeType.accountable, .responsible, .consulted, .informed, .holds, .pilots, .inField, .targets] {
            #expect(drawn[type.rawValue] == graph.edges.filter { $0.type == type }.count, "\(type)")
        }
        #expect(drawn[EdgeType.inSystem.rawValue] == nil)
    }

    @Test("nodes with findings carry finding-SEVERITY and list the findings in their tooltip")
    func findingsAreVisible() throws {
        let (svg, _) = try render()
        // Schul-WLAN has no accountable party: unclear-ownership, an error.
        let project = try #require(svg.nodes["schul-wlan"])
        #expect(svg.classes(of: project).contains("finding-error"))
        #expect(svg.tooltip(of: project)?.contains("[unclear-ownership]") == true)
        // Bildung has no Lotse: missing-lotse, an error.
        #expect(svg.classes(of: try #require(svg.nodes["bildung"])).contains("finding-error"))
        // Park-App is in order.
        #expect(!svg.classes(of: try #require(svg.nodes["park-app"])).contains { $0.hasPrefix("finding-") })
    }

    @Test("without findings no node is marked")
    func findingsCanBeTurnedOff() throws {
        let (svg, _) = try render(findings: false)
        for (id, node) in svg.nodes {
            #expect(!svg.classes(of: node).contains { $0.hasPrefix("finding-") }, "\(id)")
        }
    }

    @Test("the overview leaves out consulted, informed, formats and target groups; full detail shows them")
    func overviewAndFullDetail() throws {
        let (overview, _) = try render(detail: .overview)
        #expect(overview.nodes["pendler"] == nil && overview.nodes["hackathon"] == nil)
        let overviewTypes = Set(overview.edges.map { overview.classes(of: $0)[1] })
        #expect(overviewTypes.isDisjoint(with: ["consulted", "informed", "targets", "participates", "participation"]))
        #expect(overviewTypes.isSuperset(of: ["accountable", "responsible", "holds", "pilots", "in-field"]))
        let (full, _) = try render(detail: .full)
        #expect(full.nodes["pendler"] != nil && full.nodes["hackathon"] != nil)
    }

    @Test("German maps: German title, status words and legend")
    func germanMap() throws {
        let (svg, _) = try render(language: .de)
        #expect(svg.texts(in: try #require(svg.nodes["park-app"])) == ["Park-App", "(läuft)"])
        let legend = svg.texts(in: svg.document.rootElement()!)
        #expect(legend.contains("federführend (A)") && legend.contains("Projekt: läuft") && legend.contains("Beteiligungsformat"))
        let title = svg.document.rootElement()?.elements(forName: "g").first.map { svg.texts(in: $0) } ?? []
        #expect(title.contains("Klein & Fein — Ökosystem der Digitalisierung"))
    }
}
