/// The output formats of a map.
public enum MapFormat: String, CaseIterable, Sendable {
    /// Scalable vector graphics, with classes and titles for tools (the default).
    case svg
    /// A bitmap, for slides and documents.
    case png
    /// For print.
    case pdf
    /// The Graphviz source ecograph generates, before layout, for your own tooling.
    case dot
    /// Graphviz's JSON with the computed layout (positions of nodes and edges).
    case json

    /// The format a file name's extension asks for (`map.svg` → `.svg`).
    public init?(fileName: String) {
        guard let dot = fileName.lastIndex(of: "."), dot != fileName.startIndex else { return nil }
        let ext = fileName[fileName.index(after: dot)...].lowercased()
        switch ext {
        case "gv": self = .dot
        default: self.init(rawValue: ext)
        }
    }

    /// The name of the Graphviz renderer for this format.
    var graphvizFormat: String {
        switch self {
        case .svg: return "svg"
        case .png: return "png:cairo"
        case .pdf: return "pdf:cairo"
        case .dot: return "canon"
        case .json: return "json"
        }
    }
}
