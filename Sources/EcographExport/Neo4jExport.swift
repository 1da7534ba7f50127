import EcographCore

/// The ecosystem as the two CSV files of Neo4j's bulk import (`neo4j-admin database import`),
/// for national models in a graph database.
///
/// `nodes.csv`: `id:ID`, `:LABEL` (the kind: `Actor`, `Project`, `TargetGroup`, …), `name`, and
/// one column per attribute — `KEY:string[]` for attributes that are lists (elements separated
/// by `;`, Neo4j's default array delimiter), plain `KEY` (string) otherwise. `relationships.csv`:
/// `:START_ID`, `:END_ID`, `:TYPE` (the edge type in Neo4j's style, `IN_FIELD`) and `relation`
/// (the type as ecograph writes it, `in-field`). Fields with a comma, quote or line break are
/// quoted (quotes doubled; line breaks need `--multiline-fields=true`); an empty field is a
/// property the node does not have. A list element containing `;` would be split by Neo4j.
///
/// ```sh
/// neo4j-admin database import full neo4j --nodes=nodes.csv --relationships=relationships.csv --multiline-fields=true
/// ```
public struct Neo4jExport: Sendable {
    public let graph: EcosystemGraph

    public init(graph: EcosystemGraph) { self.graph = graph }

    /// The text of `nodes.csv`.
    public func nodes() -> String {
        let columns = AttributeColumns(graph).columns
        var header = ["id:ID", ":LABEL", "name"]
        header += columns.map { $0.isList ? "\($0.key):string[]" : $0.key }
        var text = header.map(Self.field).joined(separator: ",") + "\n"
        for node in graph.nodes {
            var row = [node.id, Self.label(node.kind), node.name]
            for column in columns {
                guard let value = node.attributes[column.key] else { row.append(""); continue }
                row.append(column.isList ? value.texts.joined(separator: ";") : (value.text ?? ""))
            }
            text += row.map(Self.field).joined(separator: ",") + "\n"
        }
        return text
    }

    /// The text of `relationships.csv`.
    public func relationships() -> String {
        var text = [":START_ID", ":END_ID", ":TYPE", "relation"].map(Self.field).joined(separator: ",") + "\n"
        for edge in graph.edges {
            let row = [graph.nodes[edge.from].id, graph.nodes[edge.to].id, Self.relationshipType(edge.type), edge.type.rawValue]
            text += row.map(Self.field).joined(separator: ",") + "\n"
        }
        return text
    }

    /// `target-group` → `TargetGroup`: Neo4j's labels are written in upper camel case.
    static func label(_ kind: NodeKind) -> String {
        kind.rawValue.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    /// `in-field` → `IN_FIELD`, `x-fördert` → `X_FÖRDERT`: Neo4j's relationship types are upper snake case.
    static func relationshipType(_ type: EdgeType) -> String {
        type.rawValue.uppercased().replacingOccurrences(of: "-", with: "_")
    }

    /// A CSV field, quoted (quotes doubled) when it holds a comma, a quote, a line break or
    /// leading or trailing spaces.
    static func field(_ text: String) -> String {
        let needsQuotes = text.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
            || text.first == " " || text.last == " "
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
