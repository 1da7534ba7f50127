import CGraphviz
import Foundation

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
