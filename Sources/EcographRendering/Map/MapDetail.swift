import EcographCore

/// How much of the selected part of an ecosystem a map draws.
///
/// A whole municipality drawn with every consultation, information flow, participation format
/// and target group is a tangle no council can read; the ``overview`` keeps the backbone of
/// responsibility and leaves the rest to ``full`` maps of a field, a system or a node's
/// neighbourhood.
public enum MapDetail: String, CaseIterable, Sendable {
    /// Systems with their actors and roles, fields with their projects, and who holds, pilots,
    /// advises, coordinates, is accountable for (A), works on (R) or is needed by what.
    case overview
    /// Everything selected, including consulted (C) and informed (I) parties, participation
    /// formats, target groups and all further relations.
    case full

    /// Whether nodes of a kind are drawn.
    public func shows(_ kind: NodeKind) -> Bool {
        self == .full || Self.overviewKinds.contains(kind)
    }

    /// Whether edges of a type are drawn.
    public func shows(_ type: EdgeType) -> Bool {
        self == .full || Self.overviewEdges.contains(type)
    }

    private static let overviewKinds: Set<NodeKind> = [.system, .actor, .role, .field, .project]

    private static let overviewEdges: Set<EdgeType> = [
        .holds, .inSystem, .pilots, .advises, .coordinates, .accountable, .responsible, .inField, .dependsOn,
    ]
}
