import EcographCore
import EcographRules

/// The map's legend: one table node with a swatch of every kind of node, the project statuses,
/// the relation styles and the finding outlines, coloured from ``MapStyle`` so that legend and
/// map cannot disagree. Its node name starts with `_`, which no model id can.
struct Legend {
    let language: Language
    let detail: MapDetail

    private var german: Bool { language == .de }

    /// The legend's node in DOT, with an HTML-like table as its label.
    func lines() -> [String] {
        var rows = [##"<TR><TD COLSPAN="2" ALIGN="LEFT"><B>\##(escaped(german ? "Legende" : "Legend"))</B></TD></TR>"##]
        rows += nodeRows().map { row(swatch: $0.look, label: $0.label) }
        rows += edgeRows().map { row(line: $0.look, label: $0.label) }
        rows += findingRows()
        if detail == .overview {
            let note = german
                ? "Übersicht: Beteiligte (C), Informierte (I), Beteiligungsformate und<BR ALIGN=\"LEFT\"/>Zielgruppen zeigt --detail full oder eine Ansicht (--field, --system, --focus)."
                : "Overview: consulted (C) and informed (I) parties, participation formats<BR ALIGN=\"LEFT\"/>and target groups are shown by --detail full or a view (--field, --system, --focus)."
            rows.append(##"<TR><TD COLSPAN="2" ALIGN="LEFT"><FONT POINT-SIZE="9" COLOR="#555555">\##(note)<BR ALIGN="LEFT"/></FONT></TD></TR>"##)
        }
        let table = ##"<<TABLE BORDER="1" COLOR="#bdbdbd" CELLBORDER="0" CELLSPACING="3" CELLPADDING="2" STYLE="rounded" BGCOLOR="white">"##
            + rows.joined() + "</TABLE>>"
        let attributes = DotText.attributes([
            ("shape", "plain"), ("class", "legend"), ("id", "legend"), ("fontsize", "10"), ("tooltip", german ? "Legende" : "Legend"),
        ])
        return ["  \"_legend\" [label=\(table), \(attributes.dropFirst())"]
    }

    private func nodeRows() -> [(look: MapStyle.NodeLook, label: String)] {
        func sample(_ kind: NodeKind, _ type: String? = nil, status: ProjectStatus? = nil) -> MapStyle.NodeLook {
            var attributes: [String: AttributeValue] = [:]
            if let type { attributes["type"] = .text(type) }
            if let status { attributes["status"] = .text(status.rawValue) }
            return MapStyle.look(of: Node(id: "_", kind: kind, name: "", attributes: attributes, location: SourceLocation(file: "", line: 0, column: 0)))
        }
        var rows: [(MapStyle.NodeLook, String)] = [
            (sample(.actor), german ? "Akteur (im Rahmen seines Systems)" : "Actor (inside its system)"),
            (sample(.role, "cdo"), "Chief Digital Officer (CDO)"),
            (sample(.role, "lotse"), german ? "Digitale Lotsin / Digitaler Lotse" : "Digital pilot (Lotse)"),
            (sample(.role, "chief-executive"), german ? "Verwaltungsspitze" : "Chief executive"),
            (sample(.role, "other"), german ? "Weitere Rolle" : "Other role"),
            (sample(.field), german ? "Gestaltungsfeld (Sechseck)" : "Field of action (hexagon)"),
        ]
        if detail == .full {
            rows.append((sample(.format, "workshop"), german ? "Beteiligungsformat" : "Participation format"))
            rows.append((sample(.targetGroup), german ? "Zielgruppe" : "Target group"))
        }
        for status in ProjectStatus.allCases {
            rows.append((sample(.project, status: status), (german ? "Projekt: " : "Project: ") + status.word(in: language)))
        }
        return rows
    }

    private func edgeRows() -> [(look: MapStyle.EdgeLook, label: String)] {
        var rows: [(EdgeType, String)] = [
            (.accountable, german ? "federführend (A)" : "accountable (A)"),
            (.responsible, german ? "mitwirkend (R)" : "responsible (R)"),
        ]
        if detail == .full {
            rows += [
                (.consulted, german ? "beteiligt (C)" : "consulted (C)"),
                (.informed, german ? "informiert (I)" : "informed (I)"),
            ]
        }
        rows += [
            (.holds, german ? "hat die Rolle inne" : "holds the role"),
            (.pilots, german ? "lotst das Feld" : "pilots the field"),
            (.inField, german ? "Projekt im Feld" : "project in the field"),
        ]
        return rows.map { (MapStyle.look(of: $0.0, language: language), $0.1) }
    }

    private func findingRows() -> [String] {
        let severities: [(Severity, String)] = german
            ? [(.error, "Befund: Fehler"), (.warning, "Befund: Warnung"), (.info, "Befund: Hinweis")]
            : [(.error, "Finding: error"), (.warning, "Finding: warning"), (.info, "Finding: info")]
        return severities.map { severity, label in
            var look = MapStyle.NodeLook(shape: "box", style: "rounded", fill: "#ffffff", outline: MapStyle.findingOutline(severity))
            look.penWidth = "3"
            return row(swatch: look, label: label, border: 3)
        }
    }

    private func row(swatch look: MapStyle.NodeLook, label: String, border: Int = 1) -> String {
        let swatch = ##"<TD WIDTH="34" BORDER="\##(border)" STYLE="rounded" BGCOLOR="\##(look.fill)" COLOR="\##(look.outline)"> </TD>"##
        return "<TR>\(swatch)\(labelCell(label))</TR>"
    }

    private func row(line look: MapStyle.EdgeLook, label: String) -> String {
        let stroke: String
        switch look.style {
        case "dashed": stroke = "╌╌╌╌"
        case "dotted": stroke = "┈┈┈┈"
        default: stroke = (Double(look.penWidth) ?? 1) >= 2 ? "━━━━" : "────"
        }
        let head = look.arrowHead == "none" ? "" : "▶"
        let swatch = ##"<TD WIDTH="34" ALIGN="CENTER"><FONT COLOR="\##(look.color)">\##(stroke)\##(head)</FONT></TD>"##
        return "<TR>\(swatch)\(labelCell(label))</TR>"
    }

    private func labelCell(_ label: String) -> String {
        ##"<TD ALIGN="LEFT">\##(escaped(label))</TD>"##
    }

    private func escaped(_ text: String) -> String { DotText.html(text) }
}
