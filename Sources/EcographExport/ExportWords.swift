import EcographCore
import EcographRules

/// Words of the exports (Mermaid labels, refusals) in English and German: one place, so that they
/// can move into the message catalogue together.
public enum ExportWords {
    /// The short label of an edge in a Mermaid diagram; `nil` for edges drawn without a label.
    static func edgeLabel(_ type: EdgeType, in language: Language) -> String? {
        switch type {
        case .accountable: return "A"
        case .responsible: return "R"
        case .consulted: return "C"
        case .informed: return "I"
        case .inField: return nil
        case .holds: return language == .de ? "hat inne" : "holds"
        case .pilots: return language == .de ? "lotst" : "pilots"
        case .advises: return language == .de ? "berät" : "advises"
        case .coordinates: return language == .de ? "koordiniert" : "coordinates"
        case .targets: return language == .de ? "dient" : "serves"
        default: return type.rawValue
        }
    }

    /// Why a Mermaid export is refused, and the way on.
    public static func mermaidTooLarge(edges: Int, characters: Int?, in language: Language) -> String {
        let size = characters.map { language == .de ? " und \($0) Zeichen" : " and \($0) characters" } ?? ""
        switch language {
        case .en:
            return "the Mermaid diagram would have \(edges) edges\(size); Mermaid draws at most "
                + "\(MermaidExport.maxEdges) edges and \(MermaidExport.maxCharacters) characters by default, and far fewer stay "
                + "readable in a wiki. Export a view (--field ID, --system ID, --focus ID, --ecosystem NAME), or draw the "
                + "whole as its landscape: ecograph render PATH --view landscape -o landscape.svg"
        case .de:
            return "das Mermaid-Diagramm hätte \(edges) Kanten\(size); Mermaid zeichnet in der Grundeinstellung "
                + "höchstens \(MermaidExport.maxEdges) Kanten und \(MermaidExport.maxCharacters) Zeichen, und viel weniger bleiben "
                + "in einem Wiki lesbar. Exportieren Sie einen Ausschnitt (--field ID, --system ID, --focus ID, --ecosystem NAME) "
                + "oder zeichnen Sie das Ganze als Landschaft: ecograph render PFAD --view landscape -o landschaft.svg"
        }
    }

    /// Why a Neo4j export needs a directory.
    public static func neo4jNeedsDirectory(in language: Language) -> String {
        switch language {
        case .en: return "the Neo4j export is two files, nodes.csv and relationships.csv: give a directory with -o DIR"
        case .de: return "der Neo4j-Export besteht aus zwei Dateien, nodes.csv und relationships.csv: geben Sie mit -o VERZEICHNIS ein Verzeichnis an"
        }
    }

    /// Why the output directory of a Neo4j export cannot be used.
    public static func notADirectory(_ path: String, in language: Language) -> String {
        switch language {
        case .en: return "'\(path)' is a file, not a directory; the Neo4j export writes nodes.csv and relationships.csv into a directory"
        case .de: return "'\(path)' ist eine Datei, kein Verzeichnis; der Neo4j-Export schreibt nodes.csv und relationships.csv in ein Verzeichnis"
        }
    }

    /// Legend comment heading a Mermaid diagram.
    static func mermaidTitle(_ ecosystem: String, in language: Language) -> String {
        language == .de ? "Ökosystem \(ecosystem), exportiert von ecograph" : "ecosystem \(ecosystem), exported by ecograph"
    }
}
