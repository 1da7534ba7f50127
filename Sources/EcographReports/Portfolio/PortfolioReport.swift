import EcographCore
import EcographRules
import Foundation
import EcographMessages

/// The innovation portfolio as Markdown, HTML, JSON or CSV, in German or English.
public struct PortfolioReport: Sendable {
    public let portfolio: Portfolio
    public let language: Language

    public init(portfolio: Portfolio, language: Language) {
        self.portfolio = portfolio
        self.language = language
    }

    private var title: String { PortfolioMessage.title.text(in: language) + (portfolio.ecosystem.isEmpty ? "" : ": \(portfolio.ecosystem)") }
    private var columns: [String] {
        [PortfolioMessage.columnProject, .columnAccountable, .columnTargetGroups, .columnValue, .columnIndicator].map { $0.text(in: language) }
    }
    private var fieldHeading: String { PortfolioMessage.columnField.text(in: language) }
    private var totalHeading: String { PortfolioMessage.total.text(in: language) }
    private var missing: String { PortfolioMessage.missing.text(in: language) }

    private func cells(_ project: Portfolio.Project) -> [String] {
        [
            project.name,
            project.accountable.isEmpty ? missing : project.accountable.joined(separator: ", "),
            project.targetGroups.isEmpty ? missing : project.targetGroups.joined(separator: ", "),
            project.value ?? missing, project.indicator ?? missing,
        ]
    }

    /// Counts per field and status, with totals.
    private var countRows: [(label: String, counts: [Int])] {
        var rows = portfolio.fieldNames.map { field in
            let counts = Portfolio.order.map { portfolio.count(field: field.id, status: $0) }
            return (Portfolio.fieldLabel(field.name, id: field.id, language: language), counts + [counts.reduce(0, +)])
        }
        let totals = (0...Portfolio.order.count).map { column in rows.reduce(0) { $0 + $1.1[column] } }
        rows.append((totalHeading, totals))
        return rows
    }

    // MARK: Markdown

    public func markdown() -> String {
        var lines = ["# \(Escape.markdown(title))", ""]
        let header = [fieldHeading] + Portfolio.order.map { $0.word(in: language) } + [totalHeading]
        lines.append("| " + header.joined(separator: " | ") + " |")
        lines.append("|" + String(repeating: " --- |", count: header.count))
        for row in countRows {
            lines.append("| " + ([Escape.markdown(row.label)] + row.counts.map(String.init)).joined(separator: " | ") + " |")
        }
        for section in portfolio.sections {
            lines += ["", "## \(Portfolio.question(section.status, language: language)) (\(section.count))", ""]
            if section.fields.isEmpty { lines.append(PortfolioMessage.noProjectsMarkdown.text(in: language)) }
            for group in section.fields {
                lines += ["### \(Escape.markdown(Portfolio.fieldLabel(group.fieldName, id: group.fieldID, language: language)))", ""]
                lines.append("| " + columns.joined(separator: " | ") + " |")
                lines.append("|" + String(repeating: " --- |", count: columns.count))
                for project in group.projects {
                    lines.append("| " + cells(project).map(Escape.markdown).joined(separator: " | ") + " |")
                }
                lines.append("")
            }
        }
        return lines.joined(separator: "\n").trimmingCharacters(in: .newlines) + "\n"
    }

    // MARK: HTML

