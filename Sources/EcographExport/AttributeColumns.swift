import EcographCore

/// The attribute keys of a graph's nodes, sorted, each marked as a list when any node holds a
/// list under it — the columns of the GraphML and Neo4j exports.
struct AttributeColumns {
    struct Column {
        let key: String
        let isList: Bool
    }

    let columns: [Column]

    init(_ graph: EcosystemGraph) {
        var isList: [String: Bool] = [:]
        for node in graph.nodes {
            for (key, value) in node.attributes {
                if case .list = value { isList[key] = true } else if isList[key] == nil { isList[key] = false }
            }
        }
        columns = isList.keys.sorted().map { Column(key: $0, isList: isList[$0]!) }
    }
}
