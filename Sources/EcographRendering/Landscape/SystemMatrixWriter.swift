import EcographCore
import EcographRules
import EcographMessages

/// Writes the DOT text of a system too large for a map of its nodes: a table of its actors
/// (rows) × the fields of action (columns), each cell counting how often the actor — itself or
/// through the roles it holds — is accountable (A) or responsible (R) for projects of the field.
/// One node, `_matrix`, a table Graphviz draws; the page shows who in the system carries what.
struct SystemMatrixWriter {
    let graph: EcosystemGraph
    let system: Int
    let findings: [Finding]
    let options: MapOptions
    var language: Language { options.language }

    /// The name of the table's node (synthetic: it starts with `_`).
    static let nodeName = "_matrix"
    /// Rows the table holds on a page; further actors are summed up in a last row.
    static let maximumRows = 48

    struct Row {
        let actor: Int
        var roles: [Int]
        var counts: [Int: (accountable: Int, responsible: Int, other: Int)] = [:]
        var total: Int { counts.values.reduce(0) { $0 + 2 * $1.accountable + $1.responsible + $1.other } }
    }

    func write() -> String {
        let node = graph.nodes[system]
        let heading = options.title ?? "\(node.name) — \(MapWords.whoDoesWhat.text(in: language))"
        var rows: [Row] = []
        var involvedFields = Set<Int>()
        for actor in graph.sources(of: system, via: .inSystem) where graph.nodes[actor].kind == .actor {
            var row = Row(actor: actor, roles: graph.targets(of: actor, via: .holds))
            for party in [actor] + row.roles {
                for type in EdgeType.raci {
                    for project in graph.targets(of: party, via: type) {
                        for field in graph.targets(of: project, via: .inField) {
                            involvedFields.insert(field)
                            var count = row.counts[field] ?? (0, 0, 0)
                            switch type {
                            case .accountable: count.accountable += 1
                            case .responsible: count.responsible += 1
                            default: count.other += 1
                            }
                            row.counts[field] = count
                        }
                    }
                }
            }
            rows.append(row)
        }
        let fields = involvedFields.sorted()
        let codes = RegionGrid.codes(for: fields.map { graph.nodes[$0].name })
        let involved = rows.filter { !$0.counts.isEmpty || !$0.roles.isEmpty }
            .sorted { $0.total != $1.total ? $0.total > $1.total : $0.actor < $1.actor }
        let shown = Array(involved.prefix(Self.maximumRows))
        let others = rows.count - shown.count

        var html = ##"<TABLE BORDER="0" CELLBORDER="1" CELLSPACING="1" CELLPADDING="2" COLOR="#ffffff">"##
        html += "<TR>" + header(MapWords.actorHeading.text(in: language), align: "LEFT") + header(MapWords.roles.text(in: language).capitalizedFirst, align: "LEFT")
        for (field, code) in zip(fields, codes) { html += header(code, title: graph.nodes[field].name, link: options.links[graph.nodes[field].id]) }
        html += "</TR>"
        for row in shown {
            let actor = graph.nodes[row.actor]
            var nameAttributes = ##" ALIGN="LEFT" TITLE="\##(DotText.html(actor.name))""##
            if let link = options.links[actor.id] { nameAttributes += " HREF=\"\(DotText.html(link))\"" }
            let worst = findings.filter { $0.subject == actor.id }.map(\.severity).min()
            let name = DotText.html(shortened(actor.name, 30))
            html += "<TR><TD\(nameAttributes)>" + (worst.map { ##"<FONT COLOR="\##(MapStyle.findingOutline($0))"><B>\##(name)</B></FONT>"## } ?? name) + "</TD>"
            let roles = row.roles.map { graph.nodes[$0].name }.joined(separator: ", ")
            html += ##"<TD ALIGN="LEFT" TITLE="\##(DotText.html(roles.isEmpty ? "–" : roles))">\##(DotText.html(roles.isEmpty ? "–" : shortened(roles, 34)))</TD>"##
            for field in fields { html += cell(row.counts[field], actor: actor.name, field: graph.nodes[field].name) }
            html += "</TR>"
        }
        if others > 0 {
            html += ##"<TR><TD ALIGN="LEFT" COLSPAN="\##(fields.count + 2)" BGCOLOR="#f4f4f4">\##(DotText.html(MapWords.furtherActors(others, in: language)))</TD></TR>"##
        }
        html += "</TABLE>"

        var lines = ["digraph \"system\" {"]
        var attributes = MapStyle.graphAttributes(direction: .topToBottom, tooltip: heading)
        attributes += [("class", "system-matrix")]
        attributes += MapStyle.pageAttributes(options.page)
        lines.append("  graph \(DotText.attributes(attributes))")
        var legend = Legend(language: language, entries: [
            .swatch(fill: Self.leadFill, outline: "#bdbdbd", label: MapWords.linkWithLead),
            .swatch(fill: Self.workFill, outline: "#bdbdbd", label: MapWords.linkWithoutLead),
            .swatch(fill: Self.otherFill, outline: "#bdbdbd", label: MapWords.consultedOrInformed),
        ], columns: 3)
        legend.subtitle = zip(codes, fields).map { "\($0) \(graph.nodes[$1].name)" }.joined(separator: " · ")
        legend.note = MapWords.matrixNote
        lines.append("  graph [label=\(options.showLegend ? legend.label(title: heading) : Legend.titleOnly(heading))]")
        lines.append("  node \(DotText.attributes([("fontname", MapStyle.font), ("fontsize", "10"), ("shape", "plain")]))")
        lines.append("  \(DotText.quoted(Self.nodeName)) [label=<\(html)>, class=\"matrix\", id=\"\(Self.nodeName)\", tooltip=\(DotText.quoted(heading))]")
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    static let leadFill = "#f6c3bd"
    static let workFill = "#e0e0e0"
    static let otherFill = "#f5f5f5"

    private func cell(_ count: (accountable: Int, responsible: Int, other: Int)?, actor: String, field: String) -> String {
        guard let count else { return "<TD> </TD>" }
        var text: [String] = []
        if count.accountable > 0 { text.append("\(count.accountable) A") }
        if count.responsible > 0 { text.append("\(count.responsible) R") }
        let fill = count.accountable > 0 ? Self.leadFill : count.responsible > 0 ? Self.workFill : Self.otherFill
        let shown = text.isEmpty ? "·" : text.joined(separator: " ")
        var facts = [EdgeType.accountable: count.accountable, .responsible: count.responsible].filter { $0.value > 0 }
            .sorted { $0.key.rawValue < $1.key.rawValue }.map { "\($0.value) \(MapWords.edge($0.key).text(in: language))" }
        if count.other > 0 { facts.append("\(count.other) \(MapWords.consultedOrInformed.text(in: language))") }
        return ##"<TD BGCOLOR="\##(fill)" TITLE="\##(DotText.html("\(actor) · \(field): " + facts.joined(separator: ", ")))">\##(shown)</TD>"##
    }

    private func header(_ text: String, align: String = "CENTER", title: String? = nil, link: String? = nil) -> String {
        var attributes = ##" ALIGN="\##(align)" BGCOLOR="#ececec""##
        if let title { attributes += " TITLE=\"\(DotText.html(title))\"" }
        if let link { attributes += " HREF=\"\(DotText.html(link))\"" }
        return "<TD\(attributes)><B>\(DotText.html(text))</B></TD>"
    }

    private func shortened(_ text: String, _ length: Int) -> String {
        text.count > length ? String(text.prefix(length - 1)) + "…" : text
    }
}

extension String {
    /// The text with its first letter in upper case (`roles` → `Roles`).
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
