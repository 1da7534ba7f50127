import EcographCore
import EcographMessages

/// A project under way involves someone outside the administration.
public struct NoExternalParticipationRule: Rule {
    public static let description = RuleDescription(
        id: "no-external-participation",
        name: LocalizedText(en: "No external participation", de: "Keine Beteiligung von außen"),
        summary: LocalizedText(
            en: "A starting or running project involves nobody outside the administration.",
            de: "Ein beginnendes oder laufendes Projekt beteiligt niemanden außerhalb der Verwaltung."),
        rationale: """
            As many actors inside and outside the administration as possible are to be involved in \
            digitalisation projects — through workshops, barcamps, hackathons, a makerspace or online \
            participation. A project the administration runs alone misses the municipal group and \
            the community it is meant to serve.
            """,
        fix: "Involve actors of the municipal group or the community as 'responsible' or 'consulted', or through a participation format ('participation').",
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
                message: LocalizedText(
                    en: "Project \(name) is under way but involves nobody outside the administration.",
                    de: "Projekt \(name) läuft, beteiligt aber niemanden außerhalb der Verwaltung."),
                hint: LocalizedText(
                    en: "Consult actors of the municipal group or the community, or add a participation format.",
                    de: "Beteiligen Sie Akteure aus Konzern Kommune oder örtlicher Gemeinschaft, z. B. über ein Beteiligungsformat."))
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
