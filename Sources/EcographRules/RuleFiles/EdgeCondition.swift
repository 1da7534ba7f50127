import EcographCore

/// A condition on the relations of a node: how many edges of a type it has in a direction,
/// optionally counting only those whose other end matches a selector.
///
/// ```yaml
/// - edges: accountable      # the edge type
///   direction: in           # in (default: edges pointing at the node) or out
///   from: { kind: actor }   # only edges whose other end matches (`from` for in, `to` for out)
///   min: 1                  # at least (default 1 when neither min nor max is given)
///   max: 1                  # at most
/// ```
public struct EdgeCondition: Sendable {
    /// Which way the counted edges point, seen from the node.
    public enum Direction: String, Sendable {
        case incoming = "in"
        case outgoing = "out"
    }

    public let type: EdgeType
    public let direction: Direction
    /// Only edges whose other end matches; boxed because selectors nest.
    public let other: [NodeSelector]
    public let min: Int?
    public let max: Int?

    public init(type: EdgeType, direction: Direction, other: NodeSelector?, min: Int?, max: Int?) {
        self.type = type
        self.direction = direction
        self.other = other.map { [$0] } ?? []
        self.min = min ?? (max == nil ? 1 : nil)
        self.max = max
    }

    /// How many edges count for the node.
    public func count(for index: Int, in graph: EcosystemGraph) -> Int {
        let edges = direction == .incoming ? graph.incoming(index) : graph.outgoing(index)
        var count = 0
        for edgeIndex in edges {
            let edge = graph.edges[edgeIndex]
            guard edge.type == type else { continue }
            let neighbour = direction == .incoming ? edge.from : edge.to
            if let selector = other.first, !selector.matches(neighbour, in: graph) { continue }
            count += 1
        }
        return count
    }

    /// Whether a count is within the bounds.
    public func accepts(_ count: Int) -> Bool {
        if let min, count < min { return false }
        if let max, count > max { return false }
        return true
    }

    /// Whether the node meets the condition.
    public func holds(for index: Int, in graph: EcosystemGraph) -> Bool {
        accepts(count(for: index, in: graph))
    }
}
