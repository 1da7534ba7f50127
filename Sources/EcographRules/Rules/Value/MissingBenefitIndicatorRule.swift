import EcographCore
import Foundation
import EcographMessages

/// Every project says how its benefit will be shown.
public struct MissingBenefitIndicatorRule: Rule {
    public static let description = RuleDescription(
        id: "missing-benefit-indicator",
        name: LocalizedText(en: "Missing benefit indicator", de: "Fehlender Nutzennachweis"),
        summary: LocalizedText(
            en: "A project names no indicator by which its benefit can be demonstrated.",
            de: "Ein Projekt nennt keinen Indikator, an dem sich sein Nutzen zeigen lässt."),
        rationale: """
            A value proposition is a promise; an indicator makes it checkable. Without one, nobody \
            can show the council or the public that the project improved anything.
            """,
        fix: "Add 'indicator' (German: 'indikator') with a measurable target, e.g. 'waiting time at the citizens' office −30 % by 2027'.",
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
                message: LocalizedText(
                    en: "Project \(name) names no benefit indicator.",
                    de: "Projekt \(name) nennt keinen Nutzennachweis (Indikator)."),
                hint: LocalizedText(
                    en: "Add 'indicator:' with a measurable target.",
                    de: "Ergänzen Sie 'indikator:' mit einem messbaren Ziel."))
        }
    }
}
