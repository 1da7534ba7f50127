import EcographCore
import EcographRules
import Foundation

/// A map of an ecosystem, ready to be drawn: the graph, the findings to mark, the part to show
/// and how to draw it.
///
/// ```swift
/// let model = try ModelLoader().load(["samples/musterstadt.yaml"])
/// let findings = try RuleEngine().check(model).findings
/// let map = EcosystemMap(graph: model.graph, findings: findings)
/// let svg = try map.render(.svg).data
/// ```
///
/// The SVG keeps a contract for tools: each node is a `<g class="node KIND …">` whose `<title>`
/// is the node's id; each edge a `<g class="edge TYPE">`; each system a cluster labelled with
/// the system's name; nodes with findings carry `finding-error|warning|info`.
public struct EcosystemMap: Sendable {
    public let graph: EcosystemGraph
    public let findings: [Finding]
    public let view: MapView
    public let options: MapOptions

    public init(graph: EcosystemGraph, findings: [Finding] = [], view: MapView = MapView(), options: MapOptions = MapOptions()) {
        self.graph = graph
        self.findings = findings
        self.view = view
        self.options = options
    }

    /// Draws the map. `.dot` gives the DOT source without layout; the others are laid out by
    /// `renderer`, by default the Graphviz library in this process.
    public func render(_ format: MapFormat, renderer: MapRenderer = GraphvizLibrary.render) throws(RenderError) -> RenderedMap {
        let source = try dotSource()
        if format == .dot { return RenderedMap(data: Data(source.utf8), warnings: []) }
        return try renderer(source, options.layout, format)
    }

    /// The DOT source of the map: deterministic, every user text escaped.
    public func dotSource() throws(RenderError) -> String {
        let selected = try view.select(in: graph).filter { options.detail.shows(graph.nodes[$0].kind) }
        let drawn = selected.filter { graph.nodes[$0].kind != .system }
        let limit = options.maxNodes ?? options.layout.nodeLimit
        if drawn.count > limit { throw .tooLarge(nodes: drawn.count, engine: options.layout) }
        return DotWriter(map: self, selected: selected).write()
    }
}
