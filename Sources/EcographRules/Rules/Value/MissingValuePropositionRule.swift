import EcographCore
import Foundation
import EcographMessages

/// Every project says which value it offers to which target group.
public struct MissingValuePropositionRule: Rule {
    public static let description = RuleDescription(
        id: "missing-value-proposition",
        name: LocalizedText(en: "Missing value proposition", de: "Fehlendes Nutzenversprechen"),
        summary: LocalizedText(
            en: "A project names no value proposition or no target group.",
            de: "Ein Projekt nennt kein Nutzenversprechen oder keine Zielgruppe."),
        rationale: """
            Digitalisation is not a value in itself. Every project answers: which value do we \
            promise to which target group — who is to experience an improvement?
            """,
        fix: "Write the promise under 'value' (German: 'nutzenversprechen') and name who benefits under 'target-groups' ('zielgruppen').",
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
                    message: LocalizedText(
                        en: "Project \(name) names no value proposition.",
                        de: "Projekt \(name) nennt kein Nutzenversprechen."),
                    hint: LocalizedText(
                        en: "Add 'value:' saying what improves, for whom.",
                        de: "Ergänzen Sie 'nutzenversprechen:': was wird für wen besser?"))
            case (true, false):
                return Violation(
                    subjects: [project],
                    message: LocalizedText(
                        en: "Project \(name) names no target group.",
                        de: "Projekt \(name) nennt keine Zielgruppe."),
                    hint: LocalizedText(
                        en: "Add 'target-groups:' with who is to experience the improvement.",
                        de: "Ergänzen Sie 'zielgruppen:': wer soll die Verbesserung erleben?"))
            case (false, false):
                return Violation(
                    subjects: [project],
                    message: LocalizedText(
                        en: "Project \(name) names neither a value proposition nor a target group.",
                        de: "Projekt \(name) nennt weder Nutzenversprechen noch Zielgruppe."),
                    hint: LocalizedText(
                        en: "Add 'value:' and 'target-groups:'.",
                        de: "Ergänzen Sie 'nutzenversprechen:' und 'zielgruppen:'."))
            }
        }
    }
}
