import EcographCore
import EcographMessages

/// Every role is held by an actor.
public struct VacantRoleRule: Rule {
    public static let description = RuleDescription(
        id: "vacant-role",
        name: LocalizedText(en: "Vacant role", de: "Unbesetzte Rolle"),
        summary: LocalizedText(en: "A role is held by no actor.", de: "Eine Rolle ist von keiner Stelle besetzt."),
        rationale: """
            A role on paper does no work. Responsibility given to a vacant role — a project it is \
            accountable for, a field it pilots — is responsibility nobody carries.
            """,
        fix: "Let an actor hold the role ('holds: ROLE' on the actor; German: 'hält: ROLLE'), or remove the role.",
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
                message: LocalizedText(en: "Role \(name) is vacant: no actor holds it.", de: "Rolle \(name) ist unbesetzt."),
                hint: LocalizedText(
                    en: "Add 'holds: \(graph.nodes[role].id)' to the actor who fills it.",
                    de: "Ergänzen Sie 'hält: \(graph.nodes[role].id)' bei der Stelle, die sie ausfüllt."))
        }
    }
}
