import CGraphviz
import Foundation

/// Draws DOT text with a layout engine, in some format: the step that ``EcosystemMap`` hands to
/// Graphviz. ``GraphvizLibrary/render(dot:layout:format:)`` is the in-process one; the CLI runs
/// the same in a fresh worker process for isolation and byte-identical output.
public typealias MapRenderer = @Sendable (_ dot: String, _ layout: LayoutEngine, _ format: MapFormat) throws(RenderError) -> RenderedMap

/// The Graphviz C library (libgvc, libcgraph), called in this process: parses DOT text, lays it
/// out and renders it into memory.
///
/// Graphviz keeps global state and is not thread-safe, so every call holds one lock. Its error
/// and warning messages are captured (not printed) and returned with the result or the error.
///
/// Graphviz 2.43's layouts compare pointers in places, so in a process whose heap has seen other
/// work the same graph can come out slightly differently; a fresh process always gives the same
/// bytes. That is why `ecograph render` calls this in a worker process of its own.
public enum GraphvizLibrary {
    /// Lays out `dot` with `layout` and renders it as `format`.
    public static func render(dot: String, layout: LayoutEngine, format: MapFormat) throws(RenderError) -> RenderedMap {
        if format == .dot { return RenderedMap(data: Data(dot.utf8), warnings: []) }
        let output = try Graphviz.render(dot: dot, engine: layout.rawValue, format: format.graphvizFormat)
        return RenderedMap(data: output.data, warnings: output.warnings)
    }
}

/// The C calls behind ``GraphvizLibrary``.
enum Graphviz {
    private static let lock = NSLock()
    /// Messages Graphviz reported during the current call; only touched while `lock` is held.
    nonisolated(unsafe) private static var messages: [String] = []

    struct Output {
        let data: Data
        let warnings: [String]
    }

    /// Lays out `dot` with `engine` and renders it as `format` (a Graphviz renderer name).
    static func render(dot: String, engine: String, format: String) throws(RenderError) -> Output {
        lock.lock()
        defer { lock.unlock() }
        messages = []
        let previousHandler = agseterrf { message in
            if let message { Graphviz.messages.append(String(cString: message)) }
            return 0
        }
        ecograph_capture_warnings()
        defer { _ = agseterrf(previousHandler) }

        let context = GraphvizContext()
        guard let graph = GraphvizGraph(dot: dot) else {
            throw .graphviz(stage: "parse", messages: drainMessages())
        }
        guard gvLayout(context.pointer, graph.pointer, engine) == 0 else {
            throw .graphviz(stage: "layout", messages: drainMessages())
        }
        defer { gvFreeLayout(context.pointer, graph.pointer) }
        var buffer: UnsafeMutablePointer<CChar>?
        var length: UInt32 = 0
        guard gvRenderData(context.pointer, graph.pointer, format, &buffer, &length) == 0, let buffer else {
            throw .graphviz(stage: "render", messages: drainMessages())
        }
        defer { gvFreeRenderData(buffer) }
        let data = Data(bytes: buffer, count: Int(length))
        return Output(data: data, warnings: drainMessages())
    }

    private static func drainMessages() -> [String] {
        // Graphviz hands over a message in pieces ("Warning", ": ", "text\n"); lines are messages.
        defer { messages = [] }
        return messages.joined().split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}

/// A Graphviz context (plugins, layout engines), freed when released.
private final class GraphvizContext {
    let pointer: OpaquePointer

    init() { pointer = gvContext()! }

    deinit { gvFreeContext(pointer) }
}

/// A graph parsed from DOT text, closed when released.
private final class GraphvizGraph {
    let pointer: UnsafeMutablePointer<Agraph_t>

    init?(dot: String) {
        guard let graph = dot.withCString({ agmemread($0) }) else { return nil }
        pointer = graph
    }

    deinit { agclose(pointer) }
}

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
