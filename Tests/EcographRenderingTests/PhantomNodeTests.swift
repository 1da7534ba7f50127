import EcographCore
import EcographRendering
import EcographRules
import Foundation
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Every node a map draws is a model node or one of the documented synthetic nodes.
@Suite("No phantom nodes")
struct PhantomNodeTests {
    /// The synthetic node names a map may draw, all starting with `_` (no model id can):
    /// a system's anchor for edges to it, the landscape's units for projects without a field,
    /// parties without a system and further fields, the region grid's tables, the system matrix.
    static func isDocumentedSynthetic(_ title: String) -> Bool {
        title.hasPrefix("_system_") || title.hasPrefix("_grid-")
            || ["_no-field", "_no-system", "_more-fields", "_matrix"].contains(title)
    }

    /// Every view the atlas and `render` draw of a graph.
    static func views(of graph: EcosystemGraph) -> [(String, MapView, MapDetail)] {
        var views: [(String, MapView, MapDetail)] = [("overview", MapView(), .overview), ("full", MapView(), .full), ("landscape", .landscape, .overview)]
        for field in graph.nodes(of: .field) {
            var view = MapView()
            view.field = graph.nodes[field].id
            views.append(("field \(view.field!)", view, .full))
        }
        for system in graph.nodes(of: .system) {
            var view = MapView()
            view.system = graph.nodes[system].id
            views.append(("system \(view.system!)", view, .full))
            view.form = .matrix
            views.append(("matrix \(view.system!)", view, .full))
        }
        for cdo in graph.nodes(of: .role) where graph.nodes[cdo].roleType == .cdo {
            var view = MapView()
            view.focus = graph.nodes[cdo].id
            views.append(("focus \(view.focus!)", view, .full))
        }
        return views
    }

    @Test("for every sample and view, the SVG's node titles are model ids or documented synthetic ones", arguments: Samples.all)
    func titlesAreModelIds(sample: String) throws {
        let (graph, findings) = try Samples.load(sample)
        let ids = Set(graph.nodes.map(\.id))
        for (name, view, detail) in Self.views(of: graph) {
            var options = MapOptions()
            options.detail = detail
            options.language = .de
            let svg = try ParsedMap(try EcosystemMap(graph: graph, findings: findings, view: view, options: options).render(.svg).data)
            let titles = svg.nodeTitles
            #expect(!titles.isEmpty, "\(sample) \(name): no nodes")
            for title in titles where !ids.contains(title) {
                #expect(Self.isDocumentedSynthetic(title), "\(sample) \(name): phantom node '\(title)'")
            }
            if view.form != .landscape {
                #expect(!titles.contains { graph.node(id: $0)?.kind == .system }, "\(sample) \(name): a system drawn as a node")
            }
        }
    }

    @Test("a CDO that coordinates a system: the edge ends at the system's cluster, no stray node of the system's id")
    func coordinatedSystemIsACluster() throws {
        let yaml = SmallModel.yaml.replacingOccurrences(of: "coordinates: [mobilitaet, bildung]", with: "coordinates: [mobilitaet, bildung, verwaltung, konzern]")
        let (graph, findings) = try SmallModel.load(yaml: yaml)
        var options = MapOptions()
        options.detail = .full
        let svg = try ParsedMap(try EcosystemMap(graph: graph, findings: findings, options: options).render(.svg).data)
        #expect(!svg.nodeTitles.contains("verwaltung") && !svg.nodeTitles.contains("konzern"))
        #expect(svg.clusters["cluster_verwaltung"] != nil && svg.clusters["cluster_konzern"] != nil)
        let coordination = svg.edges.filter { svg.classes(of: $0).contains("coordinates") }
            .compactMap { edge in edge.children?.compactMap { $0 as? XMLElement }.first { $0.localName == "title" }?.stringValue }
        #expect(coordination.contains("cdo->_system_verwaltung") && coordination.contains("cdo->_system_konzern"), "\(coordination)")
        let dot = try EcosystemMap(graph: graph, findings: findings, options: options).dotSource()
        #expect(dot.contains("lhead=\"cluster_verwaltung\""))
    }
}
