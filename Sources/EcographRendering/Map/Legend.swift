import EcographCore
import EcographRules

/// The map's legend: one sample of every kind of node, the project statuses and the RACI edges,
/// drawn with the same styles as the map. Its node names start with `_`, which no model id can.
struct Legend {
    let language: Language

    private var german: Bool { language == .de }

    func lines() -> [String] {
        let location = SourceLocation(file: "", line: 0, column: 0)
        func sample(_ kind: NodeKind, _ type: String? = nil, status: ProjectStatus? = nil) -> Node {
            var attributes: [String: AttributeValue] = [:]
            if let type { attributes["type"] = .text(type) }
            if let status { attributes["status"] = .text(status.rawValue) }
            return Node(id: "_", kind: kind, name: "", attributes: attributes, location: location)
        }
        let entries: [(id: String, label: String, node: Node)] = [
            ("_legend_actor", german ? "Akteur" : "Actor", sample(.actor)),
            ("_legend_role", german ? "Rolle" : "Role", sample(.role, "other")),
            ("_legend_cdo", "CDO", sample(.role, "cdo")),
            ("_legend_lotse", german ? "Digitale/r Lotse/in" : "Digital pilot (Lotse)", sample(.role, "lotse")),
            ("_legend_field", german ? "Gestaltungsfeld" : "Field of action", sample(.field)),
            ("_legend_format", german ? "Beteiligungsformat" : "Participation format", sample(.format, "workshop")),
            ("_legend_target", german ? "Zielgruppe" : "Target group", sample(.targetGroup)),
        ] + ProjectStatus.allCases.map { status in
            ("_legend_project_\(status.rawValue)",
             (german ? "Projekt: " : "Project: ") + MapStyle.statusLabel(status, language: language),
             sample(.project, status: status))
        }
        var lines = ["  subgraph \"cluster__legend\" {"]
        let attributes = DotText.attributes([
            ("label", german ? "Legende" : "Legend"), ("style", "rounded"), ("color", "#bdbdbd"),
            ("fontsize", "13"), ("fontname", MapStyle.boldFont), ("class", "legend"), ("id", "legend"),
        ])
        lines.append("    graph \(attributes)")
        for entry in entries {
            let look = MapStyle.look(of: entry.node)
            let attributes = DotText.attributes([
                ("label", entry.label), ("shape", look.shape), ("style", look.style), ("fillcolor", look.fill),
                ("color", look.outline), ("fontcolor", look.fontColor), ("fontname", look.fontName),
                ("fontsize", "10"), ("penwidth", look.penWidth), ("class", "legend"),
            ])
            lines.append("    \(DotText.quoted(entry.id)) \(attributes)")
        }
        let raci: [(EdgeType, String)] = [
            (.accountable, german ? "federführend (A)" : "accountable (A)"),
            (.responsible, german ? "mitwirkend (R)" : "responsible (R)"),
            (.consulted, german ? "beteiligt (C)" : "consulted (C)"),
            (.informed, german ? "informiert (I)" : "informed (I)"),
        ]
        for (index, (type, label)) in raci.enumerated() {
            let look = MapStyle.look(of: type, language: language)
            lines.append("    \"_legend_raci_\(index)\" \(DotText.attributes([("label", label), ("shape", "plaintext"), ("fontsize", "10"), ("class", "legend")]))")
            lines.append("    \"_legend_raci_\(index)_end\" \(DotText.attributes([("label", ""), ("shape", "point"), ("width", "0.05"), ("class", "legend")]))")
            let attributes = DotText.attributes([
                ("color", look.color), ("style", look.style), ("penwidth", look.penWidth), ("class", "legend"),
            ])
            lines.append("    \"_legend_raci_\(index)\" -> \"_legend_raci_\(index)_end\" \(attributes)")
        }
        let findingSeverities: [(Severity, String)] = german
            ? [(.error, "Befund: Fehler"), (.warning, "Befund: Warnung"), (.info, "Befund: Hinweis")]
            : [(.error, "finding: error"), (.warning, "finding: warning"), (.info, "finding: info")]
        for (severity, label) in findingSeverities {
            let attributes = DotText.attributes([
                ("label", label), ("shape", "box"), ("style", "rounded"), ("color", MapStyle.findingOutline(severity)),
                ("penwidth", "3"), ("fontsize", "10"), ("class", "legend"),
            ])
            lines.append("    \"_legend_finding_\(severity.rawValue)\" \(attributes)")
        }
        // Samples in one rank: a column in a left-to-right map, a row in a top-to-bottom one.
        let column = entries.map(\.id) + (0..<raci.count).map { "_legend_raci_\($0)" }
            + ["_legend_finding_error", "_legend_finding_warning", "_legend_finding_info"]
        lines.append("    { rank=same; " + column.map { DotText.quoted($0) }.joined(separator: "; ") + " }")
        lines.append("  }")
        return lines
    }
}
