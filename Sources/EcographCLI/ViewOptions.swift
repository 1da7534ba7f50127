import ArgumentParser
import EcographCore
import EcographMessages
import EcographRendering

/// The options that choose a part of the ecosystem, shared by `render` and `export`:
/// `--ecosystem`, `--field`, `--system`, `--focus`/`--depth`, `--status`, `--kinds`.
struct ViewOptions: ParsableArguments {
    @Option(help: "In a region of several municipalities: only this one (its name as in 'ecosystem:').")
    var ecosystem: String?

    @Option(help: "Show one field of action: its Lotse, projects and their parties.")
    var field: String?

    @Option(help: "Show one system: its actors, their roles and projects.")
    var system: String?

    @Option(help: "Show the neighbourhood of one node (any id).")
    var focus: String?

    @Option(help: "How many relations away from --focus to show.")
    var depth: Int = 1

    @Option(help: "Show only projects with these statuses, e.g. running,starting (German words work too).")
    var status: String?

    @Option(help: "Show only these kinds: system, field, target-group, role, actor, format, project.")
    var kinds: String?

    func validate() throws {
        if depth < 0 { throw usageProblem(CommandMessage.depthNegative.text) }
    }

    /// The graph of `--ecosystem`, or the whole graph.
    func graph(of graph: EcosystemGraph) throws -> EcosystemGraph {
        try EcosystemSelection.graph(of: graph, ecosystem: ecosystem)
    }

    /// The view the options describe.
    func mapView() throws -> MapView {
        var view = MapView()
        view.field = field
        view.system = system
        view.focus = focus
        view.depth = depth
        if let status {
            var statuses = Set<ProjectStatus>()
            for word in status.split(separator: ",") {
                guard let parsed = ProjectStatus(word: String(word)) else {
                    throw usageProblem(CommandMessage.unknownStatusOption(["word": word, "allowed": ProjectStatus.allowedWords]))
                }
                statuses.insert(parsed)
            }
            view.statuses = statuses
        }
        if let kinds {
            var selected = Set<NodeKind>()
            for word in kinds.split(separator: ",") {
                guard let kind = NodeKind(rawValue: Vocabulary.normalise(String(word))) else {
                    throw usageProblem(CommandMessage.unknownKindOption(["word": word, "allowed": NodeKind.allowedWords()]))
                }
                selected.insert(kind)
            }
            view.kinds = selected
        }
        return view
    }
}
