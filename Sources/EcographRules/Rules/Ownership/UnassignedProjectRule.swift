import EcographCore
import EcographMessages

/// Every project belongs to a field of action.
public struct UnassignedProjectRule: Rule {
    public static let description = RuleDescription(
        id: "unassigned-project",
        name: RuleMessage.unassignedName.text,
        summary: RuleMessage.unassignedSummary.text,
        rationale: RuleMessage.unassignedRationale.text,
        fix: RuleMessage.unassignedFix.text,
        defaultSeverity: .warning,
        triggeringExamples: ["projects:\n  park-app: { name: Park-App }\n"],
        nonTriggeringExamples: ["fields:\n  mobilitaet: Mobilität\nprojects:\n  park-app: { field: mobilitaet }\n"])

    public init(options: RuleOptions) {}

    public func check(_ graph: EcosystemGraph) -> [Violation] {
        graph.nodes(of: .project).compactMap { project in
            guard graph.targets(of: project, via: .inField).isEmpty else { return nil }
            let name = graph.quotedName(project)
            return Violation(
                subjects: [project],
                message: RuleMessage.unassignedMessage(["name": name]),
                hint: RuleMessage.unassignedHint.text)
        }
    }
}
