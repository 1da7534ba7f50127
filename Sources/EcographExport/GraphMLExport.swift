import EcographCore
import Foundation

/// The ecosystem as GraphML, for yEd, Gephi, Cytoscape and networkx.
///
/// A directed graph whose nodes carry typed data keys: `kind`, `name`, `label` (the name again,
/// which Gephi and yEd show) and one key per attribute of the model (`type`, `status`, `value`,
/// users' `x-…` keys, …). Values are strings as in the model; an attribute that is a list on any
/// node is written as a JSON array of strings on every node that has it (its key's description
/// says so). Each edge carries its `type`. Node and key order are stable: same model, same bytes.
///
/// ```swift
/// let data = GraphMLExport(graph: graph).render()
/// ```
public struct GraphMLExport: Sendable {
    public let graph: EcosystemGraph

    public init(graph: EcosystemGraph) { self.graph = graph }

    public func render() -> Data {
        let columns = AttributeColumns(graph).columns
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

            """
        xml += "  <key id=\"kind\" for=\"node\" attr.name=\"kind\" attr.type=\"string\"/>\n"
        xml += "  <key id=\"name\" for=\"node\" attr.name=\"name\" attr.type=\"string\"/>\n"
        xml += "  <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n"
        for (index, column) in columns.enumerated() {
            xml += "  <key id=\"a\(index)\" for=\"node\" attr.name=\"\(column.key.xmlEscaped)\" attr.type=\"string\""
            xml += column.isList ? "><desc>a list of texts, written as a JSON array</desc></key>\n" : "/>\n"
        }
        xml += "  <key id=\"type\" for=\"edge\" attr.name=\"type\" attr.type=\"string\"/>\n"
        xml += "  <graph id=\"\(graph.name.xmlEscaped)\" edgedefault=\"directed\">\n"
        for node in graph.nodes {
            xml += "    <node id=\"\(node.id.xmlEscaped)\">\n"
            xml += "      <data key=\"kind\">\(node.kind.rawValue)</data>\n"
            xml += "      <data key=\"name\">\(node.name.xmlEscaped)</data>\n"
            xml += "      <data key=\"label\">\(node.name.xmlEscaped)</data>\n"
            for (index, column) in columns.enumerated() {
                guard let value = node.attributes[column.key] else { continue }
                let text = column.isList ? Self.jsonArray(value.texts) : (value.text ?? "")
                xml += "      <data key=\"a\(index)\">\(text.xmlEscaped)</data>\n"
            }
            xml += "    </node>\n"
        }
        for (index, edge) in graph.edges.enumerated() {
            xml += "    <edge id=\"e\(index)\" source=\"\(graph.nodes[edge.from].id.xmlEscaped)\" target=\"\(graph.nodes[edge.to].id.xmlEscaped)\">\n"
            xml += "      <data key=\"type\">\(edge.type.rawValue.xmlEscaped)</data>\n"
            xml += "    </edge>\n"
        }
        xml += "  </graph>\n</graphml>\n"
        return Data(xml.utf8)
    }

    /// `["a","b"]`, with JSON's escapes.
    static func jsonArray(_ texts: [String]) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: texts, options: [.withoutEscapingSlashes])) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
