import EcographCore

/// On which page of an atlas a node is best shown: a field, a project or a Lotse on its field's
/// page; an actor or another role on its system's page; everything else on the landscape.
/// Findings link to the page of their main subject, and each page lists the findings located on it.
struct PageLocator: Sendable {
    private let anchors: [String: String]

    static let landscapeAnchor = "landscape"
    static let unassignedAnchor = "unassigned"
    static func fieldAnchor(_ id: String) -> String { "field-" + id }
    static func systemAnchor(_ id: String) -> String { "system-" + id }

    init(graph: EcosystemGraph) {
        var anchors: [String: String] = [:]
        func system(of party: Int) -> Int? {
            graph.targets(of: party, via: .inSystem).first
                ?? graph.holders(of: party).lazy.compactMap { graph.targets(of: $0, via: .inSystem).first }.first
        }
        for (index, node) in graph.nodes.enumerated() {
            let anchor: String?
            switch node.kind {
            case .field:
                anchor = Self.fieldAnchor(node.id)
            case .system:
                anchor = Self.systemAnchor(node.id)
            case .project:
                anchor = graph.targets(of: index, via: .inField).first.map { Self.fieldAnchor(graph.nodes[$0].id) } ?? Self.unassignedAnchor
            case .role where node.roleType == .lotse:
                anchor = graph.targets(of: index, via: .pilots).first.map { Self.fieldAnchor(graph.nodes[$0].id) }
                    ?? system(of: index).map { Self.systemAnchor(graph.nodes[$0].id) }
            case .role, .actor:
                anchor = system(of: index).map { Self.systemAnchor(graph.nodes[$0].id) }
            case .targetGroup:
                anchor = graph.sources(of: index, via: .targets).first
                    .flatMap { graph.targets(of: $0, via: .inField).first }.map { Self.fieldAnchor(graph.nodes[$0].id) }
            case .format:
                anchor = graph.targets(of: index, via: .participation).first
                    .flatMap { graph.targets(of: $0, via: .inField).first }.map { Self.fieldAnchor(graph.nodes[$0].id) }
            default:  // a kind of a profile: the page of the first field it is linked with
                anchor = graph.neighbours(of: index).first { graph.nodes[$0].kind == .field }.map { Self.fieldAnchor(graph.nodes[$0].id) }
            }
            anchors[node.id] = anchor ?? Self.landscapeAnchor
        }
        self.anchors = anchors
    }

    /// The page of a node by id; the landscape for ecosystem-wide findings (no subject).
    func anchor(for id: String?) -> String {
        id.flatMap { anchors[$0] } ?? Self.landscapeAnchor
    }
}
