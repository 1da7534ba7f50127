import ArgumentParser
import EcographCore
import EcographRendering
import EcographReports
import EcographRules
import Foundation

/// `ecograph report PATH... -o report.html`: map, findings, portfolio and RACI matrix in one file.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "One self-contained HTML file with the map, the findings, the portfolio and the RACI matrix.",
        discussion: """
            The file needs no network and no other files: send it by mail, put it on the intranet, \
            print it. Findings can be filtered by severity and rule; a click on one shows its node \
            on the map.

            Examples:
              ecograph report samples/musterstadt.yaml -o bericht.html --lang de
            """
    )

    @OptionGroup var model: ModelOptions

    @Option(name: .shortAndLong, help: "The HTML file to write; '-' for standard output.")
    var output: String

    @Option(help: "Language: en or de.")
    var lang: Language = .en

    @Option(help: "What the map draws: overview or full.")
    var detail: MapDetail = .overview

    @OptionGroup var ruleSet: RuleSetOptions

    func run() throws {
        let loaded = try model.load()
        let result = try RuleCatalog.check(loaded, ruleSet, modelPaths: model.paths)
        for failure in result.failures {
            Terminal.standardError.write("ecograph: warning: rule '\(failure.rule)' (\(failure.source)) could not run: \(failure.message)\n")
        }
        var options = MapOptions()
        options.language = lang
        options.detail = detail
        let svg: Data
        do {
            svg = try EcosystemMap(graph: loaded.graph, findings: result.findings, options: options)
                .render(.svg, renderer: IsolatedGraphviz.renderer()).data
        } catch {
            throw ExitCodeError.reporting(error)
        }
        let html = HTMLReport(graph: loaded.graph, result: result, mapSVG: String(decoding: svg, as: UTF8.self), language: lang).html()
        try OutputFile.write(Data(html.utf8), to: output)
    }
}
