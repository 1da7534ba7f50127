import ArgumentParser
import EcographMessages
import EcographReports
import EcographRules
import Foundation

/// `ecograph portfolio PATH...`: the innovation portfolio, the article's five questions per field.
struct PortfolioCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "portfolio",
        abstract: "The innovation portfolio: what is done, running, starting, planned, and which ideas there are, per field.",
        discussion: """
            Each project with its accountable party, target groups, value proposition and benefit \
            indicator; counts per field and status. Markdown for documents, HTML for the browser \
            and print, CSV for spreadsheets (';'-separated, UTF-8 with BOM), JSON for tools.

            Examples:
              ecograph portfolio samples/musterstadt.yaml --lang de
              ecograph portfolio samples/musterstadt.yaml --format html -o portfolio.html
              ecograph portfolio samples/musterstadt.yaml --format csv -o portfolio.csv
            """
    )

    @OptionGroup var model: ModelOptions

    @Option(help: "md, html, json or csv (default: from the output's extension, else md).")
    var format: Format?

    @OptionGroup var language: LanguageOption
    var lang: Language { language.chosen }

    @Option(name: .shortAndLong, help: "Output file; '-' for standard output.")
    var output: String = "-"

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case md, html, json, csv
    }

    func run() throws {
        let loaded = try model.load()
        let report = PortfolioReport(portfolio: Portfolio(graph: loaded.graph), language: lang)
        let data: Data
        switch format ?? ReportFormat.fromExtension(output, default: .md) {
        case .md: data = Data(report.markdown().utf8)
        case .html: data = Data(report.html().utf8)
        case .csv: data = Data(report.csv().utf8)
        case .json: data = try report.json()
        }
        try OutputFile.write(data, to: output)
    }
}

/// The format an output file's extension asks for.
enum ReportFormat {
    static func fromExtension<F: RawRepresentable>(_ path: String, default fallback: F) -> F where F.RawValue == String {
        let ext = (path as NSString).pathExtension.lowercased()
        return F(rawValue: ext == "markdown" ? "md" : ext == "htm" ? "html" : ext) ?? fallback
    }
}
