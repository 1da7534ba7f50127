import EcographCore
import EcographRules

/// The ecosystem as a Mermaid flowchart, for wikis and GitLab, which draw Mermaid in Markdown.
///
/// One subgraph per system holding its actors and roles, fields as hexagonal hubs with their
/// projects, classes per kind (`kind_actor`), project status (`status_running`) and the most
/// serious finding on a node (`finding_error`). Ids are reduced to ASCII identifiers and labels
/// escaped as Mermaid entity codes, so that no name — quotes, brackets, `#`, `;`, `<script>` —
/// can break the diagram or reach the page as markup. Diagrams beyond what Mermaid draws by
/// default (``maxEdges`` edges, ``maxCharacters`` characters) are refused: a view, or the
/// landscape map, is the way to show more.
///
/// ```swift
/// let text = try MermaidExport(graph: graph, findings: result.findings, language: .de).render()
/// ```
public struct MermaidExport: Sendable {
    /// Mermaid's default `maxEdges`: above it, Mermaid refuses to draw.
    public static let maxEdges = 500
    /// Mermaid's default `maxTextSize`: above it, Mermaid refuses to draw.
    public static let maxCharacters = 50_000

    /// Why a diagram is refused: its size.
    public struct TooLarge: Error, Sendable {
        public let edges: Int
        /// The text's length; `nil` when the edges alone were too many (the text is not made then).
        public let characters: Int?
    }

    public let graph: EcosystemGraph
    public let findings: [Finding]
    public let language: Language

    public init(graph: EcosystemGraph, findings: [Finding] = [], language: Language = .en) {
        self.graph = graph
        self.findings = findings
        self.language = language
    }

    /// The flowchart text, ending with a newline.
    public func render() throws(TooLarge) -> String {
        let ids = identifiers()
        var system = [Int?](repeating: nil, count: graph.nodes.count)
        for node in graph.nodes.indices where graph.nodes[node].kind == .actor || graph.nodes[node].kind == .role {
            system[node] = graph.targets(of: node, via: .inSystem).first { graph.nodes[$0].kind == .system }
        }

        var edgeCount = 0
        for edge in graph.edges where !(edge.type == .inSystem && system[edge.from] == edge.to) { edgeCount += 1 }
        guard edgeCount <= Self.maxEdges else { throw TooLarge(edges: edgeCount, characters: nil) }
        var members = [[Int]](repeating: [], count: graph.nodes.count)
        for node in graph.nodes.indices { if let owner = system[node] { members[owner].append(node) } }

        var lines = ["%% \(MermaidText.label(ExportWords.mermaidTitle(graph.name, in: language)))", "flowchart LR"]
        for systemNode in graph.nodes(of: .system) where !members[systemNode].isEmpty {
            lines.append("  subgraph \(ids[systemNode])[\"\(MermaidText.label(graph.nodes[systemNode].name))\"]")
            for member in members[systemNode] {
                lines.append("    " + declaration(member, ids))
            }
            lines.append("  end")
        }
        // Systems without actors or roles here are plain nodes: Mermaid draws no empty subgraph.
        for node in graph.nodes.indices where system[node] == nil && !(graph.nodes[node].kind == .system && !members[node].isEmpty) {
            lines.append("  " + declaration(node, ids))
        }

        for edge in graph.edges where !(edge.type == .inSystem && system[edge.from] == edge.to) {
            let arrow: String
            switch edge.type {
            case .accountable: arrow = "==>"
            case .consulted, .informed, .targets, .participation, .participates, .organises: arrow = "-.->"
            default: arrow = "-->"
            }
            let label = ExportWords.edgeLabel(edge.type, in: language).map { "|\"\(MermaidText.label($0))\"|" } ?? ""
            lines.append("  \(ids[edge.from]) \(arrow)\(label) \(ids[edge.to])")
        }

        lines += Self.classDefinitions
        for (className, members) in classes() {
            lines.append("  class \(members.map { ids[$0] }.joined(separator: ",")) \(className)")
        }
        let text = lines.joined(separator: "\n") + "\n"
        let characters = text.count
        guard characters <= Self.maxCharacters else {
            throw TooLarge(edges: edgeCount, characters: characters)
        }
        return text
    }

    /// `n_park_app(["Park-App"])`: the node's id and its shape by kind.
    private func declaration(_ node: Int, _ ids: [String]) -> String {
        let label = "\"" + MermaidText.label(graph.nodes[node].name) + "\""
        switch graph.nodes[node].kind {
        case .field: return "\(ids[node]){{\(label)}}"
        case .project: return "\(ids[node])([\(label)])"
        case .role: return "\(ids[node])[[\(label)]]"
        case .targetGroup: return "\(ids[node])>\(label)]"
        case .format: return "\(ids[node])[/\(label)/]"
        case .actor: return "\(ids[node])[\(label)]"
        case .system: return "\(ids[node])[(\(label))]"
        default: return "\(ids[node])[\\\(label)/]"  // kinds of profiles: a trapezoid
        }
    }

    /// One Mermaid identifier per node, unique even where two ids reduce to the same letters.
    private func identifiers() -> [String] {
        var used: Set<String> = []
        return graph.nodes.map { node in
            let base = MermaidText.identifier(node.id, prefix: "n_")
            var candidate = base
            var number = 2
            while !used.insert(candidate).inserted {
                candidate = "\(base)_\(number)"
                number += 1
            }
            return candidate
        }
    }

    /// The nodes of each class, in a stable order of classes.
    private func classes() -> [(String, [Int])] {
        var members: [String: [Int]] = [:]
        for (index, node) in graph.nodes.enumerated() {
            members["kind_" + node.kind.rawValue.replacingOccurrences(of: "-", with: "_"), default: []].append(index)
            if node.kind == .project, let status = node.status { members["status_" + status.rawValue, default: []].append(index) }
        }
        var worst: [Int: Severity] = [:]
        for finding in findings {
            guard let subject = finding.subject, let node = graph.index(of: subject) else { continue }
            if worst[node].map({ finding.severity < $0 }) ?? true { worst[node] = finding.severity }
        }
        for (node, severity) in worst { members["finding_" + severity.rawValue, default: []].append(node) }
        return members.keys.sorted().map { ($0, members[$0]!.sorted()) }
    }

    private static let classDefinitions = [
        "  classDef kind_system fill:#ffffff,stroke:#4d4d4d",
        "  classDef kind_field fill:#d7f0ec,stroke:#2a9d8f",
        "  classDef kind_target_group fill:#f5f5f5,stroke:#9e9e9e,stroke-dasharray:4 3",
        "  classDef kind_role fill:#e3d7f4,stroke:#7a5cc2",
        "  classDef kind_actor fill:#ffffff,stroke:#5b7db1",
        "  classDef kind_format fill:#fde2ef,stroke:#c2407f",
        "  classDef kind_project fill:#ffffff,stroke:#4d4d4d",
        "  classDef status_idea fill:#f7f7f7,stroke-dasharray:4 3",
        "  classDef status_planned fill:#dbe9f6",
        "  classDef status_starting fill:#fff1bf",
        "  classDef status_running fill:#cfeed6",
        "  classDef status_done fill:#e6e6e6",
        "  classDef finding_error stroke:#c0392b,stroke-width:3px",
        "  classDef finding_warning stroke:#e67e22,stroke-width:3px",
        "  classDef finding_info stroke:#2e86c1,stroke-width:2px",
    ]
}
