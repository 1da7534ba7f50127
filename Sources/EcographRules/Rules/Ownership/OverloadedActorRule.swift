import EcographCore
import EcographMessages

/// An actor accountable for too many projects in progress at once.
public struct OverloadedActorRule: Rule {
    public static let description = RuleDescription(
        id: "overloaded-actor",
        name: RuleMessage.overloadedName.text,
        summary: RuleMessage.overloadedSummary.text,
        rationale: RuleMessage.overloadedRationale.text,
        fix: RuleMessage.overloadedFix.text,
        defaultSeverity: .warning,
        options: [RuleOption(
            name: "max-projects", summary: RuleMessage.overloadedOption.text,
            defaultValue: .integer(5))],
        triggeringExamples: [
            """
            actors:
              mueller: { holds: cdo }
            roles:
              cdo: { type: cdo }
            projects:
              p1: { status: running, accountable: mueller }
              p2: { status: running, accountable: mueller }
              p3: { status: starting, accountable: cdo }
              p4: { status: running, accountable: cdo }
              p5: { status: running, accountable: cdo }
              p6: { status: running, accountable: cdo }
            """,
        ],
        nonTriggeringExamples: [
            """
            actors:
              mueller: {}
            projects:
              p1: { status: running, accountable: mueller }
              p2: { status: done, accountable: mueller }
              p3: { status: idea, accountable: mueller }
              p4: { status: planned, accountable: mueller }
              p5: { status: running, accountable: mueller }
              p6: { status: done, accountable: mueller }
            """,
        ])

    private let limit: Int

    public init(options: RuleOptions) {
        limit = options.integer("max-projects") ?? 5
    }

    public func check(_ graph: EcosystemGraph) -> [Violation] {
        graph.nodes(of: .actor).compactMap { actor in
            var projects: [Int] = []
            func collect(_ party: Int) {
                for edge in graph.outgoing(party) where graph.edges[edge].type == .accountable {
                    let project = graph.edges[edge].to
                    if graph.nodes[project].status?.isActive == true, !projects.contains(project) { projects.append(project) }
                }
            }
            collect(actor)
            for edge in graph.outgoing(actor) where graph.edges[edge].type == .holds { collect(graph.edges[edge].to) }
            guard projects.count > limit else { return nil }
            let name = graph.quotedName(actor)
            return Violation(
                subjects: [actor] + projects.sorted(),
                message: RuleMessage.overloadedMessage(["name": name, "n": projects.count, "limit": limit]),
                hint: RuleMessage.overloadedHint.text)
        }
    }
}
