import EcographRules
import EcographMessages

/// How a map is drawn.
public struct MapOptions: Sendable {
    /// The direction of the layout.
    public enum Direction: String, CaseIterable, Sendable {
        /// Left to right: parties on the left, projects and target groups to the right.
        case leftToRight = "LR"
        /// Top to bottom.
        case topToBottom = "TB"
    }

    /// What the map draws of the selected nodes and relations.
    public var detail: MapDetail = .full
    /// The Graphviz layout engine.
    public var layout: LayoutEngine = .dot
    /// The direction of the layered layout (`dot`).
    public var direction: Direction = .leftToRight
    /// The language of the title, legend, status labels and finding tooltips.
    public var language: Language = .en
    /// Whether nodes with findings are marked.
    public var showFindings: Bool = true
    /// Whether a legend is drawn.
    public var showLegend: Bool = true
    /// Refuse maps with more nodes than this; `nil` for the layout engine's own limit.
    public var maxNodes: Int?
    /// The map's title; `nil` for the ecosystem's name and "Digitalisation ecosystem".
    public var title: String?
    /// Links from nodes and systems to pages, by node id (`mobilitaet` → `#field-mobilitaet`):
    /// in an SVG, a click on the node follows it. Used by the atlas report.
    public var links: [String: String] = [:]
    /// The page the map must fit, with text of at least ``PrintPage/minimumFontSize`` when printed;
    /// `nil` to draw the map at its natural size. ``EcosystemMap/renderFitted(_:renderer:)`` tries
    /// layouts until one fits.
    public var page: PrintPage?
    /// Whether systems are drawn as areas holding their actors; without, an actor shows its
    /// system by its colours, which packs a page-sized map tighter.
    public var systemAreas: Bool = true

    public init() {}
}
