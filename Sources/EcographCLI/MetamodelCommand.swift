import ArgumentParser
import EcographCore
import EcographMessages
import EcographReports
import Foundation

/// `ecograph metamodel`: the kinds of node and the relations allowed between them.
struct MetamodelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "metamodel",
        abstract: "Show the kinds of node and the relations allowed between them.",
        discussion: """
            Lists each kind with its section and the keys that make relations, then which \
            relation types may run from which kind to which — the same tables the loader checks \
            a model against. --format markdown gives a page for a wiki.

            Examples:
              ecograph metamodel
              ecograph metamodel --format markdown --lang de -o docs/metamodell.md
            """
    )

    @Option(help: "Output format: text or markdown.")
    var format: MetamodelFormat = .text

    @Option(name: .shortAndLong, help: "Output file; '-' for standard output.")
    var output: String = "-"

    @OptionGroup var language: LanguageOption

    @Option(
        name: .customLong("profile"),
        help: ArgumentHelp("A profile whose kinds and relations to add (repeatable); see docs/profiles.md.", valueName: "file"))
    var profiles: [String] = []

    enum MetamodelFormat: String, ExpressibleByArgument, CaseIterable {
        case text, markdown
    }

    func run() throws {
        let report = MetamodelReport(metamodel: try ProfileSet.metamodel(profiles), language: language.chosen)
        let text = format == .markdown ? report.markdown() : report.text()
        try OutputFile.write(Data(text.utf8), to: output)
    }
}