    /// The portfolio as a part of a page: counts and the five sections, every text escaped.
    /// `projectLinks` makes project names links (project id → URL), e.g. to an atlas's field pages.
    public func htmlFragment(headingLevel: Int = 2, projectLinks: [String: String] = [:]) -> String {
        let h = headingLevel
        var html = "<table class=\"counts\"><thead><tr><th>\(Escape.html(fieldHeading))</th>"
        html += Portfolio.order.map { "<th>\(Escape.html($0.word(in: language)))</th>" }.joined()
        html += "<th>\(totalHeading)</th></tr></thead><tbody>"
        for row in countRows {
            html += "<tr><th>\(Escape.html(row.label))</th>" + row.counts.map { "<td>\($0)</td>" }.joined() + "</tr>"
        }
        html += "</tbody></table>\n"
        for section in portfolio.sections {
            html += "<section class=\"portfolio-section status-\(section.status.rawValue)\"><h\(h)>\(Escape.html(Portfolio.question(section.status, language: language))) <span class=\"count\">(\(section.count))</span></h\(h)>\n"
            if section.fields.isEmpty { html += "<p class=\"empty\">\(PortfolioMessage.noProjects.text(in: language))</p>" }
            for group in section.fields {
                html += "<h\(h + 1)>\(Escape.html(Portfolio.fieldLabel(group.fieldName, id: group.fieldID, language: language)))</h\(h + 1)>"
                html += "<table class=\"projects\"><thead><tr>" + columns.map { "<th>\(Escape.html($0))</th>" }.joined() + "</tr></thead><tbody>"
                for project in group.projects {
                    var cells = cells(project).map { "<td>\(Escape.html($0))</td>" }
                    if let link = projectLinks[project.id] { cells[0] = "<td><a href=\"\(Escape.html(link))\">\(Escape.html(project.name))</a></td>" }
                    html += "<tr data-project=\"\(Escape.html(project.id))\">" + cells.joined() + "</tr>"
                }
                html += "</tbody></table>\n"
            }
            html += "</section>\n"
        }
        return html
    }

    /// A whole page, self-contained.
    public func html() -> String {
        HTMLPage(title: title, language: language, body: "<h1>\(Escape.html(title))</h1>\n" + htmlFragment()).text
    }

    // MARK: JSON and CSV

    struct JSONProject: Encodable {
        let id: String, name: String, accountable: [String], targetGroups: [String], value: String?, indicator: String?
    }
    struct JSONField: Encodable { let field: String?, name: String, projects: [JSONProject] }
    struct JSONSection: Encodable { let status: String, question: String, count: Int, fields: [JSONField] }
    struct JSONCount: Encodable { let field: String?, name: String, counts: [String: Int], total: Int }
    struct JSONPortfolio: Encodable { let ecosystem: String, counts: [JSONCount], sections: [JSONSection], withoutStatus: [JSONProject] }

    public func json() throws -> Data {
        func entry(_ project: Portfolio.Project) -> JSONProject {
            JSONProject(id: project.id, name: project.name, accountable: project.accountable, targetGroups: project.targetGroups, value: project.value, indicator: project.indicator)
        }
        let counts = portfolio.fieldNames.map { field in
            let values = Dictionary(uniqueKeysWithValues: Portfolio.order.map { ($0.rawValue, portfolio.count(field: field.id, status: $0)) })
            return JSONCount(field: field.id, name: Portfolio.fieldLabel(field.name, id: field.id, language: language), counts: values, total: values.values.reduce(0, +))
        }
        let sections = portfolio.sections.map { section in
            JSONSection(
                status: section.status.rawValue, question: Portfolio.question(section.status, language: language), count: section.count,
                fields: section.fields.map { JSONField(field: $0.fieldID, name: Portfolio.fieldLabel($0.fieldName, id: $0.fieldID, language: language), projects: $0.projects.map(entry)) })
        }
        return try JSONOutput.encode(JSONPortfolio(ecosystem: portfolio.ecosystem, counts: counts, sections: sections, withoutStatus: portfolio.withoutStatus.map(entry)))
    }

    /// One row per project and field, `;`-separated with a header, as spreadsheets in German
    /// locales expect; UTF-8 with a byte order mark so that Excel reads umlauts right.
    public func csv(separator: Character = ";") -> String {
        let header = [fieldHeading, PortfolioMessage.columnStatus.text(in: language), PortfolioMessage.columnID.text(in: language)] + columns
        var lines = [header.map { Escape.csv($0, separator: separator) }.joined(separator: String(separator))]
        for section in portfolio.sections {
            for group in section.fields {
                for project in group.projects {
                    let row = [Portfolio.fieldLabel(group.fieldName, id: group.fieldID, language: language), section.status.word(in: language), project.id]
                        + [project.name, project.accountable.joined(separator: ", "), project.targetGroups.joined(separator: ", "), project.value ?? "", project.indicator ?? ""]
                    lines.append(row.map { Escape.csv($0, separator: separator) }.joined(separator: String(separator)))
                }
            }
        }
        return "\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n"
    }
}
