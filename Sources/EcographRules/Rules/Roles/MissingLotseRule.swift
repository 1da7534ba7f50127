import EcographCore
import EcographMessages

/// Every field of action has a Digitaler Lotse.
public struct MissingLotseRule: Rule {
    public static let description = RuleDescription(
        id: "missing-lotse",
        name: RuleMessage.missingLotseName.text,
        summary: RuleMessage.missingLotseSummary.text,
        rationale: RuleMessage.missingLotseRationale.text,
        fix: RuleMessage.missingLotseFix.text,
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
                message: RuleMessage.missingLotseMessage(["name": name]),
                hint: RuleMessage.missingLotseHint(["id": graph.nodes[field].id]))
        }
    }
}
