import EcographCore
import EcographMessages

/// Every node takes part in the ecosystem through at least one relation.
public struct OrphanNodeRule: Rule {
    public static let description = RuleDescription(
        id: "orphan-node",
        name: RuleMessage.orphanName.text,
        summary: RuleMessage.orphanSummary.text,
        rationale: RuleMessage.orphanRationale.text,
        fix: RuleMessage.orphanFix.text,
        defaultSeverity: .warning,
        triggeringExamples: ["target-groups:\n  senioren: Seniorinnen und Senioren\n"],
        nonTriggeringExamples: ["target-groups:\n  senioren: Senioren\nprojects:\n  tablet-kurs: { target-groups: senioren }\n"])

    public init(options: RuleOptions) {}

    public func check(_ graph: EcosystemGraph) -> [Violation] {
        graph.nodes.indices.compactMap { node in
            guard !graph.isConnected(node) else { return nil }
            let kind = graph.nodes[node].kind
            let name = graph.quotedName(node)
            return Violation(
                subjects: [node],
                message: RuleMessage.orphanMessage(["Kind": kind.localizedNoun.map { $0.prefix(1).uppercased() + $0.dropFirst() }, "name": name]),
                hint: RuleMessage.orphanHint.text)
        }
    }
}
