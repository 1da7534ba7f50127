import ArgumentParser
import EcographMessages
import EcographCore

/// `--ecosystem NAME`: one municipality of a region, as a graph of its own.
enum EcosystemSelection {
    /// The graph of the named ecosystem, or the whole graph when no name is given.
    static func graph(of graph: EcosystemGraph, ecosystem name: String?) throws -> EcosystemGraph {
        guard let name else { return graph }
        let parts = EcosystemParts(graph: graph)
        guard parts.isRegion else { throw usageProblem(CommandMessage.notARegion.text) }
        guard let part = parts.names.firstIndex(of: name) else {
            throw usageProblem(MapMessages.unknownEcosystem(name, known: parts.names))
        }
        return parts.subgraph(part, of: graph)
    }
}
