import EcographCore
import EcographRules

/// Musterstadt's own rule: a project the council follows (tagged `ratsprojekt`) says by when its
/// benefit indicator is to be reached — a year in its `indicator` text.
struct CouncilProjectNeedsIndicatorDateRule: Rule {
    static let description = RuleDescription(
        id: "council-project-indicator-date",
        name: LocalizedText(en: "Council projects date their indicator", de: "Ratsprojekte datieren ihren Indikator"),
        summary: LocalizedText(
            en: "A project tagged 'ratsprojekt' names the year by which its indicator is to be reached.",
            de: "Ein Projekt mit dem Schlagwort 'ratsprojekt' nennt das Jahr, bis zu dem sein Indikator erreicht sein soll."),
        rationale: "The council asks every year how far its projects are; an indicator without a date cannot be reported on.",
        fix: "Write the target year into the indicator, e.g. '… bis Ende 2027'.",
        defaultSeverity: .warning,
        options: [RuleOption(name: "tag", summary: "The tag that marks council projects.", defaultValue: .text("ratsprojekt"))],
        triggeringExamples: ["projects: { p: { name: P, tags: [ratsprojekt], indicator: weniger Staus } }"],
        nonTriggeringExamples: ["projects: { p: { name: P, tags: [ratsprojekt], indicator: weniger Staus bis 2027 } }"])

    let tag: String

    init(options: RuleOptions) {
        tag = options.text("tag") ?? "ratsprojekt"
    }

    func check(_ graph: EcosystemGraph) -> [Violation] {
        graph.nodes(of: .project).compactMap { index in
            let project = graph.nodes[index]
            guard project.attributes["tags"]?.texts.contains(tag) == true else { return nil }
            let indicator = project[attribute: "indicator"] ?? ""
            if indicator.range(of: #"\b20[0-9]{2}\b"#, options: .regularExpression) != nil { return nil }
            return Violation(
                subjects: [index],
                message: LocalizedText(
                    en: "Council project '\(project.name)' gives no year for its indicator.",
                    de: "Ratsprojekt '\(project.name)' nennt kein Jahr für seinen Indikator."),
                hint: LocalizedText(en: "Add the target year to 'indicator'.", de: "Ergänzen Sie das Zieljahr im 'indikator'."))
        }
    }
}
