import EcographCore
import EcographMessages

/// An actor the responsibility network depends on alone.
public struct SinglePointOfFailureRule: Rule {
    public static let description = RuleDescription(
        id: "single-point-of-failure",
        name: RuleMessage.singlePointName.text,
        summary: RuleMessage.singlePointSummary.text,
        rationale: RuleMessage.singlePointRationale.text,
        fix: RuleMessage.singlePointFix.text,
        defaultSeverity: .info,
        triggeringExamples: [
            """
            roles:
              lotse: { type: lotse }
            actors:
              mueller: { holds: lotse }
            projects:
              app: { consulted: mueller }
            """,
            """
            roles:
              lotse-a: { type: lotse }
              lotse-b: { type: lotse }
            actors:
              mueller: { holds: [lotse-a, lotse-b] }
            """,
        ],
        nonTriggeringExamples: [
            """
            roles:
              lotse: { type: lotse }
            actors:
              mueller: { holds: lotse }
              schmidt: { holds: lotse }
            projects:
              app: { accountable: lotse, consulted: [mueller, schmidt] }
            """,
        ])

    public init(options: RuleOptions) {}

    /// The kinds the responsibility network is made of.
    static let networkKinds: Set<NodeKind> = [.actor, .role, .field, .project]

    public func check(_ graph: EcosystemGraph) -> [Violation] {
        let cutOff = ArticulationPoints(graph: graph, kinds: Self.networkKinds).cutOffCounts()
        var violations: [Violation] = []
        for actor in graph.nodes(of: .actor) {
            var name: String { graph.quotedName(actor) }  // Built only for a message.
            if let count = cutOff[actor] {
                violations.append(Violation(
                    subjects: [actor],
                    message: RuleMessage.singlePointMessage(["name": name, "n": count]),
                    hint: RuleMessage.singlePointHint.text))
            }
            let pilotRoles = graph.targets(of: actor, via: .holds).filter {
                let type = graph.nodes[$0].roleType
                return type == .cdo || type == .lotse
            }
            if pilotRoles.count > 1 {
                let names = pilotRoles.map(graph.quotedName).joined(separator: ", ")
                violations.append(Violation(
                    subjects: [actor] + pilotRoles,
                    message: RuleMessage.singlePointPilotsMessage(["name": name, "n": pilotRoles.count, "roles": names]),
                    hint: RuleMessage.singlePointPilotsHint.text))
            }
        }
        return violations
    }
}
