/// Everything a load shows, as lines of text — the graph with every node, edge and place, or
/// the diagnostics — so that two ways of reading the same source can be compared line by line
/// (reading a file in parts against reading it as one: the tests and the `model-parts` fuzz
/// target).
package enum LoadOutcome {
    /// The outcome of loading `source` in `parts` (the file cut however small it is, and its
    /// references resolved on several processors), or as one and in turn when `parts` is `nil`.
    package static func lines(of source: ModelSource, parts: Int?) -> [String] {
        var loader = ModelLoader()
        loader.partsFrom = parts == nil ? .max : 0
        loader.parts = parts ?? 1
        loader.concurrentEdgesFrom = parts == nil ? .max : 0
        do {
            let model = try loader.load(sources: [source])
            let graph = model.graph
            let nodes = graph.nodes.map { node in
                "\(node.kind) \(node.id) '\(node.name)' \(node.attributes.sorted { $0.key < $1.key }) \(node.location) \(node.location.width) \(node.waivers)"
            }
            let edges = graph.edges.map { "\(graph.nodes[$0.from].id) -\($0.type)-> \(graph.nodes[$0.to].id) \($0.location) \($0.location.width)" }
            return [graph.name] + nodes + edges + model.warnings.map { "\($0)" }
        } catch {
            return error.diagnostics.map { "\($0) | \($0.advice ?? "")" }
        }
    }
}
