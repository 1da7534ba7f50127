/// What `ecograph export` says: the words inside a Mermaid diagram and why an export is refused.
public enum ExportMessage: String, MessageArea {
    public static let area = "export"

    case mermaidTitle = "mermaid.title"
    case mermaidTooLarge = "mermaid.too-large"
    case mermaidTooLargeCharacters = "mermaid.too-large.characters"
    case neo4jNeedsDirectory = "neo4j.needs-directory"
    case neo4jNotADirectory = "neo4j.not-a-directory"

    public var wording: Wording {
        switch self {
        case .mermaidTitle: Wording(en: "ecosystem {name}, exported by ecograph", de: "Ökosystem {name}, exportiert von ecograph")
        case .mermaidTooLarge:
            Wording(
                en: "the Mermaid diagram would have {edges} edges{characters}; Mermaid draws at most {maxEdges} edges and {maxCharacters} characters by default, and far fewer stay readable in a wiki. Export a view (--field ID, --system ID, --focus ID, --ecosystem NAME), or draw the whole as its landscape: ecograph render PATH --view landscape -o landscape.svg",
                de: "das Mermaid-Diagramm hätte {edges} Kanten{characters}; Mermaid zeichnet in der Grundeinstellung höchstens {maxEdges} Kanten und {maxCharacters} Zeichen, und viel weniger bleiben in einem Wiki lesbar. Exportieren Sie einen Ausschnitt (--field ID, --system ID, --focus ID, --ecosystem NAME) oder zeichnen Sie das Ganze als Landschaft: ecograph render PFAD --view landscape -o landschaft.svg")
        case .mermaidTooLargeCharacters: Wording(en: " and {characters} characters", de: " und {characters} Zeichen")
        case .neo4jNeedsDirectory:
            Wording(
                en: "the Neo4j export is two files, nodes.csv and relationships.csv: give a directory with -o DIR",
                de: "der Neo4j-Export besteht aus zwei Dateien, nodes.csv und relationships.csv: Geben Sie mit -o VERZEICHNIS ein Verzeichnis an")
        case .neo4jNotADirectory:
            Wording(
                en: "'{path}' is a file, not a directory; the Neo4j export writes nodes.csv and relationships.csv into a directory",
                de: "'{path}' ist eine Datei, kein Verzeichnis; der Neo4j-Export schreibt nodes.csv und relationships.csv in ein Verzeichnis")
        }
    }
}
