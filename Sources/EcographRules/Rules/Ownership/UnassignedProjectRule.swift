import EcographCore
import EcographMessages

/// Every project belongs to a field of action.
public struct UnassignedProjectRule: Rule {
    public static let description = RuleDescription(
        id: "unassigned-project",
        name: LocalizedText(en: "Project in no field", de: "Projekt ohne Gestaltungsfeld"),
        summary: LocalizedText(
            en: "A project belongs to no field of action.",
            de: "Ein Projekt gehört zu keinem Gestaltungsfeld."),
        rationale: """
            All digitalisation activities in the ecosystem must be coordinated and, where needed, \
            consolidated. A project outside every field has no Lotse to drive it and escapes the \
            coordination of its field.
            """,
        fix: "Set 'field' (German: 'gestaltungsfeld') to the field the project serves.",
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
                message: LocalizedText(
                    en: "Project \(name) belongs to no field of action.",
                    de: "Projekt \(name) gehört zu keinem Gestaltungsfeld."),
                hint: LocalizedText(
                    en: "Add 'field:' with the field it serves.",
                    de: "Ergänzen Sie 'gestaltungsfeld:' mit dem Feld, dem es dient."))
        }
    }
}
