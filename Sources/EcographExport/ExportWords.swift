import EcographCore
import EcographRules

/// The words of the exports, from the catalogue's ``ExportMessage`` and ``EdgeMessage``.
public enum ExportWords {
    /// The short label of an edge in a Mermaid diagram: the RACI letter of a responsibility, the
    /// relation's word in the language otherwise (`berichtet an`); `nil` for edges drawn without
    /// a label.
    static func edgeLabel(_ type: EdgeType, in language: Language) -> String? {
        switch type {
        case .accountable: return "A"
        case .responsible: return "R"
        case .consulted: return "C"
        case .informed: return "I"
        case .inField: return nil
        default: return type.word(in: language)
        }
    }

    /// Why a Mermaid export is refused, and the way on.
    public static func mermaidTooLarge(edges: Int, characters: Int?, in language: Language) -> LocalizedText {
        ExportMessage.mermaidTooLarge([
            "edges": edges,
            "characters": characters.map { ExportMessage.mermaidTooLargeCharacters(["characters": $0]) } ?? LocalizedText(""),
            "maxEdges": MermaidExport.maxEdges, "maxCharacters": MermaidExport.maxCharacters,
        ])
    }

    /// Why a Neo4j export needs a directory.
    public static func neo4jNeedsDirectory(in language: Language) -> String {
        ExportMessage.neo4jNeedsDirectory.text(in: language)
    }

    /// Why the output directory of a Neo4j export cannot be used.
    public static func notADirectory(_ path: String) -> LocalizedText {
        ExportMessage.neo4jNotADirectory(["path": path])
    }

    /// Legend comment heading a Mermaid diagram.
    static func mermaidTitle(_ ecosystem: String, in language: Language) -> String {
        ExportMessage.mermaidTitle.text(in: language, ["name": ecosystem])
    }
}
