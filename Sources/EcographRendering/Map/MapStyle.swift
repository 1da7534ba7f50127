import EcographCore
import EcographRules
import EcographMessages

/// How each kind of node and edge looks on a map. One place for the visual language, so that
/// the legend and the map cannot disagree.
enum MapStyle {
    static let font = "Helvetica"
    static let boldFont = "Helvetica-Bold"
    /// The size of edge labels, the smallest text of a map: at least 10 pt, so that a map
    /// printed at 80 % still shows 8 pt (see ``PrintedSize``).
    static let edgeFontSize = "10"
    /// Node names longer than this many characters are broken into lines.
    static let labelWidth = 24

    /// The attributes of every map's graph.
    static func graphAttributes(direction: MapOptions.Direction, tooltip: String) -> [(String, String)] {
        [
            ("rankdir", direction.rawValue), ("labelloc", "t"), ("labeljust", "l"), ("fontsize", "10"),
            ("fontname", font), ("newrank", "true"), ("compound", "true"), ("nodesep", "0.25"),
            ("ranksep", "0.7"), ("pad", "0.2"), ("bgcolor", "white"), ("class", "ecosystem-map"),
            ("tooltip", tooltip), ("outputorder", "edgesfirst"),
        ]
    }

    /// Shape, fill and outline of a node; `style` is Graphviz's (`rounded,filled`).
    struct NodeLook {
        var shape: String
        var style: String
        var fill: String
        var outline: String
        var fontColor: String = "#1f1f1f"
        var fontName: String = MapStyle.font
        var fontSize: String = "11"
        var penWidth: String = "1.2"
    }

    static func look(of node: Node) -> NodeLook {
        switch node.kind {
        case .system:
            return NodeLook(shape: "box", style: "rounded,filled", fill: "#ffffff", outline: systemOutline(node.systemType))
        case .field:
            return NodeLook(
                shape: "hexagon", style: "filled", fill: "#d7f0ec", outline: "#2a9d8f",
                fontColor: "#14524a", fontName: boldFont, fontSize: "13", penWidth: "2")
        case .targetGroup:
            return NodeLook(shape: "ellipse", style: "filled,dashed", fill: "#f5f5f5", outline: "#9e9e9e", fontColor: "#4a4a4a")
        case .role:
            switch node.roleType {
            case .cdo:
                return NodeLook(shape: "doubleoctagon", style: "filled", fill: "#ffd966", outline: "#b8860b", fontName: boldFont, penWidth: "1.6")
            case .lotse:
                return NodeLook(shape: "octagon", style: "filled", fill: "#ffcc99", outline: "#d9731a", penWidth: "1.6")
            case .chiefExecutive, .board:
                return NodeLook(shape: "ellipse", style: "filled", fill: "#e3d7f4", outline: "#7a5cc2")
            default:
                return NodeLook(shape: "ellipse", style: "filled", fill: "#f4f0fb", outline: "#9d8ac9")
            }
        case .actor:
            return NodeLook(shape: "box", style: "rounded,filled", fill: "#ffffff", outline: "#5b7db1")
        case .format:
            return NodeLook(shape: "cds", style: "filled", fill: "#fde2ef", outline: "#c2407f")
        case .project:
            return look(ofProjectWith: node.status)
        default:
            let style = node.kind.profileStyle ?? Metamodel.Style(shape: "box", color: "#eeeeee")
            return NodeLook(shape: style.shape, style: "filled", fill: style.color, outline: "#4d4d4d")
        }
    }

    /// How a project with a status looks.
    static func look(ofProjectWith status: ProjectStatus?) -> NodeLook {
            var look = NodeLook(shape: "box", style: "rounded,filled", fill: "#ffffff", outline: "#4d4d4d")
            switch status {
            case .idea?: look.fill = "#f7f7f7"; look.style = "rounded,filled,dashed"; look.fontColor = "#555555"
            case .planned?: look.fill = "#dbe9f6"
            case .starting?: look.fill = "#fff1bf"
            case .running?: look.fill = "#cfeed6"
            case .done?: look.fill = "#e6e6e6"; look.fontColor = "#5a5a5a"
            case nil: look.fill = "#ffffff"
            }
            return look
    }

    /// The attributes that make Graphviz draw a map no larger than a page: `size` in inches and
    /// `ratio=compress`, which lets `dot` pack the layout tighter before it scales anything down.
    static func pageAttributes(_ page: PrintPage?) -> [(String, String)] {
        guard let page else { return [] }
        // A point less than the page: Graphviz rounds the drawing's size up to whole points.
        return [("size", String(format: "%.3f,%.3f", (page.width - 1) / 72, (page.height - 1) / 72)), ("ratio", "compress")]
    }

    static func systemOutline(_ type: SystemType?) -> String {
        switch type {
        case .administration?: return "#5b7db1"
        case .municipalGroup?: return "#2e8b57"
        case .community?: return "#c2407f"
        case .external?, nil: return "#8c8c8c"
        }
    }

    /// The background of a system's cluster.
    static func systemFill(_ type: SystemType?) -> String {
        switch type {
        case .administration?: return "#eef3fa"
        case .municipalGroup?: return "#edf7f0"
        case .community?: return "#fcf0f5"
        case .external?, nil: return "#f4f4f4"
        }
    }

    /// Colour, line style, width and a short label of an edge type.
    struct EdgeLook {
        var color: String
        var style: String = "solid"
        var penWidth: String = "1"
        var label: String?
        var arrowHead: String = "normal"
        /// Graphviz's edge weight: heavier edges are kept shorter and straighter.
        var weight: String?
    }

    static func look(of type: EdgeType, language: Language) -> EdgeLook {
        switch type {
        case .accountable: return EdgeLook(color: "#b03a2e", penWidth: "2.6", weight: "2")
        case .responsible: return EdgeLook(color: "#555555", penWidth: "1.2")
        case .consulted:
            return EdgeLook(color: "#8a8a8a", style: "dashed", penWidth: "0.9", weight: "0")
        case .informed:
            return EdgeLook(color: "#b5b5b5", style: "dotted", penWidth: "0.9", weight: "0")
        case .holds: return EdgeLook(color: "#7a5cc2", penWidth: "1.6", arrowHead: "none", weight: "4")
        case .pilots: return EdgeLook(color: "#d9731a", penWidth: "2.4", label: type.word(in: language), weight: "3")
        case .inField: return EdgeLook(color: "#2a9d8f", penWidth: "1.6", arrowHead: "none", weight: "4")
        case .targets: return EdgeLook(color: "#a8a8a8", style: "dashed", penWidth: "0.8", arrowHead: "vee")
        case .participation:
            return EdgeLook(color: "#d77fa8", style: "dashed", penWidth: "0.8", weight: "1")
        case .participates, .organises:
            return EdgeLook(color: "#d77fa8", style: "dashed", penWidth: "0.8", weight: "0")
        case .advises:
            return EdgeLook(color: "#7a5cc2", style: "dashed", penWidth: "1.4", label: type.word(in: language))
        case .coordinates:
            return EdgeLook(
                color: "#c9a227", style: "dashed", penWidth: "1", label: type.word(in: language),
                weight: "0")
        default: return EdgeLook(color: "#b0b0b0", penWidth: "0.8", label: type.word(in: language), weight: "0")
        }
    }

    /// Outline colour of a node with findings of a severity.
    static func findingOutline(_ severity: Severity) -> String {
        switch severity {
        case .error: return "#d62728"
        case .warning: return "#f28e2b"
        case .info: return "#1f77b4"
        }
    }
}
