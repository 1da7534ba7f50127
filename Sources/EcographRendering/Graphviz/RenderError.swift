/// Why a map could not be drawn.
public enum RenderError: Error, Sendable, CustomStringConvertible {
    /// Graphviz refused the graph at a stage, with its own messages.
    case graphviz(stage: String, messages: [String])
    /// The map is too large for the layout engine to finish in reasonable time.
    case tooLarge(nodes: Int, engine: LayoutEngine)
    /// A view names a node that does not exist, or one of the wrong kind.
    case invalidView(String)
    /// The Graphviz worker process crashed, was stopped or took too long.
    case worker(String)

    public var description: String {
        switch self {
        case .graphviz(let stage, let messages):
            let detail = messages.isEmpty ? "" : ": " + messages.joined(separator: "; ")
            return "Graphviz could not \(stage) the map\(detail)"
        case .tooLarge(let nodes, let engine):
            return "the map has \(nodes) nodes, more than the '\(engine.rawValue)' layout draws in reasonable time "
                + "(\(engine.nodeLimit)); draw a view (--field, --system, --focus ID --depth N, --kinds) "
                + "or use --layout sfdp"
        case .invalidView(let message), .worker(let message):
            return message
        }
    }
}
