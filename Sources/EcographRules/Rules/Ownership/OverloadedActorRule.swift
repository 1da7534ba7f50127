import EcographCore
import EcographMessages

/// An actor accountable for too many projects in progress at once.
public struct OverloadedActorRule: Rule {
    public static let description = RuleDescription(
        id: "overloaded-actor",
        name: LocalizedText(en: "Overloaded actor", de: "Überlastete Stelle"),
        summary: LocalizedText(
            en: "An actor is accountable, directly or through held roles, for more starting or running projects than the limit.",
            de: "Eine Stelle ist direkt oder über ihre Rollen für mehr beginnende oder laufende Projekte federführend als das Limit."),
        rationale: """
            Accountability that piles up on one person or office becomes nominal: nobody can \
            answer for many projects at once. Spreading it over the Lotsen of the fields keeps it real.
            """,
        fix: "Hand the accountability for some projects to other roles, e.g. the Lotse of their field, or raise 'max-projects' if the load is intended.",
        defaultSeverity: .warning,
        options: [RuleOption(
            name: "max-projects", summary: "The most starting or running projects one actor may be accountable for.",
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
                message: LocalizedText(
                    en: "\(name) is accountable for \(projects.count) starting or running projects (limit \(limit)).",
                    de: "\(name) ist für \(projects.count) beginnende oder laufende Projekte federführend (Limit \(limit))."),
                hint: LocalizedText(
                    en: "Hand some of them to the Lotse of their field or another role.",
                    de: "Geben Sie einige an die Lotsin bzw. den Lotsen ihres Feldes oder eine andere Rolle ab."))
        }
    }
}
