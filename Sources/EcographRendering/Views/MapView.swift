import EcographCore
import EcographMessages

/// How a map draws what it shows.
public enum MapForm: String, CaseIterable, Sendable {
    /// Nodes and edges: actors, roles, fields, projects and their relations.
    case nodes
    /// Systems and fields as units with the counts between them (``Landscape``) or, for a
    /// region of several municipalities, the grid of municipalities × fields (``RegionGrid``).
    /// The other criteria of the view do not apply to it.
    case landscape
    /// For a ``MapView/system``: its actors × the fields, counting what they are accountable or
    /// responsible for — the form for a system too large for a page as nodes.
    case matrix
}

/// Which part of the ecosystem a map shows. All criteria given apply together.
///
/// ```swift
/// var view = MapView()
/// view.field = "mobilitaet"          // the field, its Lotse, projects and their parties
/// view.statuses = [.running, .starting]
/// ```
public struct MapView: Sendable {
    /// Show one field: the field, its pilots and their holders, its projects with their parties,
    /// target groups and formats, and the roles coordinating it.
    public var field: String?
    /// Show one system: its actors, their roles, the projects they take part in and those projects' fields.
    public var system: String?
    /// Show the neighbourhood of one node, up to ``depth`` relations away.
    public var focus: String?
    /// How far ``focus`` reaches.
    public var depth: Int = 1
    /// Show only projects with these statuses (other kinds are kept).
    public var statuses: Set<ProjectStatus>?
    /// Show only nodes of these kinds.
    public var kinds: Set<NodeKind>?
    /// Show only these projects (by id) and, in a field's view, only their parties: a part of
    /// a field too large for one page.
    public var projects: Set<String>?
    /// How the selection is drawn: as nodes and edges, as the landscape, or as a table.
    public var form: MapForm = .nodes

    public init() {}

    /// The landscape view.
    public static var landscape: MapView {
        var view = MapView()
        view.form = .landscape
        return view
    }

    /// Whether the view shows the whole ecosystem.
    public var isWhole: Bool { field == nil && system == nil && focus == nil && statuses == nil && kinds == nil }

    /// The indexes of the nodes the view shows.
    public func select(in graph: EcosystemGraph) throws(RenderError) -> Set<Int> {
        var selected = Set(graph.nodes.indices)
        if let field {
            selected.formIntersection(try fieldNeighbourhood(field, in: graph))
        }
        if let system {
            selected.formIntersection(try systemNeighbourhood(system, in: graph))
        }
        if let focus {
            selected.formIntersection(try egoNetwork(focus, in: graph))
        }
        if let statuses {
            selected = selected.filter { node in
                graph.nodes[node].kind != .project || graph.nodes[node].status.map(statuses.contains) == true
            }
        }
        if let kinds {
            selected = selected.filter { kinds.contains(graph.nodes[$0].kind) }
        }
        if let projects {
            selected = selected.filter { graph.nodes[$0].kind != .project || projects.contains(graph.nodes[$0].id) }
        }
        return selected
    }

    private func node(_ id: String, of kind: NodeKind?, option: String, in graph: EcosystemGraph) throws(RenderError) -> Int {
        guard let index = graph.index(of: id) else {
            let candidates = graph.nodes.filter { kind == nil || $0.kind == kind }.map(\.id)
            let advice = Suggestion.advice(id, in: candidates).map { LocalizedText("; ") + $0 } ?? LocalizedText("")
            throw .invalidView(RenderMessage.noSuchNode([
                "option": option, "kind": kind?.localizedNoun ?? ModelMessage.anyNode.text, "id": id, "advice": advice,
            ]))
        }
        if let kind, graph.nodes[index].kind != kind {
            throw .invalidView(RenderMessage.wrongKind([
                "option": option, "id": id, "kind": graph.nodes[index].kind.localizedNoun.withIndefiniteArticle,
                "expected": kind.localizedNoun.withIndefiniteArticle,
            ]))
        }
        return index
    }

    private func fieldNeighbourhood(_ id: String, in graph: EcosystemGraph) throws(RenderError) -> Set<Int> {
        let field = try node(id, of: .field, option: "--field", in: graph)
        var result: Set<Int> = [field]
        for role in graph.sources(of: field, via: .pilots) + graph.sources(of: field, via: .coordinates) {
            result.insert(role)
            result.formUnion(graph.actors(behind: role))
        }
        for project in graph.sources(of: field, via: .inField) where projects?.contains(graph.nodes[project].id) ?? true {
            result.insert(project)
            for type in EdgeType.raci {
                for party in graph.sources(of: project, via: type) {
                    result.insert(party)
                    result.formUnion(graph.actors(behind: party))
                }
            }
            result.formUnion(graph.targets(of: project, via: .targets))
            result.formUnion(graph.sources(of: project, via: .participation))
        }
        // Nodes of a profile's kinds (a committee deciding on the field, an IT procedure a project
        // uses) that are linked to the field or one of its projects.
        for node in Array(result) where node == field || graph.nodes[node].kind == .project {
            result.formUnion(graph.neighbours(of: node).filter { !graph.nodes[$0].kind.isBuiltIn })
        }
        return withSystems(of: result, in: graph)
    }

    private func systemNeighbourhood(_ id: String, in graph: EcosystemGraph) throws(RenderError) -> Set<Int> {
        let system = try node(id, of: .system, option: "--system", in: graph)
        var parties = Set(graph.sources(of: system, via: .inSystem))
        for actor in Array(parties) { parties.formUnion(graph.targets(of: actor, via: .holds)) }
        var result = parties.union([system])
        for party in parties {
            for type in EdgeType.raci {
                for project in graph.targets(of: party, via: type) {
                    result.insert(project)
                    result.formUnion(graph.targets(of: project, via: .inField))
                }
            }
        }
        return result
    }

    private func egoNetwork(_ id: String, in graph: EcosystemGraph) throws(RenderError) -> Set<Int> {
        let centre = try node(id, of: nil, option: "--focus", in: graph)
        var result: Set<Int> = [centre]
        var frontier = [centre]
        for _ in 0..<max(0, depth) {
            var next: [Int] = []
            for node in frontier {
                for neighbour in graph.neighbours(of: node) where result.insert(neighbour).inserted {
                    next.append(neighbour)
                }
            }
            frontier = next
        }
        return withSystems(of: result, in: graph)
    }

    /// Adds the systems the selected actors and roles sit in, so their clusters can be drawn.
    private func withSystems(of nodes: Set<Int>, in graph: EcosystemGraph) -> Set<Int> {
        var result = nodes
        for node in nodes where graph.nodes[node].kind == .actor || graph.nodes[node].kind == .role {
            result.formUnion(graph.targets(of: node, via: .inSystem))
        }
        return result
    }
}
