import ArgumentParser
import EcographMessages
import EcographCore
import EcographRendering
import EcographRules
import Foundation

/// `ecograph render PATH... -o FILE`: draws the ecosystem map with Graphviz, in-process.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw the ecosystem map (SVG, PNG, PDF, DOT or JSON) with Graphviz.",
        discussion: """
            Systems are drawn as clusters holding their actors, roles beside their holders, fields \
            as hubs with their Lotse and projects. The whole ecosystem is drawn as an overview of \
            who holds, pilots and is accountable (A) or responsible (R) for what — when that fits \
            an A3 page with readable text; otherwise as the landscape (--view landscape): systems \
            and fields as units with the counts of A and R between them, each field with its \
            Lotse, projects by status and findings; for a region of several municipalities, a \
            grid of municipalities × fields. A view (--field, --system, --focus) or --detail full \
            adds consulted (C) and informed (I) parties, participation formats and target groups. \
            Nodes with findings of 'ecograph check' are outlined (red: error, orange: warning, \
            blue: info) and list them in their tooltip. Maps are fitted to A3 landscape with \
            text of at least 8 pt when printed (--page none draws them at natural size). The \
            format follows the output's extension unless --format is given.

            Examples:
              ecograph render samples/musterstadt.yaml -o map.svg
              ecograph render samples/programm -o landschaft.png --view landscape --lang de
              ecograph render samples/musterstadt.yaml -o mobilitaet.pdf --field mobilitaet
              ecograph render samples/musterstadt.yaml -o cdo.svg --focus cdo --depth 2
              ecograph render samples/region -o region.svg --ecosystem Musterdorf
              ecograph render samples/musterstadt.yaml -o poster.svg --view overview --page none
              ecograph render samples/musterstadt.yaml -o - --format dot | less
            """
    )

    @OptionGroup var model: ModelOptions

    @Option(name: .shortAndLong, help: "The output file; '-' for standard output (then --format is needed, or svg is used).")
    var output: String

    @Option(help: "svg, png, pdf, dot or json (default: from the output's extension).")
    var format: MapFormat?

    @Option(help: "landscape (systems and fields as units; for a region the municipality × field grid) or overview (every actor, role, field and project). Default: the overview when it fits a page, else the landscape.")
    var view: ViewChoice?

    @Option(help: "The page the map is fitted to: a3 (landscape, text at least 8 pt when printed) or none (natural size). Default: a3, except for --view overview.")
    var page: PageChoice?

    @OptionGroup var selection: ViewOptions

    @Option(help: "overview (the backbone of responsibility; default for the whole ecosystem) or full (also consulted, informed, formats, target groups; default for views).")
    var detail: MapDetail?

    @Option(help: "Graphviz layout: dot, neato, fdp, sfdp, circo or twopi.")
    var layout: LayoutEngine = .dot

    @Option(help: "Layout direction: LR (left to right) or TB (top to bottom).")
    var direction: MapOptions.Direction = .leftToRight

    @OptionGroup var language: LanguageOption
    var lang: Language { language.chosen }

    @Flag(name: .customLong("no-findings"), help: "Do not mark nodes with findings.")
    var noFindings = false

    @Flag(name: .customLong("no-legend"), help: "Leave out the legend.")
    var noLegend = false

    @Option(help: "Refuse maps with more nodes than this (default: what the layout draws in reasonable time).")
    var maxNodes: Int?

    @Option(help: "Seconds a layout may take before it is stopped.")
    var timeout: Double = IsolatedGraphviz.defaultTimeout

    @OptionGroup var ruleSet: RuleSetOptions

    func validate() throws {
        if !(timeout > 0) { throw usageProblem(CommandMessage.timeoutNotPositive.text) }
        if output != "-", format == nil, MapFormat(fileName: output) == nil {
            throw usageProblem(CommandMessage.unknownMapFormat(["output": output]))
        }
    }

    enum ViewChoice: String, ExpressibleByArgument, CaseIterable {
        case landscape, overview
    }

    enum PageChoice: String, ExpressibleByArgument, CaseIterable {
        case a3, none
    }

    func run() throws {
        let loaded = try model.load(config: ruleSet.config)
        var view = try selection.mapView()
        let graph = try selection.graph(of: loaded.graph)
        var options = MapOptions()
        options.detail = detail ?? (view.isWhole ? .overview : .full)
        options.layout = layout
        options.direction = direction
        options.language = lang
        options.showFindings = !noFindings
        options.showLegend = !noLegend
        options.maxNodes = maxNodes
        var findings: [Finding] = []
        if !noFindings {
            findings = try RuleCatalog.check(loaded, ruleSet, modelPaths: model.paths).findings
        }
        let chosenFormat = format ?? MapFormat(fileName: output) ?? .svg
        let renderer = IsolatedGraphviz.renderer(timeout: timeout)
        let rendered: RenderedMap
        do {
            let fitting = (page ?? (self.view == .overview ? .none : .a3)) == .a3 && layout == .dot
            if self.view == .landscape { view = .landscape }
            var map = EcosystemMap(graph: graph, findings: findings, view: view, options: options)
            if fitting {
                let fitted: FittedMap
                if self.view == nil, view.isWhole {
                    (map, fitted) = try overviewOrLandscape(map, renderer: renderer)
                } else {
                    fitted = try map.renderFitted(renderer: renderer)
                }
                if !fitted.fits {
                    Notice.warning(MapMessages.doesNotFit(fitted))
                }
                map = EcosystemMap(graph: graph, findings: findings, view: fitted.view, options: fitted.options)
                rendered = chosenFormat == .svg ? fitted.map : try map.render(chosenFormat, renderer: renderer)
            } else {
                rendered = try map.render(chosenFormat, renderer: renderer)
            }
        } catch {
            throw CommandFailure.render(error)
        }
        for warning in rendered.warnings {
            Notice.warning(CommandMessage.graphvizWarning(["warning": warning]))
        }
        try OutputFile.write(rendered.data, to: output)
    }

    /// The whole ecosystem: its overview when that fits a page, else the landscape.
    private func overviewOrLandscape(_ map: EcosystemMap, renderer: @escaping MapRenderer) throws(RenderError) -> (EcosystemMap, FittedMap) {
        let landscape = EcosystemMap(graph: map.graph, findings: map.findings, view: .landscape, options: map.options)
        if EcosystemParts(graph: map.graph).isRegion { return (landscape, try landscape.renderFitted(renderer: renderer)) }
        let nodes = try map.drawnNodeCount()
        if nodes <= MapMessages.overviewNodeLimit {
            let fitted = try map.renderFitted(renderer: renderer)
            if fitted.fits { return (map, fitted) }
        }
        Notice.note(CommandMessage.landscapeInstead(["n": nodes]))
        return (landscape, try landscape.renderFitted(renderer: renderer))
    }
}

extension MapFormat: ExpressibleByArgument {}
extension LayoutEngine: ExpressibleByArgument {}
extension MapDetail: ExpressibleByArgument {}
extension MapOptions.Direction: ExpressibleByArgument {}
