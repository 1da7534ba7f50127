import EcographCore
import EcographMessages

/// A project under way involves someone outside the administration.
public struct NoExternalParticipationRule: Rule {
    public static let description = RuleDescription(
        id: "no-external-participation",
        name: RuleMessage.participationName.text,
        summary: RuleMessage.participationSummary.text,
        rationale: RuleMessage.participationRationale.text,
        fix: RuleMessage.participationFix.text,
        defaultSeverity: .info,
        triggeringExamples: [
            """
            systems:
              verwaltung: { type: administration }
            actors:
              hauptamt: { system: verwaltung }
            projects:
              e-akte: { status: running, responsible: hauptamt }
            """,
        ],
        nonTriggeringExamples: [
            """
            systems:
              gemeinschaft: { type: community }
            actors:
              verein: { system: gemeinschaft }
            formats:
              workshop: { type: workshop, participants: verein }
            projects:
              e-akte: { status: running, participation: workshop }
            """,
            "projects:\n  e-akte: { status: planned }\n",
        ])

    public init(options: RuleOptions) {}

    public func check(_ graph: EcosystemGraph) -> [Violation] {
        graph.nodes(of: .project).compactMap { project in
            guard graph.nodes[project].status?.isActive == true else { return nil }
            var involved = graph.sources(of: project, via: .responsible) + graph.sources(of: project, via: .consulted)
            for format in graph.sources(of: project, via: .participation) {
                involved += graph.sources(of: format, via: .participates)
            }
            let external = involved.contains { isOutsideAdministration($0, in: graph) }
            guard !external else { return nil }
            let name = graph.quotedName(project)
            return Violation(
                subjects: [project],
                message: RuleMessage.participationMessage(["name": name, "status": graph.nodes[project].status.map(\.localizedWord) ?? LocalizedText("")]),
                hint: RuleMessage.participationHint.text)
        }
    }

    /// Whether a party belongs to a system other than the administration — itself or, for a
    /// role, through a holder (as `systemTypes(of:)`, without building sets).
    private func isOutsideAdministration(_ party: Int, in graph: EcosystemGraph) -> Bool {
        func inOtherSystem(_ member: Int) -> Bool {
            graph.outgoing(member).contains { edge in
                graph.edges[edge].type == .inSystem
                    && graph.nodes[graph.edges[edge].to].systemType.map { $0 != .administration } == true
            }
        }
        if inOtherSystem(party) { return true }
        guard graph.nodes[party].kind == .role else { return false }
        return graph.incoming(party).contains { graph.edges[$0].type == .holds && inOtherSystem(graph.edges[$0].from) }
    }
}
