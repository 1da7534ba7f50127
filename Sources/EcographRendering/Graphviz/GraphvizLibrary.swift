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
