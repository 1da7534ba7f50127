import EcographRendering
import Foundation

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
        let process = Process()
        process.executableURL = executable
        process.arguments = ["graphviz-worker", "--layout", layout.rawValue, "--format", format.rawValue]
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw .worker("cannot start the Graphviz worker \(executable.path): \(error.localizedDescription)")
        }
        let collected = Collected()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) {
            input.fileHandleForWriting.write(Data(dot.utf8))
            try? input.fileHandleForWriting.close()
        }
        DispatchQueue.global().async(group: group) {
            collected.setErrors(errors.fileHandleForReading.readDataToEndOfFile())
        }
        let timer = DispatchWorkItem { [pid = process.processIdentifier] in
            collected.markTimedOut()
            kill(pid, SIGKILL)
        }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: timer)
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        timer.cancel()
        group.wait()

        let lines = String(decoding: collected.errors, as: UTF8.self).split(separator: "\n").map(String.init)
        if collected.timedOut {
            throw .worker("Graphviz's '\(layout.rawValue)' layout took longer than \(String(format: "%g", timeout)) s and was stopped; "
                + "draw a view (--field, --system, --focus ID --depth N) or use --layout sfdp")
        }
        if process.terminationReason == .uncaughtSignal {
            let tail = lines.suffix(5).joined(separator: "; ")
            throw .worker("Graphviz crashed (signal \(process.terminationStatus)) while drawing the map with '\(layout.rawValue)'"
                + (tail.isEmpty ? "" : ": \(tail)") + "; try another --layout or a smaller view")
        }
        guard process.terminationStatus == 0 else {
            throw .graphviz(stage: lines.first ?? "render", messages: Array(lines.dropFirst()))
        }
        return RenderedMap(data: data, warnings: lines)
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

/// What the worker's reader threads collect.
private final class Collected: @unchecked Sendable {
    private let lock = NSLock()
    private var errorData = Data()
    private var stopped = false

    var errors: Data { lock.withLock { errorData } }
    var timedOut: Bool { lock.withLock { stopped } }

    func setErrors(_ data: Data) { lock.withLock { errorData = data } }
    func markTimedOut() { lock.withLock { stopped = true } }
}
