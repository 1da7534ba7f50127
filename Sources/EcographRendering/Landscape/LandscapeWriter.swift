import EcographCore
import EcographRules
import EcographMessages

/// Writes the DOT text of a ``Landscape``: the systems in a row, the fields above and below
/// them, and between them one line per system and field labelled with the counts (`4 A · 11 R`).
///
/// Each unit is a node titled with its model id (`landesverwaltung`, `mobilitaet`) or, for the
/// synthetic units, ``Landscape/noFieldID`` and ``Landscape/noSystemID``; each line is an edge
/// `<g class="edge landscape-link" id="l-SYSTEM--FIELD">`.
struct LandscapeWriter {
    let landscape: Landscape
    let options: MapOptions
    var graph: EcosystemGraph { landscape.graph }
    var language: Language { options.language }

    /// At most this many fields are drawn as units of their own; the rest are summed up in one.
    static let maximumFields = 24
    /// The id of the unit that sums up the fields beyond ``maximumFields``.
    static let moreFieldsID = "_more-fields"

    func write() -> String {
        let heading = options.title ?? "\(graph.name.isEmpty ? "" : graph.name + " — ")\(MapWords.landscapeTitle.text(in: language))"
        var lines = ["digraph \"landscape\" {"]
        var graphAttributes = MapStyle.graphAttributes(direction: .topToBottom, tooltip: heading)
        // Counts are external labels (`xlabel`), placed beside their line after the layout, so
        // that they do not line up in one row between the bands where no one can tell them apart.
        graphAttributes += [("ranksep", "1.3"), ("nodesep", "0.18"), ("forcelabels", "true"), ("class", "landscape")]
        graphAttributes += MapStyle.pageAttributes(options.page)
        lines.append("  graph \(DotText.attributes(graphAttributes))")
        lines.append("  graph [label=\(legend(heading: heading))]")
        lines.append("  node \(DotText.attributes([("fontname", MapStyle.font), ("fontsize", "11"), ("shape", "box"), ("style", "rounded,filled"), ("margin", "0.08,0.05")]))")
        lines.append("  edge \(DotText.attributes([("fontname", MapStyle.font), ("fontsize", MapStyle.edgeFontSize), ("arrowsize", "0.6")]))")

        let (shown, hidden) = shownFields()
        let order = fieldOrder(shown)
        let above = order.enumerated().filter { $0.offset % 2 == 0 }.map(\.element)
        let below = order.enumerated().filter { $0.offset % 2 == 1 }.map(\.element)

        lines.append("  { rank=same; " + landscape.systems.indices.map { DotText.quoted(landscape.id(ofSystem: $0)) }.joined(separator: "; ") + " }")
        for position in landscape.systems.indices { lines.append("  " + systemStatement(position)) }
        for band in [above, below] where !band.isEmpty {
            lines.append("  { rank=same; " + band.map { DotText.quoted(landscape.id(ofField: $0)) }.joined(separator: "; ") + " }")
            for position in band { lines.append("  " + fieldStatement(position)) }
        }
        if !hidden.isEmpty { lines.append("  " + moreFieldsStatement(hidden)) }
        // Keep the bands apart even where a field has no link: invisible edges through the systems' middle.
        let middle = DotText.quoted(landscape.id(ofSystem: landscape.systems.count / 2))
        if !landscape.systems.isEmpty {
            for position in above { lines.append("  \(DotText.quoted(landscape.id(ofField: position))) -> \(middle) [style=invis, weight=0]") }
            for position in below { lines.append("  \(middle) -> \(DotText.quoted(landscape.id(ofField: position))) [style=invis, weight=0]") }
        }
        let upper = Set(above)
        for link in landscape.links where shown.contains(link.field) {
            if let statement = linkStatement(link, reversed: upper.contains(link.field)) { lines.append("  " + statement) }
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: - Units

    private func systemStatement(_ position: Int) -> String {
        let unit = landscape.systems[position]
        let id = landscape.id(ofSystem: position)
        let node = unit.node.map { graph.nodes[$0] }
        let name = node?.name ?? MapWords.partiesWithoutSystem.text(in: language)
        var rows = [bold(name, size: 13)]
        if node == nil {
            // Who is without a system: the parties themselves, vacant roles marked.
            for party in unit.parties.prefix(3) {
                let vacant = graph.nodes[party].kind == .role && graph.holders(of: party).isEmpty
                let text = DotText.wrapped(graph.nodes[party].name, width: 32).joined(separator: " ")
                rows.append(cellRow(DotText.html(text + (vacant ? " (\(MapWords.vacant.text(in: language)))" : ""))))
            }
            if unit.parties.count > 3 { rows.append(cellRow(DotText.html("… +\(unit.parties.count - 3)"))) }
        } else {
            rows.append(cellRow(DotText.html(MapWords.actorsAndRoles(actors: unit.actors, roles: unit.roles, in: language))))
        }
        if let findings = findingLine(unit.findings) { rows.append(cellRow(findings)) }
        var outline = MapStyle.systemOutline(node?.systemType)
        var penWidth = "1.6"
        if let worst = worst(unit.findings) {
            outline = MapStyle.findingOutline(worst)
            penWidth = "3"
        }
        var attributes: [(String, String)] = [
            ("fillcolor", MapStyle.systemFill(node?.systemType)), ("color", outline), ("penwidth", penWidth),
            ("class", "unit system" + (node?.type.map { " " + $0 } ?? "")), ("id", "n-" + id),
            ("tooltip", name), ("margin", "0.12,0.08"),
        ]
        if let link = options.links[id] { attributes.append(("href", link)) }
        return "\(DotText.quoted(id)) [label=<\(table(rows))>, \(DotText.attributes(attributes).dropFirst())"
    }

    private func fieldStatement(_ position: Int) -> String {
        let unit = landscape.fields[position]
        let id = landscape.id(ofField: position)
        let name = unit.node.map { graph.nodes[$0].name } ?? MapWords.unassignedProjects.text(in: language)
        var rows = [bold(name, size: 12)]
        if unit.node != nil { rows.append(cellRow(lotseLine(unit))) }
        rows.append(statusRow(unit))
        if let findings = findingLine(unit.findings) { rows.append(cellRow(findings)) }
        var outline = "#2a9d8f"
        var penWidth = "1.6"
        if let worst = worst(unit.findings) {
            outline = MapStyle.findingOutline(worst)
            penWidth = "3"
        }
        var attributes: [(String, String)] = [
            ("fillcolor", unit.node == nil ? "#f4f4f4" : "#e4f5f2"), ("color", outline), ("penwidth", penWidth),
            ("class", "unit field" + (unit.hasLotse || unit.node == nil ? "" : " no-lotse")), ("id", "n-" + id),
            ("tooltip", name),
        ]
        if let link = options.links[id] { attributes.append(("href", link)) }
        return "\(DotText.quoted(id)) [label=<\(table(rows))>, \(DotText.attributes(attributes).dropFirst())"
    }

    private func moreFieldsStatement(_ hidden: [Int]) -> String {
        let withoutLotse = hidden.filter { !landscape.fields[$0].hasLotse }.count
        var findings = Landscape.FindingCounts()
        for position in hidden {
            for severity in Severity.allCases { findings[severity] += landscape.fields[position].findings[severity] }
        }
        var rows = [bold("… \(hidden.count) \(MapWords.furtherFields.text(in: language))", size: 12)]
        if withoutLotse > 0 { rows.append(cellRow(red("\(withoutLotse) × \(MapWords.noLotse.text(in: language))"))) }
        if let line = findingLine(findings) { rows.append(cellRow(line)) }
        let attributes: [(String, String)] = [
            ("fillcolor", "#f4f4f4"), ("color", "#9e9e9e"), ("class", "unit more-fields"), ("id", "n-" + Self.moreFieldsID),
        ]
        return "\(DotText.quoted(Self.moreFieldsID)) [label=<\(table(rows))>, \(DotText.attributes(attributes).dropFirst())"
    }

    private func lotseLine(_ unit: Landscape.FieldUnit) -> String {
        let holders = unit.pilots.flatMap(\.holders)
        if !holders.isEmpty {
            let names = Array(Set(holders)).sorted().map { graph.nodes[$0].name }
            return DotText.html(MapWords.lotseOf.text(in: language) + names.joined(separator: ", "))
        }
        return red(unit.pilots.isEmpty ? MapWords.noLotse.text(in: language) : MapWords.vacantLotse.text(in: language))
    }

    /// One small coloured cell per status with the number of projects, like the legend's swatches.
    private func statusRow(_ unit: Landscape.FieldUnit) -> String {
        let statuses: [ProjectStatus?] = ProjectStatus.allCases.reversed().map { $0 } + [nil]
        let cells = statuses.compactMap { status -> String? in
            guard let count = unit.statusCounts[status], count > 0 else { return nil }
            let look = MapStyle.look(ofProjectWith: status)
            let word = status?.word(in: language) ?? MapWords.noStatus.text(in: language)
            return ##"<TD BGCOLOR="\##(look.fill)" BORDER="1" COLOR="\##(look.outline)" STYLE="rounded" TITLE="\##(DotText.html(word))"> \##(count) </TD>"##
        }
        guard !cells.isEmpty else { return cellRow(red(MapWords.noProjects.text(in: language))) }
        return ##"<TR><TD><TABLE BORDER="0" CELLSPACING="2" CELLPADDING="1"><TR>"## + cells.joined() + "</TR></TABLE></TD></TR>"
    }

    // MARK: - Links

    private func linkStatement(_ link: Landscape.Link, reversed: Bool) -> String? {
        let (accountable, responsible) = (link.count(.accountable), link.count(.responsible))
        guard accountable + responsible > 0 else { return nil }
        let system = landscape.id(ofSystem: link.system)
        let field = landscape.id(ofField: link.field)
        var label: [String] = []
        if accountable > 0 { label.append("\(accountable) A") }
        if responsible > 0 { label.append("\(responsible) R") }
        let systemName = landscape.systems[link.system].node.map { graph.nodes[$0].name } ?? MapWords.partiesWithoutSystem.text(in: language)
        let fieldName = landscape.fields[link.field].node.map { graph.nodes[$0].name } ?? MapWords.unassignedProjects.text(in: language)
        let counts = [EdgeType.accountable, .responsible, .consulted, .informed].filter { link.count($0) > 0 }
            .map { "\(link.count($0)) \(MapWords.edge($0).text(in: language))" }
        let width = min(5, (accountable > 0 ? 1 : 0.6) + Double(accountable + responsible).squareRoot() * 0.8)
        var attributes: [(String, String)] = [
            ("class", "landscape-link"), ("id", "l-\(system)--\(field)"), ("xlabel", label.joined(separator: " · ")),
            ("color", accountable > 0 ? "#b03a2e" : "#8c8c8c"), ("fontcolor", accountable > 0 ? "#8a2a20" : "#4a4a4a"),
            ("penwidth", String(format: "%.1f", width)),
            ("tooltip", "\(systemName) — \(fieldName): " + counts.joined(separator: ", ")),
        ]
        if reversed {
            attributes.append(("dir", "back"))
            attributes.append(("arrowtail", "normal"))
            return "\(DotText.quoted(field)) -> \(DotText.quoted(system)) \(DotText.attributes(attributes))"
        }
        return "\(DotText.quoted(system)) -> \(DotText.quoted(field)) \(DotText.attributes(attributes))"
    }

    // MARK: - Order and selection

    /// The fields drawn as units, and those summed up: the ones with most findings and projects stay.
    private func shownFields() -> (shown: Set<Int>, hidden: [Int]) {
        let all = Array(landscape.fields.indices)
        guard all.count > Self.maximumFields else { return (Set(all), []) }
        let ranked = all.sorted { lhs, rhs in
            let (left, right) = (landscape.fields[lhs], landscape.fields[rhs])
            let leftKey = (left.findings.errors, left.findings.warnings, left.projects.count)
            let rightKey = (right.findings.errors, right.findings.warnings, right.projects.count)
            return leftKey != rightKey ? leftKey > rightKey : lhs < rhs
        }
        let shown = Set(ranked.prefix(Self.maximumFields - 1))
        return (shown, all.filter { !shown.contains($0) })
    }

    /// Fields ordered by the systems they link to (the mean position, weighted by A and R), so
    /// that lines fan out rather than cross.
    private func fieldOrder(_ shown: Set<Int>) -> [Int] {
        var weight: [Int: (sum: Double, total: Double)] = [:]
        for link in landscape.links {
            let value = Double(link.count(.accountable) + link.count(.responsible))
            let current = weight[link.field] ?? (0, 0)
            weight[link.field] = (current.sum + value * Double(link.system), current.total + value)
        }
        func centre(_ field: Int) -> Double {
            guard let entry = weight[field], entry.total > 0 else { return Double(landscape.systems.count) }
            return entry.sum / entry.total
        }
        return shown.sorted { centre($0) != centre($1) ? centre($0) < centre($1) : $0 < $1 }
    }

    // MARK: - Label pieces

    private func legend(heading: String) -> String {
        guard options.showLegend else { return Legend.titleOnly(heading) }
        var entries: [Legend.Entry] = []
        let statuses = Set(landscape.fields.flatMap { $0.statusCounts.filter { $0.value > 0 }.map(\.key) })
        for status in ProjectStatus.allCases.reversed() where statuses.contains(status) { entries.append(.project(status)) }
        if statuses.contains(nil) { entries.append(.project(nil)) }
        entries.append(.line(color: "#b03a2e", width: "2.6", label: MapWords.linkWithLead))
        entries.append(.line(color: "#8c8c8c", width: "1.2", label: MapWords.linkWithoutLead))
        let worstSeverities = Set((landscape.fields.map(\.findings) + landscape.systems.map(\.findings)).compactMap(worst))
        for severity in Severity.allCases where worstSeverities.contains(severity) { entries.append(.finding(severity)) }
        var legend = Legend(language: language, entries: entries, columns: 5)
        legend.subtitle = cdoLine()
        legend.note = MapWords.landscapeNote
        return legend.label(title: heading)
    }

    /// `CDO: Dr. Katharina Albrecht · coordinates 14 of 14 fields`.
    private func cdoLine() -> String {
        let fieldCount = graph.count(of: .field)
        guard !landscape.cdos.isEmpty else { return MapWords.noCDO.text(in: language) }
        return landscape.cdos.map { cdo in
            let holders = cdo.holders.map { graph.nodes[$0].name }
            let who = holders.isEmpty ? graph.nodes[cdo.role].name + " (\(MapWords.vacant.text(in: language)))" : holders.joined(separator: ", ")
            return "CDO: \(who) · \(MapWords.coordinatesFields.text(in: language)) \(cdo.fields)/\(fieldCount) \(MapWords.ofFields.text(in: language))"
        }.joined(separator: "; ")
    }

    private func findingLine(_ counts: Landscape.FindingCounts) -> String? {
        guard counts.total > 0 else { return nil }
        let text = MapWords.findingCounts(errors: counts.errors, warnings: counts.warnings, infos: counts.infos, in: language)
        let colour = MapStyle.findingOutline(worst(counts) ?? .info)
        return ##"<FONT COLOR="\##(colour)">\##(DotText.html(text))</FONT>"##
    }

    private func worst(_ counts: Landscape.FindingCounts) -> Severity? {
        Severity.allCases.first { counts[$0] > 0 }
    }

    private func bold(_ text: String, size: Int) -> String {
        let lines = DotText.wrapped(text, width: MapStyle.labelWidth).map(DotText.html).joined(separator: "<BR/>")
        return ##"<TR><TD><FONT POINT-SIZE="\##(size)" FACE="\##(MapStyle.boldFont)">\##(lines)</FONT></TD></TR>"##
    }

    private func cellRow(_ html: String) -> String { "<TR><TD>\(html)</TD></TR>" }

    private func red(_ text: String) -> String { ##"<FONT COLOR="#c62828" FACE="\##(MapStyle.boldFont)">\##(DotText.html(text))</FONT>"## }

    private func table(_ rows: [String]) -> String {
        ##"<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="1">"## + rows.joined() + "</TABLE>"
    }
}
