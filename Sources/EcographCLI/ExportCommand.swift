import ArgumentParser
import EcographMessages
import EcographCore
import EcographExport
import EcographRendering
import EcographRules
import Foundation

/// `ecograph export PATH... --format json|mermaid|graphml|neo4j`: the model for other tools.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the model for other tools: canonical JSON, Mermaid, GraphML or Neo4j CSV.",
        discussion: """
            json: the canonical graph (nodes and edges), deterministic: nodes by kind and id, edges \
            by source, type and target, keys sorted; custom rule plugins receive exactly this form. \
            mermaid: a flowchart for wikis and GitLab (one subgraph per system, fields as hubs, \
            classes per kind, status and finding); Mermaid draws at most 500 edges and 50,000 \
            characters by default, so larger diagrams are refused (exit 2) — export a view, or \
            draw the landscape with 'ecograph render --view landscape'. graphml: for yEd, Gephi, \
            Cytoscape and networkx (kind, name, type, status and every attribute as data keys; \
            edges with their type). neo4j: nodes.csv and relationships.csv for \
            'neo4j-admin database import' into the directory given with -o. The view options \
            (--field, --system, --focus, --status, --kinds, --ecosystem) export a part.

            Examples:
              ecograph export samples/musterstadt.yaml --format json
              ecograph export samples/musterstadt.yaml --format mermaid --field mobilitaet --lang de
              ecograph export samples/region --format graphml -o region.graphml
              ecograph export national/ --format neo4j -o neo4j-import/
            """
    )

    @OptionGroup var model: ModelOptions

    @Option(help: "Output format: json, mermaid, graphml or neo4j.")
    var format: ExportFormat = .json

    @Option(name: .shortAndLong, help: "Output file ('-' for standard output); for neo4j a directory.")
    var output: String = "-"

    @OptionGroup var selection: ViewOptions

    @OptionGroup var language: LanguageOption
    var lang: Language { language.chosen }

    @Flag(name: .customLong("no-findings"), help: "Mermaid: do not mark nodes with findings (and do not run the rules).")
    var noFindings = false

    @OptionGroup var ruleSet: RuleSetOptions

    enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
        case json, mermaid, graphml, neo4j
    }

    func validate() throws {
        if format == .neo4j, output == "-" { throw ValidationError(ExportWords.neo4jNeedsDirectory(in: lang)) }
    }

    func run() throws {
        let loaded = try model.load(config: ruleSet.config)
        let graph = try selectedGraph(of: loaded.graph)
        switch format {
        case .json:
            try OutputFile.write(try CanonicalGraph(graph).jsonData(), to: output)
        case .graphml:
            try OutputFile.write(GraphMLExport(graph: graph).render(), to: output)
        case .mermaid:
            let findings = noFindings ? [] : try RuleCatalog.check(loaded, ruleSet, modelPaths: model.paths).findings
            do {
                let text = try MermaidExport(graph: graph, findings: findings, language: lang).render()
                try OutputFile.write(Data(text.utf8), to: output)
            } catch let refusal as MermaidExport.TooLarge {
                throw CommandFailure.invalidInput(ExportWords.mermaidTooLarge(edges: refusal.edges, characters: refusal.characters, in: lang))
            }
        case .neo4j:
            try ReportFiles.prepareFolder(in: "", named: output) { ExportWords.notADirectory($0) }
            let export = Neo4jExport(graph: graph)
            try OutputFile.write(Data(export.nodes().utf8), to: (output as NSString).appendingPathComponent("nodes.csv"))
            try OutputFile.write(Data(export.relationships().utf8), to: (output as NSString).appendingPathComponent("relationships.csv"))
        }
    }

    /// The graph of the view: `--ecosystem` first, then the nodes the view shows and the edges between them.
    private func selectedGraph(of whole: EcosystemGraph) throws -> EcosystemGraph {
        let graph = try selection.graph(of: whole)
        let view = try selection.mapView()
        guard !view.isWhole else { return graph }
        do {
            let nodes = try view.select(in: graph).sorted()
            return graph.subgraph(nodes, name: graph.name)
        } catch {
            throw CommandFailure.render(error)
        }
    }
}
