import ArgumentParser
import EcographCore
import EcographRendering
import Foundation

/// `ecograph graphviz-worker --layout L --format F`: the worker process in which `render` runs
/// Graphviz. Reads DOT on standard input, writes the drawing to standard output and Graphviz's
/// messages to standard error, one a line. Exit 0 on success; on failure exit 3 with the stage
/// that failed as the first line of standard error. Not meant to be called by people.
struct GraphvizWorkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graphviz-worker",
        abstract: "Internal: lay out DOT from standard input with the Graphviz library.",
        shouldDisplay: false
    )

    @Option var layout: LayoutEngine
    @Option var format: MapFormat

    func run() throws {
        // A worker left behind by a killed ecograph would lay out for minutes with nobody waiting.
        ProcessLifetime.endWithParent(
            expectedParent: ProcessInfo.processInfo.environment[ProcessLifetime.parentVariable].flatMap { pid_t($0) })
        let dot = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        let rendered: RenderedMap
        do {
            rendered = try GraphvizLibrary.render(dot: dot, layout: layout, format: format)
        } catch {
            switch error {
            case .graphviz(let stage, let messages):
                Terminal.standardError.write(([stage] + messages).map { $0 + "\n" }.joined())
            default:
                Terminal.standardError.write("render\n\(error)\n")
            }
            throw ExitCodeError.outputFailed
        }
        try OutputFile.write(rendered.data, to: "-")
        Terminal.standardError.write(rendered.warnings.map { $0 + "\n" }.joined())
    }
}
