import EcographCore
import EcographMessages

/// Every role is held by an actor.
public struct VacantRoleRule: Rule {
    public static let description = RuleDescription(
        id: "vacant-role",
        name: RuleMessage.vacantName.text,
        summary: RuleMessage.vacantSummary.text,
        rationale: RuleMessage.vacantRationale.text,
        fix: RuleMessage.vacantFix.text,
        defaultSeverity: .warning,
        triggeringExamples: ["roles:\n  lotse-bildung: { type: lotse }\n"],
        nonTriggeringExamples: ["roles:\n  lotse-bildung: { type: lotse }\nactors:\n  schulamt: { holds: lotse-bildung }\n"])

    public init(options: RuleOptions) {}

    public func check(_ graph: EcosystemGraph) -> [Violation] {
        graph.nodes(of: .role).compactMap { role in
            guard graph.holders(of: role).isEmpty else { return nil }
            let name = graph.quotedName(role)
            return Violation(
                subjects: [role],
                message: RuleMessage.vacantMessage(["name": name]),
                hint: RuleMessage.vacantHint(["id": graph.nodes[role].id]))
        }
    }
}
