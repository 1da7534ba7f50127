import EcographCore
import Foundation
import EcographMessages

/// Every project says which value it offers to which target group.
public struct MissingValuePropositionRule: Rule {
    public static let description = RuleDescription(
        id: "missing-value-proposition",
        name: RuleMessage.valueName.text,
        summary: RuleMessage.valueSummary.text,
        rationale: RuleMessage.valueRationale.text,
        fix: RuleMessage.valueFix.text,
        defaultSeverity: .warning,
        triggeringExamples: [
            "projects:\n  park-app: { value: Freie Parkplätze finden }\n",
            "target-groups:\n  pendler: Pendler\nprojects:\n  park-app: { target-groups: pendler }\n",
        ],
        nonTriggeringExamples: [
            "target-groups:\n  pendler: Pendler\nprojects:\n  park-app: { value: Freie Parkplätze finden, target-groups: pendler }\n",
        ])

    public init(options: RuleOptions) {}

    public func check(_ graph: EcosystemGraph) -> [Violation] {
        graph.nodes(of: .project).compactMap { project in
            let hasValue = !(graph.nodes[project][attribute: "value"] ?? "").isBlank
            let hasTargetGroup = !graph.targets(of: project, via: .targets).isEmpty
            var name: String { graph.quotedName(project) }  // Built only for a message.
            switch (hasValue, hasTargetGroup) {
            case (true, true):
                return nil
            case (false, true):
                return Violation(
                    subjects: [project],
                    message: RuleMessage.valueNoValueMessage(["name": name]),
                    hint: RuleMessage.valueNoValueHint.text)
            case (true, false):
                return Violation(
                    subjects: [project],
                    message: RuleMessage.valueNoGroupMessage(["name": name]),
                    hint: RuleMessage.valueNoGroupHint.text)
            case (false, false):
                return Violation(
                    subjects: [project],
                    message: RuleMessage.valueNeitherMessage(["name": name]),
                    hint: RuleMessage.valueNeitherHint.text)
            }
        }
    }
}
