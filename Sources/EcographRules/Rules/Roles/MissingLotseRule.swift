import EcographCore
import EcographMessages

/// Every field of action has a Digitaler Lotse.
public struct MissingLotseRule: Rule {
    public static let description = RuleDescription(
        id: "missing-lotse",
        name: LocalizedText(en: "Field without Lotse", de: "Gestaltungsfeld ohne Lotse"),
        summary: LocalizedText(
            en: "A field of action is piloted by no role of type lotse.",
            de: "Ein Gestaltungsfeld wird von keiner Rolle des Typs Lotse gelotst."),
        rationale: """
            Digital pilots (Digitale Lotsen) are needed throughout the ecosystem, each an expert \
            for one field who drives its digitalisation in a user-oriented way. A field without \
            one has nobody to drive it and no node in the CDO's network.
            """,
        fix: "Add a role with 'type: lotse' and 'pilots: FIELD' (German: 'typ: lotse', 'lotst: FELD'), and let an actor hold it.",
        defaultSeverity: .error,
        triggeringExamples: [
            "fields:\n  mobilitaet: Mobilität\n",
            """
            fields:
              mobilitaet: Mobilität
            roles:
              beauftragte: { type: coordinator, pilots: mobilitaet }
            """,
        ],
        nonTriggeringExamples: [
            """
            fields:
              mobilitaet: Mobilität
            roles:
              lotse-mobilitaet: { type: lotse, pilots: mobilitaet }
            """,
        ])

    public init(options: RuleOptions) {}

    public func check(_ graph: EcosystemGraph) -> [Violation] {
        graph.nodes(of: .field).compactMap { field in
            let lotsen = graph.sources(of: field, via: .pilots).filter { graph.nodes[$0].roleType == .lotse }
            guard lotsen.isEmpty else { return nil }
            let name = graph.quotedName(field)
            return Violation(
                subjects: [field],
                message: LocalizedText(
                    en: "Field \(name) has no Lotse: no role of type lotse pilots it.",
                    de: "Gestaltungsfeld \(name) hat keine Lotsin bzw. keinen Lotsen: keine Rolle des Typs Lotse lotst es."),
                hint: LocalizedText(
                    en: "Add a role with 'type: lotse' and 'pilots: \(graph.nodes[field].id)', held by an actor.",
                    de: "Legen Sie eine Rolle mit 'typ: lotse' und 'lotst: \(graph.nodes[field].id)' an und besetzen Sie sie."))
        }
    }
}
