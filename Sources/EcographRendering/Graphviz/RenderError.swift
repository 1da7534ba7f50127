import EcographMessages

/// Why a map could not be drawn.
public enum RenderError: Error, Sendable, CustomStringConvertible {
    /// Graphviz refused the graph at a stage, with its own messages.
    case graphviz(stage: String, messages: [String])
    /// The map is too large for the layout engine to finish in reasonable time.
    case tooLarge(nodes: Int, engine: LayoutEngine)
    /// A view names a node that does not exist, or one of the wrong kind.
    case invalidView(LocalizedText)
    /// The Graphviz worker process crashed, was stopped or took too long.
    case worker(LocalizedText)

    public var description: String { text.en }

    /// Why, in both languages.
    public var text: LocalizedText {
        switch self {
        case .graphviz(let stage, let messages):
            let detail = messages.isEmpty ? "" : ": " + messages.joined(separator: "; ")
            return RenderMessage.graphvizFailed(["stage": stage, "detail": detail])
        case .tooLarge(let nodes, let engine):
            return RenderMessage.tooLarge(["n": nodes, "engine": engine.rawValue, "limit": engine.nodeLimit])
        case .invalidView(let message), .worker(let message):
            return message
        }
    }
}
