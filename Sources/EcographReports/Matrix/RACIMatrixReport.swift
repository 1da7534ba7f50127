import EcographRules
import Foundation
import EcographMessages

/// The RACI matrix as Markdown, CSV or HTML.
public struct RACIMatrixReport: Sendable {
    public let matrix: RACIMatrix
    public let language: Language

    public init(matrix: RACIMatrix, language: Language) {
        self.matrix = matrix
        self.language = language
    }

    private var title: String { PortfolioMessage.matrixTitle.text(in: language) + (matrix.ecosystem.isEmpty ? "" : ": \(matrix.ecosystem)") }
    private var header: [String] {
        [PortfolioMessage.matrixProject.text(in: language), PortfolioMessage.matrixField.text(in: language)] + matrix.columns.map(\.name)
            + [PortfolioMessage.matrixAccountable.text(in: language)]
    }

    private func verdict(_ row: RACIMatrix.Row) -> String {
        switch row.accountableCount {
        case 1: return "✓"
        case 0: return PortfolioMessage.matrixNoneAccountable.text(in: language)
        default: return PortfolioMessage.matrixManyAccountable.text(in: language, ["n": row.accountableCount])
        }
    }

    public func markdown() -> String {
        var lines = ["# \(Escape.markdown(title))", "", PortfolioMessage.matrixKey.text(in: language), ""]
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
    /// `projectLinks` makes project names links (project id → URL).
    public func htmlFragment(projectLinks: [String: String] = [:]) -> String {
        var html = "<table class=\"raci\"><thead><tr>" + header.map { "<th>\(Escape.html($0))</th>" }.joined() + "</tr></thead><tbody>"
        for row in matrix.rows {
            html += "<tr data-project=\"\(Escape.html(row.projectID))\"\(row.isUnclear ? " class=\"unclear\"" : "")>"
            let name = projectLinks[row.projectID].map { "<a href=\"\(Escape.html($0))\">\(Escape.html(row.project))</a>" } ?? Escape.html(row.project)
            html += "<th>\(name)</th><td>\(Escape.html(row.field))</td>"
            html += row.cells.map { "<td class=\"raci-cell\">\($0)</td>" }.joined()
            html += "<td>\(Escape.html(verdict(row)))</td></tr>"
        }
        return html + "</tbody></table>\n"
    }

    public func html() -> String {
        HTMLPage(title: title, language: language, body: "<h1>\(Escape.html(title))</h1>\n" + htmlFragment()).text
    }
}
