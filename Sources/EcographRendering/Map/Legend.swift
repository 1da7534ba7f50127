import EcographCore
import Foundation
import EcographRules
import EcographMessages

/// The map's heading and legend, drawn as the graph's own label (an HTML-like table above the
/// map), not as a node: the title, then a swatch for each kind of node, project status,
/// relation and finding *that the map shows*, in a few rows. Coloured from ``MapStyle`` so that
/// legend and map cannot disagree.
struct Legend {
    /// One thing the legend explains.
    enum Entry: Hashable, Comparable {
        case actor, cdo, lotse, chiefExecutive, otherRole, field, format, targetGroup
        case project(ProjectStatus?)
        /// A kind a profile declares, drawn in the profile's style.
        case profileKind(NodeKind)
        case edge(EdgeType)
        case finding(Severity)
        /// A swatch of the landscape or grid: a fill colour with a label.
        case swatch(fill: String, outline: String, label: LocalizedText)
        /// A line of the landscape: a colour with a label.
        case line(color: String, width: String, label: LocalizedText)

        static func < (lhs: Entry, rhs: Entry) -> Bool { lhs.rank < rhs.rank }

        private var rank: Int {
            switch self {
            case .actor: return 0
            case .cdo: return 1
            case .lotse: return 2
            case .chiefExecutive: return 3
            case .otherRole: return 4
            case .field: return 5
            case .format: return 6
            case .targetGroup: return 7
            case .profileKind(let kind): return 100 + (NodeKind.known.firstIndex(of: kind) ?? 0)
            case .project(let status): return 10 + (status.map { ProjectStatus.allCases.firstIndex(of: $0)! } ?? 5)
            case .edge(let type): return 20 + (Legend.edgeOrder.firstIndex(of: type) ?? Legend.edgeOrder.count)
            case .finding(let severity): return 40 + Severity.allCases.firstIndex(of: severity)!
            case .swatch, .line: return 50
            }
        }
    }

    /// The order relations are explained in.
    static let edgeOrder: [EdgeType] = [.accountable, .responsible, .consulted, .informed, .holds, .pilots, .inField, .advises, .coordinates, .targets, .participation]

    let language: Language
    /// What to explain, in this order (swatches in the order given, after the rest).
    let entries: [Entry]
    /// A line under the title, if any (the landscape's CDO).
    var subtitle: String?
    /// A line of small print under the entries, if any.
    var note: LocalizedText?
    /// How many entries a row holds.
    var columns: Int = 5

    /// The legend entry a node is explained by.
    static func entry(for node: Node) -> Entry {
        switch node.kind {
        case .system: return .actor
        case .actor: return .actor
        case .field: return .field
        case .format: return .format
        case .targetGroup: return .targetGroup
        case .project: return .project(node.status)
        case .role:
            switch node.roleType {
            case .cdo?: return .cdo
            case .lotse?: return .lotse
            case .chiefExecutive?, .board?: return .chiefExecutive
            default: return .otherRole
            }
        default: return .profileKind(node.kind)
        }
    }

