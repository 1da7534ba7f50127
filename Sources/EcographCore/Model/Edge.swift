/// A typed, directed relation between two nodes of a graph.
///
/// Edges point from the party to the thing: `mueller -holds-> cdo`,
/// `lotse-mobilitaet -accountable-> park-app`, `park-app -in-field-> mobilitaet`.
public struct Edge: Hashable, Sendable {
    /// Index of the source node in ``EcosystemGraph/nodes``.
    public let from: Int
    /// The relation.
    public let type: EdgeType
    /// Index of the target node in ``EcosystemGraph/nodes``.
    public let to: Int
    /// Where the relation is written in the model (the referencing id).
    public let location: SourceLocation

    public init(from: Int, type: EdgeType, to: Int, location: SourceLocation) {
        self.from = from
        self.type = type
        self.to = to
        self.location = location
    }
}
