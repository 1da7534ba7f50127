import ArgumentParser
import EcographMessages
import EcographCore
import Foundation

/// `ecograph export PATH... --format json`: the canonical graph, for tools and plugins.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the model as the canonical graph JSON (nodes and edges).",
        discussion: """
            The output is deterministic: nodes by kind and id, edges by source, type and target, \
            keys sorted. Custom rule plugins receive exactly this form.

            Examples:
              ecograph export samples/musterstadt.yaml --format json
              ecograph export samples/region -o region.json
            """
    )

    @OptionGroup var model: ModelOptions

    @OptionGroup var language: LanguageOption
    var lang: Language { language.chosen }

    @Option(help: "Output format. Only json for now.")
    var format: ExportFormat = .json

    @Option(name: .shortAndLong, help: "Output file; '-' for standard output.")
    var output: String = "-"

    enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
        case json
    }

    func run() throws {
        let loaded = try model.load()
        let data = try CanonicalGraph(loaded.graph).jsonData()
        try OutputFile.write(data, to: output)
    }
}