    /// The graph label: the title in bold, the legend under it. An HTML-like label for DOT.
    func label(title: String, titleSize: Int = 18) -> String {
        var rows = [##"<TR><TD ALIGN="LEFT"><FONT POINT-SIZE="\##(titleSize)" FACE="\##(MapStyle.boldFont)">\##(DotText.html(title))</FONT></TD></TR>"##]
        if let subtitle {
            // Broken at " · " into lines of about 90 characters, so that a long key does not widen the map.
            let lines = Self.lines(of: subtitle, width: 90).map(DotText.html).joined(separator: ##"<BR ALIGN="LEFT"/>"##)
            rows.append(##"<TR><TD ALIGN="LEFT"><FONT POINT-SIZE="12">\##(lines)<BR ALIGN="LEFT"/></FONT></TD></TR>"##)
        }
        // The entries in a table of their own, so that a long title does not stretch their columns.
        var entryRows: [String] = []
        var row: [String] = []
        for cell in entries.map(cell) {
            row.append(cell)
            if row.count == columns {
                entryRows.append("<TR>" + row.joined() + "</TR>")
                row = []
            }
        }
        if !row.isEmpty { entryRows.append("<TR>" + row.joined() + "</TR>") }
        if !entryRows.isEmpty {
            rows.append(##"<TR><TD ALIGN="LEFT"><TABLE BORDER="0" CELLBORDER="0" CELLSPACING="2" CELLPADDING="1">"## + entryRows.joined() + "</TABLE></TD></TR>")
        }
        if let note {
            rows.append(##"<TR><TD ALIGN="LEFT"><FONT COLOR="#555555">\##(DotText.html(note.text(in: language)))</FONT></TD></TR>"##)
        }
        return ##"<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="1" CELLPADDING="1">"## + rows.joined() + "</TABLE>>"
    }

    /// A text of parts joined by ` · `, broken between parts into lines of at most `width` characters.
    static func lines(of text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for part in text.components(separatedBy: " · ") {
            if line.isEmpty {
                line = part
            } else if line.count + 3 + part.count <= width {
                line += " · " + part
            } else {
                lines.append(line)
                line = part
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }

    /// A plain title without legend, as an HTML-like label of the same look.
    static func titleOnly(_ title: String, titleSize: Int = 18) -> String {
        ##"<<FONT POINT-SIZE="\##(titleSize)" FACE="\##(MapStyle.boldFont)">\##(DotText.html(title))</FONT>>"##
    }

    private func cell(_ entry: Entry) -> String {
        switch entry {
        case .edge(let type):
            return line(MapStyle.look(of: type, language: language), label: MapWords.edge(type).text(in: language))
        case .finding(let severity):
            return swatch(fill: "#ffffff", outline: MapStyle.findingOutline(severity), border: 3, label: MapWords.finding(severity).text(in: language))
        case .swatch(let fill, let outline, let label):
            return swatch(fill: fill, outline: outline, border: 1, label: label.text(in: language))
        case .line(let color, let width, let label):
            return line(MapStyle.EdgeLook(color: color, penWidth: width), label: label.text(in: language))
        default:
            let (look, label) = nodeSample(entry)
            return swatch(fill: look.fill, outline: look.outline, border: 1, label: label)
        }
    }

    private func nodeSample(_ entry: Entry) -> (MapStyle.NodeLook, String) {
        func sample(_ kind: NodeKind, _ type: String? = nil, status: ProjectStatus? = nil) -> MapStyle.NodeLook {
            var attributes: [String: AttributeValue] = [:]
            if let type { attributes["type"] = .text(type) }
            if let status { attributes["status"] = .text(status.rawValue) }
            return MapStyle.look(of: Node(id: "_", kind: kind, name: "", attributes: attributes, location: SourceLocation(file: "", line: 0, column: 0)))
        }
        switch entry {
        case .cdo: return (sample(.role, "cdo"), MapWords.cdo.text(in: language))
        case .lotse: return (sample(.role, "lotse"), MapWords.lotse.text(in: language))
        case .chiefExecutive: return (sample(.role, "chief-executive"), MapWords.chiefExecutive.text(in: language))
        case .otherRole: return (sample(.role, "other"), MapWords.otherRole.text(in: language))
        case .field: return (sample(.field), MapWords.field.text(in: language))
        case .format: return (sample(.format, "workshop"), MapWords.format.text(in: language))
        case .targetGroup: return (sample(.targetGroup), MapWords.targetGroup.text(in: language))
        case .project(let status):
            let word = status?.word(in: language) ?? MapWords.noStatus.text(in: language)
            return (sample(.project, status: status), MapWords.projectPrefix.text(in: language) + word)
        case .profileKind(let kind): return (sample(kind), kind.noun(in: language))
        default: return (sample(.actor), MapWords.actor.text(in: language))
        }
    }

    private func swatch(fill: String, outline: String, border: Int, label: String) -> String {
        ##"<TD FIXEDSIZE="TRUE" WIDTH="24" HEIGHT="16" BORDER="\##(border)" STYLE="rounded" BGCOLOR="\##(fill)" COLOR="\##(outline)"></TD>"##
            + labelCell(label)
    }

    private func line(_ look: MapStyle.EdgeLook, label: String) -> String {
        let stroke: String
        switch look.style {
        case "dashed": stroke = "╌╌╌"
        case "dotted": stroke = "┈┈┈"
        default: stroke = (Double(look.penWidth) ?? 1) >= 2 ? "━━━" : "───"
        }
        let head = look.arrowHead == "none" ? "" : "▶"
        return ##"<TD WIDTH="26" ALIGN="CENTER"><FONT COLOR="\##(look.color)">\##(stroke)\##(head)</FONT></TD>"##
            + labelCell(label)
    }

    private func labelCell(_ label: String) -> String {
        ##"<TD ALIGN="LEFT">\##(DotText.html(label))</TD>"##
    }
}
