import EcographCore
import Foundation
import EcographMessages

/// Every project says how its benefit will be shown.
public struct MissingBenefitIndicatorRule: Rule {
    public static let description = RuleDescription(
        id: "missing-benefit-indicator",
        name: RuleMessage.indicatorName.text,
        summary: RuleMessage.indicatorSummary.text,
        rationale: RuleMessage.indicatorRationale.text,
        fix: RuleMessage.indicatorFix.text,
        defaultSeverity: .warning,
        triggeringExamples: ["projects:\n  park-app: { name: Park-App }\n"],
        nonTriggeringExamples: ["projects:\n  park-app: { indicator: Parksuchverkehr −10 % bis 2027 }\n"])

    public init(options: RuleOptions) {}

    public func check(_ graph: EcosystemGraph) -> [Violation] {
        graph.nodes(of: .project).compactMap { project in
            let indicator = graph.nodes[project][attribute: "indicator"] ?? ""
            guard indicator.isBlank else { return nil }
            let name = graph.quotedName(project)
            return Violation(
                subjects: [project],
                message: RuleMessage.indicatorMessage(["name": name]),
                hint: RuleMessage.indicatorHint.text)
        }
    }
}
