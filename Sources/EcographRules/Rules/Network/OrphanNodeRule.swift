import EcographCore
import EcographMessages

/// Every node takes part in the ecosystem through at least one relation.
public struct OrphanNodeRule: Rule {
    public static let description = RuleDescription(
        id: "orphan-node",
        name: LocalizedText(en: "Orphan node", de: "Isolierter Knoten"),
        summary: LocalizedText(en: "A node has no relation at all.", de: "Ein Knoten hat keine einzige Beziehung."),
        rationale: """
            The ecosystem is a network: an actor, target group or format that nothing refers to is \
            either forgotten in the model or forgotten in reality.
            """,
        fix: "Connect it (e.g. 'system:' for an actor, 'target-groups:' on a project that serves a group) or remove it.",
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
                message: LocalizedText(
                    en: "\(kind.noun.prefix(1).uppercased() + kind.noun.dropFirst()) \(name) has no relation to anything.",
                    de: "\(kind.noun(in: .de)) \(name) hat keine Beziehung zu irgendetwas."),
                hint: LocalizedText(
                    en: "Connect it to the ecosystem or remove it.",
                    de: "Verbinden Sie den Knoten mit dem Ökosystem oder entfernen Sie ihn."))
        }
    }
}
