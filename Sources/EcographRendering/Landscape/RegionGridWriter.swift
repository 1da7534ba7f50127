import EcographCore
import EcographRules
import EcographMessages

/// Writes the DOT text of a ``RegionGrid``: tables of municipalities × themes side by side, as
/// many rows each as a page holds, coloured by ``RegionGrid/State``. Each table is a node named
/// `_grid-1`, `_grid-2`, …; a region larger than a page shows the municipalities with most
/// findings and sums up the rest in a last row.
struct RegionGridWriter {
    let grid: RegionGrid
    let graph: EcosystemGraph
    let options: MapOptions
    var language: Language { options.language }

    /// The prefix of the tables' node names (synthetic: they start with `_`).
    static let tablePrefix = "_grid-"
    /// The key under which ``MapOptions/links`` holds the link of a municipality's row.
    static func linkKey(ofEcosystem name: String) -> String { "ecosystem:" + name }

    /// Estimated sizes, in points at 10 pt type, from which the number of tables side by side
    /// is chosen so that the page keeps 8 pt text; the drawing is measured afterwards.
    private enum Estimate {
        static let rowHeight = 15.5
        static let heading = 190.0
        static let themeWidth = 28.0
        static let countWidth = 36.0
        static let characterWidth = 5.8
        static let gap = 22.0
        static let minimumScale = 0.8
    }

