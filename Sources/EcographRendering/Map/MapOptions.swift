import EcographRules

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

    public init() {}
}
