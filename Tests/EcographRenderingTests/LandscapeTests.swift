import EcographBenchmarks
import EcographCore
import EcographRendering
import EcographRules
import Foundation
import Testing
import EcographMessages

#if canImport(FoundationXML)
import FoundationXML
#endif

/// The landscape: systems and fields as units with the counts between them; for a region, the
/// grid of municipalities × fields.
@Suite("Landscape and region grid")
struct LandscapeTests {
    private func landscape(_ graph: EcosystemGraph, _ findings: [Finding], language: Language = .de, links: [String: String] = [:]) throws -> ParsedMap {
        var options = MapOptions()
        options.language = language
        options.links = links
        return try ParsedMap(try EcosystemMap(graph: graph, findings: findings, view: .landscape, options: options).render(.svg).data)
    }

    @Test("the programme's landscape has one unit per system and field, and units for projects without a field and parties without a system")
    func units() throws {
        let (graph, findings) = try Samples.load("samples/programm")
        let svg = try landscape(graph, findings)
        let expected = Set(graph.nodes.filter { $0.kind == .system || $0.kind == .field }.map(\.id)).union(["_no-field", "_no-system"])
        #expect(Set(svg.nodeTitles) == expected)
        #expect(svg.nodeTitles.count == expected.count)
    }

    @Test("each line between a system and a field counts A and R as the model says")
    func aggregatedCounts() throws {
        let (graph, findings) = try Samples.load("samples/programm")
        // Counted here from the edges, independently of Landscape: a party's system is its own or its holders'.
        var expected: [String: (a: Int, r: Int)] = [:]
        for project in graph.nodes(of: .project) {
            let fields = graph.targets(of: project, via: .inField).map { graph.nodes[$0].id }
            for (type, isA) in [(EdgeType.accountable, true), (.responsible, false)] {
                for party in graph.sources(of: project, via: type) {
                    var systems = Set(graph.targets(of: party, via: .inSystem).map { graph.nodes[$0].id })
                    if systems.isEmpty {
                        systems = Set(graph.sources(of: party, via: .holds).flatMap { graph.targets(of: $0, via: .inSystem) }.map { graph.nodes[$0].id })
                    }
                    if systems.isEmpty { systems = ["_no-system"] }
                    for system in systems {
                        for field in fields.isEmpty ? ["_no-field"] : fields {
                            var count = expected["l-\(system)--\(field)", default: (0, 0)]
                            if isA { count.a += 1 } else { count.r += 1 }
                            expected["l-\(system)--\(field)"] = count
                        }
                    }
                }
            }
        }
        let svg = try landscape(graph, findings)
        var drawn: [String: String] = [:]
        for edge in svg.edges where svg.classes(of: edge).contains("landscape-link") {
            drawn[svg.attribute("id", of: edge) ?? ""] = svg.texts(in: edge).joined(separator: " ")
        }
        #expect(drawn.count == expected.count)
        for (id, count) in expected {
            var label: [String] = []
            if count.a > 0 { label.append("\(count.a) A") }
            if count.r > 0 { label.append("\(count.r) R") }
            #expect(drawn[id] == label.joined(separator: " · "), "\(id)")
        }
        // The example of the issue: the state's companies in Basisdienste and Landescloud.
        #expect(drawn["l-landesbeteiligungen--basisdienste"] == "2 A · 3 R")
    }

    @Test("fields show their Lotse or its absence, their projects by status and their findings")
    func fieldUnits() throws {
        let (graph, findings) = try Samples.load("samples/programm")
        let svg = try landscape(graph, findings)
        let culture = svg.texts(in: try #require(svg.nodes["kultur-medien"]))
        #expect(culture.contains("kein Lotse") && culture.contains("1 Fehler"))
        let participation = svg.texts(in: try #require(svg.nodes["teilhabe"]))
        #expect(participation.contains("Lotsenrolle unbesetzt"))
        let services = svg.texts(in: try #require(svg.nodes["verwaltungsleistungen"])).map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(services.contains("Lotse: Petra Hartmann") && services.contains("2 Fehler"))
        #expect(services.filter { $0 == "5" || $0 == "2" }.count == 2, "5 running, 2 starting: \(services)")
        #expect(svg.classes(of: try #require(svg.nodes["kultur-medien"])).contains("no-lotse"))
        let title = svg.texts(in: svg.document.rootElement()!).first { $0.hasPrefix("CDO:") }
        #expect(title == "CDO: Dr. Katharina Albrecht · koordiniert 14/14 Felder")
    }

    @Test("a region's landscape is the grid of municipalities × fields, a row per municipality")
    func regionGrid() throws {
        let model = try Samples.generatedRegion(10)
        let findings = try RuleEngine().check(model).findings
        // Cells carry their facts as tooltips where they link somewhere, as in the atlas.
        var links: [String: String] = [:]
        for field in model.graph.nodes(of: .field) { links[model.graph.nodes[field].id] = "#" + model.graph.nodes[field].id }
        let svg = try landscape(model.graph, findings, links: links)
        #expect(Set(svg.nodeTitles).allSatisfy { $0.hasPrefix("_grid-") })
        let texts = svg.texts(in: svg.document.rootElement()!)
        let parts = EcosystemParts(graph: model.graph)
        #expect(parts.names.count == 10)
        for name in parts.names { #expect(texts.contains(name), "row of \(name)") }
        for code in ["MOB", "BIL", "KUL"] { #expect(texts.contains(code)) }
        // Municipality 0 has every planted gap, its culture field no Lotse.
        let tooltips = svg.allTooltips
        #expect(tooltips.contains("Großmüllingen 0 · Kultur und Freizeit: kein Lotse, 1 Projekt, 1 Fehler"))
        #expect(tooltips.contains { $0.hasPrefix("Altmüllingen 4 · Mobilität: Lotse vorhanden, keine Fehler") })
    }

    @Test("a region larger than a page keeps the municipalities with most findings and sums up the rest")
    func regionTooLargeForAPage() throws {
        let model = try Samples.generatedRegion(300)
        let findings = try RuleEngine().check(model).findings
        let map = EcosystemMap(graph: model.graph, findings: findings, view: .landscape, options: { var o = MapOptions(); o.language = .de; return o }())
        let fitted = try map.renderFitted()
        #expect(fitted.fits, "smallest text \(fitted.size.smallestPrintedFont(on: fitted.page)) pt")
        let texts = try ParsedMap(fitted.map.data).texts
        #expect(texts.contains { $0.hasPrefix("… und ") && $0.hasSuffix("weitere Kommunen mit weniger Befunden (alle in der Liste der Kommunen im Bericht)") })
        #expect(texts.contains("Großmüllingen 0"), "the municipality with most findings is shown")
    }
}

extension ParsedMap {
    /// Every text of the map.
    var texts: [String] { texts(in: document.rootElement()!) }

    /// Every `xlink:title` of the map's links (node and cell tooltips).
    var allTooltips: [String] {
        descendantsOfRoot.filter { $0.localName == "a" }.compactMap { $0.attributes?.first { $0.localName == "title" }?.stringValue }
    }
}
