/// The Graphviz layout engines a map can be drawn with.
public enum LayoutEngine: String, CaseIterable, Sendable {
    /// Layered, for directed responsibility flows. The default; slow beyond a few thousand nodes.
    case dot
    /// Spring model, for small undirected maps.
    case neato
    /// Force-directed placement, clusters kept.
    case fdp
    /// Multiscale force-directed placement, for large maps.
    case sfdp
    /// Circular.
    case circo
    /// Radial, around a centre node.
    case twopi

    /// The largest map this engine draws in reasonable time on a small machine; larger maps
    /// are refused with advice rather than left to run for minutes.
    public var nodeLimit: Int {
        switch self {
        case .dot: return 1_500
        case .neato, .fdp, .circo, .twopi: return 2_500
        case .sfdp: return 60_000
        }
    }
}
