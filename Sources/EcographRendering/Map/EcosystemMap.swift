import EcographCore
import EcographRules
import Foundation
import EcographMessages

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
        switch view.form {
        case .nodes: break
        case .matrix:
            guard let id = view.system, let system = graph.index(of: id), graph.nodes[system].kind == .system else {
                throw .invalidView(RenderMessage.matrixNeedsSystem.text)
            }
            return SystemMatrixWriter(graph: graph, system: system, findings: findings, options: options).write()
        case .landscape:
            let parts = EcosystemParts(graph: graph)
            if parts.isRegion {
                return RegionGridWriter(grid: RegionGrid(graph: graph, parts: parts, findings: findings), graph: graph, options: options).write()
            }
            return LandscapeWriter(landscape: Landscape(graph: graph, findings: findings), options: options).write()
        }
        let selected = try view.select(in: graph).filter { options.detail.shows(graph.nodes[$0].kind) }
        let drawn = selected.filter { graph.nodes[$0].kind != .system }
        let limit = options.maxNodes ?? options.layout.nodeLimit
        if drawn.count > limit { throw .tooLarge(nodes: drawn.count, engine: options.layout) }
        return DotWriter(map: self, selected: selected).write()
    }

    /// How many nodes the map draws (systems, drawn as areas, not counted).
    public func drawnNodeCount() throws(RenderError) -> Int {
        if view.form != .nodes { return 0 }
        return try view.select(in: graph).filter { graph.nodes[$0].kind != .system && options.detail.shows(graph.nodes[$0].kind) }.count
    }

    /// Draws the map as SVG so that it fits ``MapOptions/page`` (A3 landscape when none is set)
    /// with readable text: tries both layout directions and, when full detail does not fit,
    /// the overview, and for a system its table of actors × fields (``MapForm/matrix``); returns the first drawing that fits — or, when none does, the one whose
    /// smallest printed text is largest, with ``FittedMap/fits`` false.
    public func renderFitted(renderer: MapRenderer = GraphvizLibrary.render) throws(RenderError) -> FittedMap {
        let page = options.page ?? .a3Landscape
        var best: FittedMap?
        var hopeless: MapDetail?
        for (variantView, variant) in try fittingVariants(page: page) {
            // A layout whose text printed at less than half the minimum will not fit in the other
            // direction either: the rest of that detail level is skipped.
            if variantView.form == .nodes, variant.detail == hopeless { continue }
            let map = EcosystemMap(graph: graph, findings: findings, view: variantView, options: variant)
            let rendered = try map.render(.svg, renderer: renderer)
            guard let size = PrintedSize(svg: rendered.data) else { throw .graphviz(stage: "measure", messages: ["the SVG has no size in points"]) }
            let fitted = FittedMap(map: rendered, size: size, page: page, view: variantView, options: variant)
            if fitted.fits { return fitted }
            let printed = size.smallestPrintedFont(on: page)
            if printed < page.minimumFontSize * Self.hopelessRatio { hopeless = variant.detail }
            if best.map({ printed > $0.size.smallestPrintedFont(on: page) }) ?? true { best = fitted }
        }
        return best!
    }

    /// Below this share of the page's minimum font, a layout's other direction is not tried.
    static let hopelessRatio = 0.55
    /// Maps with more nodes than this are not tried with systems as areas: they did not fit a
    /// page in any sample.
    static let areasNodeLimit = 14
    /// Maps with more nodes than this are not tried in full detail (consulted, informed, formats,
    /// target groups): they did not fit a page in any sample.
    static let fullDetailNodeLimit = 28

    /// The layouts ``renderFitted(renderer:)`` tries, in order.
    private func fittingVariants(page: PrintPage) throws(RenderError) -> [(MapView, MapOptions)] {
        var variants: [(MapView, MapOptions)] = []
        var variant = options
        variant.page = page
        guard view.form == .nodes else { return [(view, variant)] }
        var fullOptions = options
        fullOptions.detail = .full
        let full = EcosystemMap(graph: graph, findings: findings, view: view, options: fullOptions)
        // Systems as areas first (when asked for), then actors in their systems' colours, which
        // packs tighter; full detail before the overview; top to bottom before left to right.
        let nodes = try full.drawnNodeCount()
        // The limits save layouts where an atlas draws hundreds of pages of fields and systems;
        // a whole model's single map tries everything.
        let focused = view.field != nil || view.system != nil
        let details: [MapDetail] = options.detail == .overview || (focused && nodes > Self.fullDetailNodeLimit) ? [.overview] : [.full, .overview]
        let areas: [Bool] = options.systemAreas && (nodes <= Self.areasNodeLimit || !focused) ? [true, false] : [false]
        for detail in details {
            for systemAreas in areas where !(systemAreas && detail == .overview && details.count > 1) {
                for direction in [MapOptions.Direction.topToBottom, .leftToRight] {
                    variant.detail = detail
                    variant.systemAreas = systemAreas
                    variant.direction = direction
                    variants.append((view, variant))
                }
            }
        }
        // A system too large for its nodes is drawn as the table of its actors × fields.
        if view.system != nil {
            var matrix = view
            matrix.form = .matrix
            variants.append((matrix, variant))
        }
        return variants
    }
}
