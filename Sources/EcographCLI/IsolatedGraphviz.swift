import EcographCore
import EcographRendering
import Foundation
import EcographMessages

/// Runs Graphviz in a fresh worker process (this executable's `graphviz-worker` command), so
/// that a crash or an endless layout inside the C library cannot take ecograph down, and the
/// same model always gives the same bytes.
enum IsolatedGraphviz {
    /// How long a layout may take before the worker is stopped.
    static let defaultTimeout: TimeInterval = 300

    /// A ``MapRenderer`` that hands the work to a worker process, stopped after `timeout` seconds.
    static func renderer(timeout: TimeInterval = defaultTimeout) -> MapRenderer {
        return { (dot: String, layout: LayoutEngine, format: MapFormat) throws(RenderError) -> RenderedMap in
            try render(dot: dot, layout: layout, format: format, timeout: timeout)
        }
    }

    private static func render(dot: String, layout: LayoutEngine, format: MapFormat, timeout: TimeInterval) throws(RenderError) -> RenderedMap {
        var worker = ChildProcess(executable: executable, arguments: ["graphviz-worker", "--layout", layout.rawValue, "--format", format.rawValue])
        worker.timeout = timeout
        worker.outputLimit = 1 << 30
        worker.errorTailLimit = 1 << 16
        let outcome: ChildProcess.Outcome
        do {
            outcome = try worker.run(input: Data(dot.utf8))
        } catch {
            throw .worker(RenderMessage.workerNotStarted(["reason": "\(error)"]))
        }
        let lines = outcome.errorTail.split(separator: "\n").map(String.init)
        if outcome.timedOut {
            throw .worker(RenderMessage.workerTimedOut(["engine": layout.rawValue, "seconds": String(format: "%g", timeout)]))
        }
        if outcome.signalled || outcome.flooded {
            let tail = lines.suffix(5).joined(separator: "; ")
            throw .worker(RenderMessage.workerCrashed([
                "signal": String(outcome.status), "engine": layout.rawValue, "detail": tail.isEmpty ? "" : ": \(tail)",
            ]))
        }
        guard outcome.status == 0 else {
            throw .graphviz(stage: lines.first ?? "render", messages: Array(lines.dropFirst()))
        }
        return RenderedMap(data: outcome.output, warnings: lines)
    }

    /// This executable, which carries the worker command.
    private static var executable: URL {
        #if os(Linux)
        return URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        #else
        return Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
        #endif
    }
}
