import EcographCore
import EcographMessages

/// A project needs exactly one accountable party (RACI "A", *federführend*).
public struct UnclearOwnershipRule: Rule {
    public static let description = RuleDescription(
        id: "unclear-ownership",
        name: LocalizedText(en: "Unclear ownership", de: "Unklare Federführung"),
        summary: LocalizedText(
            en: "A project has no accountable party, or more than one.",
            de: "Ein Projekt hat keine federführende Stelle oder mehr als eine."),
        rationale: """
            The ecosystem works only when roles and areas of responsibility are clearly marked out. \
            A project nobody is accountable for drifts; a project with two accountable parties has \
            none in practice, because each can wait for the other.
            """,
        fix: "Name exactly one role or actor under 'accountable' (German: 'federführend'); move others to 'responsible'.",
        defaultSeverity: .error,
        triggeringExamples: [
            """
            projects:
              park-app: { name: Park-App }
            """,
            """
            actors:
              a: {}
              b: {}
            projects:
              park-app: { accountable: [a, b] }
            """,
        ],
        nonTriggeringExamples: [
            """
            roles:
              lotse: { type: lotse }
            projects:
              park-app: { accountable: lotse }
            """,
        ])

    public init(options: RuleOptions) {}

    public func check(_ graph: EcosystemGraph) -> [Violation] {
        graph.nodes(of: .project).compactMap { project in
            let owners = graph.accountableParties(of: project)
            var name: String { graph.quotedName(project) }  // Built only for a message.
            if owners.isEmpty {
                return Violation(
                    subjects: [project],
                    message: LocalizedText(
                        en: "Project \(name) has no accountable party.",
                        de: "Projekt \(name) hat keine federführende Stelle."),
                    hint: LocalizedText(
                        en: "Name one role or actor under 'accountable'.",
                        de: "Tragen Sie genau eine Rolle oder Stelle unter 'federführend' ein."))
            }
            if owners.count > 1 {
                let names = owners.map(graph.quotedName).joined(separator: ", ")
                return Violation(
                    subjects: [project] + owners,
                    message: LocalizedText(
                        en: "Project \(name) has \(owners.count) accountable parties: \(names).",
                        de: "Projekt \(name) hat \(owners.count) federführende Stellen: \(names)."),
                    hint: LocalizedText(
                        en: "Keep one under 'accountable' and list the others as 'responsible'.",
                        de: "Behalten Sie eine unter 'federführend' und führen Sie die anderen als 'mitwirkend'."))
            }
            return nil
        }
    }
}
