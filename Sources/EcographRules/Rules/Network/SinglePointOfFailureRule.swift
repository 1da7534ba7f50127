import EcographCore
import EcographMessages

/// An actor the responsibility network depends on alone.
public struct SinglePointOfFailureRule: Rule {
    public static let description = RuleDescription(
        id: "single-point-of-failure",
        name: LocalizedText(en: "Single point of failure", de: "Einzelner Ausfallpunkt"),
        summary: LocalizedText(
            en: "An actor whose removal disconnects part of the responsibility network, or who holds more than one CDO or Lotse role.",
            de: "Eine Stelle, ohne die ein Teil des Verantwortungsnetzes abreißt, oder die mehr als eine CDO- oder Lotsen-Rolle innehat."),
        rationale: """
            The Lotsen are nodes in the network and supporters of the CDO. When one person or office \
            is the only link to part of the network — an articulation point among actors, roles, \
            fields and projects — that part is lost when they leave, fall ill or change jobs. \
            Concentrating several pilot roles in one actor has the same effect.
            """,
        fix: "Give the cut-off part a second link: a deputy holding the role, a second responsible party, or another Lotse.",
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
                    message: LocalizedText(
                        en: "Without \(name), \(count) \(count == 1 ? "node" : "nodes") of the responsibility network lose their link to the rest.",
                        de: "Ohne \(name) verlieren \(count) \(count == 1 ? "Knoten" : "Knoten") des Verantwortungsnetzes die Verbindung zum Rest."),
                    hint: LocalizedText(
                        en: "Add a second link to that part: a deputy, a second responsible party or another role holder.",
                        de: "Schaffen Sie eine zweite Verbindung: eine Vertretung, eine weitere mitwirkende Stelle oder eine zweite Besetzung.")))
            }
            let pilotRoles = graph.targets(of: actor, via: .holds).filter {
                let type = graph.nodes[$0].roleType
                return type == .cdo || type == .lotse
            }
            if pilotRoles.count > 1 {
                let names = pilotRoles.map(graph.quotedName).joined(separator: ", ")
                violations.append(Violation(
                    subjects: [actor] + pilotRoles,
                    message: LocalizedText(
                        en: "\(name) holds \(pilotRoles.count) CDO or Lotse roles: \(names).",
                        de: "\(name) hat \(pilotRoles.count) CDO- bzw. Lotsen-Rollen inne: \(names)."),
                    hint: LocalizedText(
                        en: "Give each field its own Lotse.",
                        de: "Geben Sie jedem Gestaltungsfeld eine eigene Lotsin bzw. einen eigenen Lotsen.")))
            }
        }
        return violations
    }
}
