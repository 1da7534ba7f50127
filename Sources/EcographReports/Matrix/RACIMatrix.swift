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

/// The RACI matrix as Markdown, CSV or HTML.
public struct RACIMatrixReport: Sendable {
    public let matrix: RACIMatrix
    public let language: Language

    public init(matrix: RACIMatrix, language: Language) {
        self.matrix = matrix
        self.language = language
    }

    private var de: Bool { language == .de }
    private var title: String { (de ? "RACI-Matrix" : "RACI matrix") + (matrix.ecosystem.isEmpty ? "" : ": \(matrix.ecosystem)") }
    private var header: [String] { [de ? "Projekt" : "Project", de ? "Gestaltungsfeld" : "Field"] + matrix.columns.map(\.name) + [de ? "Federführung" : "Accountable"] }

    private func verdict(_ row: RACIMatrix.Row) -> String {
        switch row.accountableCount {
        case 1: return "✓"
        case 0: return de ? "⚠ keine Federführung" : "⚠ no one accountable"
        default: return de ? "⚠ \(row.accountableCount) federführend" : "⚠ \(row.accountableCount) accountable"
        }
    }

    public func markdown() -> String {
        var lines = ["# \(Escape.markdown(title))", "", "A = " + (de ? "federführend, R = mitwirkend, C = beteiligt, I = informiert" : "accountable, R = responsible, C = consulted, I = informed"), ""]
        lines.append("| " + header.map(Escape.markdown).joined(separator: " | ") + " |")
        lines.append("|" + String(repeating: " --- |", count: header.count))
        for row in matrix.rows {
            let project = row.isUnclear ? "**\(Escape.markdown(row.project))**" : Escape.markdown(row.project)
            lines.append("| " + ([project, Escape.markdown(row.field)] + row.cells + [verdict(row)]).joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `;`-separated with a header and a byte order mark, for spreadsheets.
    public func csv(separator: Character = ";") -> String {
        var lines = [(["ID"] + header).map { Escape.csv($0, separator: separator) }.joined(separator: String(separator))]
        for row in matrix.rows {
            let cells = [row.projectID, row.project, row.field] + row.cells + [verdict(row)]
            lines.append(cells.map { Escape.csv($0, separator: separator) }.joined(separator: String(separator)))
        }
        return "\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n"
    }

    /// The matrix as a table; rows without exactly one A have the class `unclear`.
    public func htmlFragment() -> String {
        var html = "<table class=\"raci\"><thead><tr>" + header.map { "<th>\(Escape.html($0))</th>" }.joined() + "</tr></thead><tbody>"
        for row in matrix.rows {
            html += "<tr data-project=\"\(Escape.html(row.projectID))\"\(row.isUnclear ? " class=\"unclear\"" : "")>"
            html += "<th>\(Escape.html(row.project))</th><td>\(Escape.html(row.field))</td>"
            html += row.cells.map { "<td class=\"raci-cell\">\($0)</td>" }.joined()
            html += "<td>\(Escape.html(verdict(row)))</td></tr>"
        }
        return html + "</tbody></table>\n"
    }

    public func html() -> String {
        HTMLPage(title: title, language: language, body: "<h1>\(Escape.html(title))</h1>\n" + htmlFragment()).text
    }
}
