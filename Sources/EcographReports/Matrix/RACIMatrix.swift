import EcographCore
import EcographRules
import Foundation

/// The RACI matrix of an ecosystem: projects as rows, the parties involved in them as columns,
/// and in each cell who is accountable (A), responsible (R), consulted (C) or informed (I).
/// A row without exactly one A is the first thing to talk about.
public struct RACIMatrix: Sendable {
    public struct Row: Sendable {
        public let projectID: String
        public let project: String
        public let field: String
        /// One cell per column, e.g. `"A"`, `"R"`, `"A/R"` or `""`.
        public let cells: [String]
        /// How many parties are accountable.
        public let accountableCount: Int
        /// Whether the row lacks exactly one accountable party.
        public var isUnclear: Bool { accountableCount != 1 }
    }

    public let ecosystem: String
    /// The parties that appear in any row, roles first, then actors, by name.
    public let columns: [(id: String, name: String)]
    public let rows: [Row]

    private static let letters: [(EdgeType, String)] = [(.accountable, "A"), (.responsible, "R"), (.consulted, "C"), (.informed, "I")]

    /// The matrix of all projects, or of the projects of one field.
    public init(graph: EcosystemGraph, field: String? = nil) {
        ecosystem = graph.name
        let projects = graph.nodes(of: .project).filter { project in
            field == nil || graph.targets(of: project, via: .inField).contains { graph.nodes[$0].id == field }
        }
        var involvement: [Int: [Int: [String]]] = [:]
        var parties = Set<Int>()
        for project in projects {
            for (type, letter) in Self.letters {
                for party in graph.sources(of: project, via: type) {
                    involvement[project, default: [:]][party, default: []].append(letter)
                    parties.insert(party)
                }
            }
        }
        let ordered = parties.sorted { lhs, rhs in
            let (left, right) = (graph.nodes[lhs], graph.nodes[rhs])
            if left.kind != right.kind { return left.kind == .role }
            return (left.name, left.id) < (right.name, right.id)
        }
        columns = ordered.map { (graph.nodes[$0].id, graph.nodes[$0].name) }
        rows = projects.map { project in
            let fieldName = graph.targets(of: project, via: .inField).map { graph.nodes[$0].name }.joined(separator: ", ")
            let cells = ordered.map { involvement[project]?[$0]?.joined(separator: "/") ?? "" }
            return Row(
                projectID: graph.nodes[project].id, project: graph.nodes[project].name, field: fieldName, cells: cells,
                accountableCount: graph.sources(of: project, via: .accountable).count)
        }.sorted { ($0.field, $0.project) < ($1.field, $1.project) }
    }
}
