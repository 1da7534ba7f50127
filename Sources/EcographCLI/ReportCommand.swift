import ArgumentParser
import EcographMessages
import EcographAtlas
import EcographCore
import EcographRendering
import EcographRules
import Foundation

/// `ecograph report PATH... -o report.html`: the atlas — landscape, page-sized maps per field,
/// system and municipality, findings, portfolio and RACI matrix.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "The atlas for a council: landscape, a map per field and system, findings, portfolio, RACI matrix.",
        discussion: """
            The report opens with the landscape (systems and fields as units; for a region of \
            several municipalities, the grid of municipalities × fields), then has one page per \
            field and per system, each with a map fitted to A3 landscape with text of at least \
            8 pt, the findings on that page and its projects; then all findings (grouped by rule, \
            filterable by severity, rule, municipality and text), the innovation portfolio and \
            the RACI matrix. Findings link to the page that shows their node; a click on a node \
            with findings lists them. Pages need no network: styles, scripts and maps are inside.

            One ecosystem makes one file. A region makes the file given with -o as its index \
            (landscape, municipalities, findings, portfolio) and, in a folder beside it named \
            after the file's stem, one file per municipality with its own atlas. Before drawing, \
            report says how many maps it will draw; beyond --max-maps (default 2000) a region's \
            per-municipality field and system maps are left out, then the municipality landscapes.

            Examples:
              ecograph report samples/musterstadt.yaml -o bericht.html --lang de
              ecograph report samples/programm -o programm.html --lang de
              ecograph report region/ -o atlas.html --lang de          # atlas.html and atlas/*.html
              ecograph report region/ -o kommune.html --ecosystem "Musterdorf"
            """
    )

    @OptionGroup var model: ModelOptions

    @Option(name: .shortAndLong, help: "The HTML file to write; '-' for standard output (one ecosystem only).")
    var output: String

    @OptionGroup var language: LanguageOption
    var lang: Language { language.chosen }

    @Option(help: "In a region of several municipalities: the atlas of this one only (its name as in 'ecosystem:').")
    var ecosystem: String?

    @Option(name: .customLong("max-maps"), help: "The most maps to draw; a larger region leaves out detail maps first.")
    var maxMaps: Int = Atlas.defaultMaximumMaps

    @Option(help: "How many maps to draw at a time (default: the number of processors).")
    var jobs: Int?

    @Option(help: "Seconds one map's layout may take before it is stopped.")
    var timeout: Double = IsolatedGraphviz.defaultTimeout

    @OptionGroup var ruleSet: RuleSetOptions

    func validate() throws {
        if maxMaps < 1 { throw usageProblem(CommandMessage.maxMapsTooSmall.text) }
        if let jobs, jobs < 1 { throw usageProblem(CommandMessage.jobsTooSmall.text) }
        if !(timeout > 0) { throw usageProblem(CommandMessage.timeoutNotPositive.text) }
    }

    func run() throws {
        let loaded = try model.load(config: ruleSet.config)
        let result = try RuleCatalog.check(loaded, ruleSet, modelPaths: model.paths)
        for failure in result.failures {
            Notice.warning(CommandMessage.ruleCouldNotRun(["rule": failure.rule, "source": "\(failure.source)", "reason": failure.text]))
        }
        let graph = try EcosystemSelection.graph(of: loaded.graph, ecosystem: ecosystem)
        let atlas = Atlas(graph: graph, result: ecosystem == nil ? result : result.about(graph), language: lang)
        let plan = atlas.plan(maximumMaps: maxMaps)
        let mainFile = output == "-" ? "report.html" : output
        if plan.isRegion, output == "-" {
            throw usageProblem(CommandMessage.regionNeedsIndexFile.text)
        }
        let folder = Atlas.folder(for: mainFile)
        Terminal.standardError.write("ecograph: \(MapMessages.plan(plan, mainFile: (mainFile as NSString).lastPathComponent, folder: folder, in: lang))\n")
        let directory = (mainFile as NSString).deletingLastPathComponent
        if plan.isRegion { try ReportFiles.prepareFolder(in: directory, named: folder) }
        let files: [AtlasFile]
        do {
            let concurrency = jobs ?? ProcessInfo.processInfo.activeProcessorCount
            files = try atlas.build(plan, mainFile: mainFile, renderer: IsolatedGraphviz.renderer(timeout: timeout), concurrency: concurrency)
        } catch {
            throw CommandFailure.render(error)
        }
        for file in files.dropFirst() {
            let path = directory.isEmpty ? file.path : (directory as NSString).appendingPathComponent(file.path)
            try ReportFiles.write(file.contents, to: path)
        }
        // The index last: whoever opens it finds every page it links to.
        if let main = files.first { try OutputFile.write(main.contents, to: output) }
    }
}

extension CheckResult {
    /// The findings about the nodes of a part of the model (for one municipality's atlas).
    func about(_ graph: EcosystemGraph) -> CheckResult {
        keeping(ecosystem: graph.name) { finding in finding.subject.map { graph.index(of: $0) != nil } ?? false }
    }
}