    func write() -> String {
        let heading = options.title ?? "\(grid.name) — \(MapWords.gridTitle(grid.rows.count, in: language))"
        var lines = ["digraph \"region\" {"]
        var attributes = MapStyle.graphAttributes(direction: .topToBottom, tooltip: heading)
        attributes += [("nodesep", "0.3"), ("class", "region-grid")]
        attributes += MapStyle.pageAttributes(options.page)
        lines.append("  graph \(DotText.attributes(attributes))")
        lines.append("  graph [label=\(legend(heading: heading))]")
        lines.append("  node \(DotText.attributes([("fontname", MapStyle.font), ("fontsize", "10"), ("shape", "plain")]))")
        let (tableCount, rows, rest) = arrangement()
        let perTable = max(1, Int((Double(rows.count) / Double(tableCount)).rounded(.up)))
        let tables = stride(from: 0, to: max(rows.count, 1), by: perTable).map { start in
            Array(rows[start..<min(start + perTable, rows.count)])
        }
        for (number, table) in tables.enumerated() {
            let isLast = number == tables.count - 1
            let name = Self.tablePrefix + String(number + 1)
            // Shorter tables get empty rows, so that all start at the top.
            let label = self.table(table, rest: isLast ? rest : [], padding: perTable - table.count - (isLast && !rest.isEmpty ? 1 : 0))
            lines.append("  \(DotText.quoted(name)) [label=<\(label)>, class=\"grid\", id=\"\(name)\", tooltip=\(DotText.quoted(heading))]")
        }
        // Side by side: in one rank, chained invisibly to keep their order.
        let names = tables.indices.map { DotText.quoted(Self.tablePrefix + String($0 + 1)) }
        if names.count > 1 {
            lines.append("  { rank=same; " + names.joined(separator: "; ") + " }")
            lines.append("  " + names.joined(separator: " -> ") + " [style=invis]")
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// How many tables side by side, and which rows: the number of tables that lets the page be
    /// printed largest; when even the best does not keep 8 pt text, the rows with most findings
    /// are kept and the rest summed up in a last row.
    private func arrangement() -> (tables: Int, shown: [RegionGrid.Row], rest: [RegionGrid.Row]) {
        let page = options.page ?? .a3Landscape
        let longestName = Double(min(26, grid.rows.map(\.name.count).max() ?? 10))
        let nameWidth: Double = longestName * Estimate.characterWidth + 12
        let themesWidth: Double = Estimate.themeWidth * Double(grid.themes.count)
        let tableWidth: Double = nameWidth + themesWidth + 2 * Estimate.countWidth
        func scale(tables: Int, rows: Int) -> Double {
            let perTable = (Double(rows) / Double(tables)).rounded(.up)
            let totalWidth: Double = Double(tables) * tableWidth + Double(tables - 1) * Estimate.gap
            let height: Double = Estimate.heading + (perTable + 1) * Estimate.rowHeight
            return min(1, page.width / totalWidth, page.height / height)
        }
        let count = max(1, grid.rows.count)
        let best = (1...8).max { scale(tables: $0, rows: count) < scale(tables: $1, rows: count) }!
        if scale(tables: best, rows: count) >= Estimate.minimumScale { return (best, grid.rows, []) }
        // Too many municipalities for one page: as many rows as fit, the worst first.
        func width(tables: Int) -> Double { Double(tables) * tableWidth + Double(tables - 1) * Estimate.gap }
        let widest = (1...8).filter { width(tables: $0) <= page.width / Estimate.minimumScale }.max() ?? 1
        let perTable = max(2, Int((page.height / Estimate.minimumScale - Estimate.heading) / Estimate.rowHeight) - 1)
        let capacity = widest * perTable
        let ranked = grid.rows.sorted { lhs, rhs in
            let left = (lhs.findings.errors, lhs.findings.warnings, lhs.findings.infos)
            let right = (rhs.findings.errors, rhs.findings.warnings, rhs.findings.infos)
            return left != right ? left > right : lhs.part < rhs.part
        }
        let shown = ranked.prefix(capacity - 1).sorted { $0.part < $1.part }
        return (widest, shown, Array(ranked.dropFirst(capacity - 1)))
    }

    private func table(_ rows: [RegionGrid.Row], rest: [RegionGrid.Row], padding: Int) -> String {
        var html = ##"<TABLE BORDER="0" CELLBORDER="1" CELLSPACING="1" CELLPADDING="1" COLOR="#ffffff">"##
        html += "<TR>" + header(MapWords.municipality.text(in: language), align: "LEFT")
        for (theme, code) in zip(grid.themes, grid.codes) { html += header(code, title: theme) }
        html += header(MapWords.errorsShort.text(in: language)) + header(MapWords.warningsShort.text(in: language)) + "</TR>"
        for row in rows {
            html += "<TR>" + nameCell(row)
            for (position, cell) in row.cells.enumerated() { html += self.cell(cell, theme: grid.themes[position], row: row) }
            html += countCell(row.findings.errors, colour: MapStyle.findingOutline(.error))
            html += countCell(row.findings.warnings, colour: MapStyle.findingOutline(.warning)) + "</TR>"
        }
        if !rest.isEmpty {
            let errors = rest.reduce(0) { $0 + $1.findings.errors }
            let warnings = rest.reduce(0) { $0 + $1.findings.warnings }
            let text = MapWords.moreMunicipalities(rest.count, in: language)
            html += ##"<TR><TD ALIGN="LEFT" COLSPAN="\##(grid.themes.count + 1)" BGCOLOR="#f4f4f4">\##(DotText.html(text))</TD>"##
            html += countCell(errors, colour: MapStyle.findingOutline(.error)) + countCell(warnings, colour: MapStyle.findingOutline(.warning)) + "</TR>"
        }
        for _ in 0..<max(0, padding) {
            html += "<TR>" + String(repeating: "<TD> </TD>", count: grid.themes.count + 3) + "</TR>"
        }
        return html + "</TABLE>"
    }

    private func header(_ text: String, align: String = "CENTER", title: String? = nil) -> String {
        let tooltip = title.map { " TITLE=\"\(DotText.html($0))\"" } ?? ""
        return ##"<TD ALIGN="\##(align)" BGCOLOR="#ececec"\##(tooltip)><B>\##(DotText.html(text))</B></TD>"##
    }

    private func nameCell(_ row: RegionGrid.Row) -> String {
        let name = row.name.count > 26 ? String(row.name.prefix(25)) + "…" : row.name
        var attributes = ##" ALIGN="LEFT" TITLE="\##(DotText.html(row.name))""##
        if let link = options.links[Self.linkKey(ofEcosystem: row.name)] { attributes += " HREF=\"\(DotText.html(link))\"" }
        return "<TD\(attributes)>\(DotText.html(name))</TD>"
    }

    private func cell(_ cell: RegionGrid.Cell?, theme: String, row: RegionGrid.Row) -> String {
        guard let cell else {
            return ##"<TD BGCOLOR="\##(Self.missingFill)" TITLE="\##(DotText.html("\(row.name) · \(theme): \(MapWords.cellMissing.text(in: language))"))"><FONT COLOR="#9e9e9e">–</FONT></TD>"##
        }
        var facts = [Self.word(for: cell.state).text(in: language), MapWords.projects(cell.projects, in: language)]
        let counts = MapWords.findingCounts(errors: cell.findings.errors, warnings: cell.findings.warnings, infos: cell.findings.infos, in: language)
        if !counts.isEmpty { facts.append(counts) }
        var attributes = ##" BGCOLOR="\##(Self.fill(cell.state))" TITLE="\##(DotText.html("\(row.name) · \(theme): " + facts.joined(separator: ", ")))""##
        if let field = cell.fields.first, let link = options.links[fieldID(field)] { attributes += " HREF=\"\(DotText.html(link))\"" }
        let text = cell.state <= .errors ? "<B>\(cell.projects)</B>" : "\(cell.projects)"
        return "<TD\(attributes)>\(text)</TD>"
    }

    private func fieldID(_ field: Int) -> String { graph.nodes[field].id }

    private func countCell(_ count: Int, colour: String) -> String {
        guard count > 0 else { return ##"<TD><FONT COLOR="#9e9e9e">0</FONT></TD>"## }
        return ##"<TD><FONT COLOR="\##(colour)"><B>\##(count)</B></FONT></TD>"##
    }

    private func legend(heading: String) -> String {
        guard options.showLegend else { return Legend.titleOnly(heading) }
        var entries: [Legend.Entry] = RegionGrid.State.allCases.reversed().map { state in
            .swatch(fill: Self.fill(state), outline: "#bdbdbd", label: Self.word(for: state))
        }
        entries.append(.swatch(fill: Self.missingFill, outline: "#bdbdbd", label: MapWords.cellMissing))
        var legend = Legend(language: language, entries: entries, columns: 5)
        legend.subtitle = zip(grid.codes, grid.themes).map { "\($0) \($1)" }.joined(separator: " · ")
        legend.note = MapWords.gridNote
        return legend.label(title: heading)
    }

    static let missingFill = "#f2f2f2"

    static func fill(_ state: RegionGrid.State) -> String {
        switch state {
        case .noLotse: return "#f4a6a6"
        case .errors: return "#fbc98e"
        case .noProjects: return "#fff1bf"
        case .clear: return "#cfeed6"
        }
    }

    static func word(for state: RegionGrid.State) -> LocalizedText {
        switch state {
        case .noLotse: return MapWords.cellNoLotse
        case .errors: return MapWords.cellErrors
        case .noProjects: return MapWords.cellNoProjects
        case .clear: return MapWords.cellLotse
        }
    }
}
