import ArgumentParser
import EcographMessages
import EcographCore
import EcographReports
import EcographRules
import Foundation

/// `ecograph matrix PATH...`: the RACI matrix, projects × parties.
struct MatrixCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "matrix",
        abstract: "The RACI matrix: projects × parties, with A, R, C, I; rows without exactly one A stand out.",
        discussion: """
            Examples:
              ecograph matrix samples/musterstadt.yaml
              ecograph matrix samples/musterstadt.yaml --field mobilitaet --format csv -o mobilitaet.csv
              ecograph matrix samples/musterstadt.yaml --format html --lang de -o raci.html
            """
    )

    @OptionGroup var model: ModelOptions

    @Option(help: "md, csv or html (default: from the output's extension, else md).")
    var format: Format?

    @Option(help: "Only the projects of this field of action.")
    var field: String?

    @OptionGroup var language: LanguageOption
    var lang: Language { language.chosen }

    @Option(name: .shortAndLong, help: "Output file; '-' for standard output.")
    var output: String = "-"

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case md, csv, html
    }

    func run() throws {
        let graph = try model.load().graph
        if let field, graph.node(id: field)?.kind != .field {
            let fields = graph.nodes(of: .field).map { graph.nodes[$0].id }
            let advice = Suggestion.advice(field, in: fields) ?? CommandMessage.knownFields(["list": fields.joined(separator: ", ")])
            throw CommandFailure.invalidInput(CommandMessage.unknownField(["id": field, "advice": advice]))
        }
        let report = RACIMatrixReport(matrix: RACIMatrix(graph: graph, field: field), language: lang)
        let text: String
        switch format ?? ReportFormat.fromExtension(output, default: .md) {
        case .md: text = report.markdown()
        case .csv: text = report.csv()
        case .html: text = report.html()
        }
        try OutputFile.write(Data(text.utf8), to: output)
    }
}
