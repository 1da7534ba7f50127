import EcographCore
import EcographMessages

/// A project needs exactly one accountable party (RACI "A", *federführend*).
public struct UnclearOwnershipRule: Rule {
    public static let description = RuleDescription(
        id: "unclear-ownership",
        name: RuleMessage.unclearName.text,
        summary: RuleMessage.unclearSummary.text,
        rationale: RuleMessage.unclearRationale.text,
        fix: RuleMessage.unclearFix.text,
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
                    message: RuleMessage.unclearNoneMessage(["name": name]),
                    hint: RuleMessage.unclearNoneHint.text)
            }
            if owners.count > 1 {
                let names = owners.map(graph.quotedName).joined(separator: ", ")
                return Violation(
                    subjects: [project] + owners,
                    message: RuleMessage.unclearManyMessage(["name": name, "n": owners.count, "names": names]),
                    hint: RuleMessage.unclearManyHint.text)
            }
            return nil
        }
    }
}
