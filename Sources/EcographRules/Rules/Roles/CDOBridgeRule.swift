import EcographCore
import EcographMessages

/// The CDO exists, advises the chief executive, and links the three systems.
public struct CDOBridgeRule: Rule {
    public static let description = RuleDescription(
        id: "cdo-bridge",
        name: RuleMessage.cdoName.text,
        summary: RuleMessage.cdoSummary.text,
        rationale: RuleMessage.cdoRationale.text,
        fix: RuleMessage.cdoFix.text,
        defaultSeverity: .warning,
        triggeringExamples: [
            "roles:\n  ob: { type: chief-executive }\n",
            """
            systems:
              verwaltung: { type: administration }
              konzern: { type: municipal-group }
              gemeinschaft: { type: community }
            roles:
              ob: { type: chief-executive }
              cdo: { type: cdo, advises: ob }
            actors:
              mueller: { system: verwaltung, holds: cdo }
            """,
        ],
        nonTriggeringExamples: [
            """
            systems:
              verwaltung: { type: administration }
              konzern: { type: municipal-group }
              gemeinschaft: { type: community }
            fields:
              mobilitaet: Mobilität
            roles:
              ob: { type: chief-executive }
              cdo: { type: cdo, advises: ob, coordinates: mobilitaet }
              lotse: { type: lotse, pilots: mobilitaet }
            actors:
              mueller: { system: verwaltung, holds: cdo }
              stadtwerke: { system: konzern, holds: lotse }
              verein: { system: gemeinschaft }
            projects:
              app: { field: mobilitaet, consulted: verein }
            """,
        ])

    public init(options: RuleOptions) {}

    /// The three systems a CDO must link, in message order.
    static let requiredSystems: [SystemType] = [.administration, .municipalGroup, .community]

    public func check(_ graph: EcosystemGraph) -> [Violation] {
        let cdos = graph.roles(ofType: .cdo)
        guard !cdos.isEmpty else {
            return [Violation(
                subjects: [],
                message: RuleMessage.cdoMissingMessage.text,
                hint: RuleMessage.cdoMissingHint.text)]
        }
        var violations: [Violation] = []
        for cdo in cdos {
            let name = graph.quotedName(cdo)
            if !advisesChiefExecutive(cdo, in: graph) {
                violations.append(Violation(
                    subjects: [cdo],
                    message: RuleMessage.cdoAdvisesMessage(["name": name]),
                    hint: RuleMessage.cdoAdvisesHint.text))
            }
            let touched = systemTypes(reachedBy: cdo, in: graph)
            let missing = Self.requiredSystems.filter { !touched.contains($0) }
            if !missing.isEmpty {
                violations.append(Violation(
                    subjects: [cdo],
                    message: RuleMessage.cdoReachMessage(["name": name, "systems": LocalizedText.joined(missing.map(\.reachLabel), separator: RuleMessage.cdoReachOr.text)]),
                    hint: RuleMessage.cdoReachHint.text))
            }
        }
        return violations
    }

    private func advisesChiefExecutive(_ cdo: Int, in graph: EcosystemGraph) -> Bool {
        let advisors = [cdo] + graph.holders(of: cdo)
        return advisors.contains { advisor in
            graph.targets(of: advisor, via: .advises).contains { advised in
                let parties = graph.nodes[advised].kind == .actor ? graph.targets(of: advised, via: .holds) : [advised]
                return parties.contains { graph.nodes[$0].roleType == .chiefExecutive }
            }
        }
    }

    private static let fieldInward: [EdgeType] = [.inField, .pilots]
    private static let projectInward: [EdgeType] = EdgeType.raci + [.participation]
    private static let formatInward: [EdgeType] = [.participates, .organises]
    private static let roleInward: [EdgeType] = [.holds]

    /// The system types touched by a CDO's reach (see the rule's rationale).
    func systemTypes(reachedBy cdo: Int, in graph: EcosystemGraph) -> Set<SystemType> {
        let outward: [EdgeType] = [.coordinates, .advises, .supports, .cooperates, .organises, .pilots, .accountable, .responsible]
        let parties = [cdo] + graph.holders(of: cdo)
        var reached = Set(parties)
        var work: [Int] = []
        for party in parties {
            for edge in graph.outgoing(party) where outward.contains(graph.edges[edge].type) {
                work.append(graph.edges[edge].to)
            }
        }
        while let node = work.popLast() {
            guard reached.insert(node).inserted else { continue }
            let inward: [EdgeType]
            switch graph.nodes[node].kind {
            case .field: inward = Self.fieldInward
            case .project: inward = Self.projectInward
            case .format: inward = Self.formatInward
            case .role: inward = Self.roleInward
            default: continue  // systems, actors, target groups and kinds of profiles
            }
            for edge in graph.incoming(node) where inward.contains(graph.edges[edge].type) {
                let source = graph.edges[edge].from
                if !reached.contains(source) { work.append(source) }
            }
        }
        var types = Set<SystemType>()
        for node in reached {
            if let type = graph.nodes[node].systemType { types.insert(type) }
            if graph.nodes[node].kind == .actor || graph.nodes[node].kind == .role {
                for system in graph.targets(of: node, via: .inSystem) {
                    if let type = graph.nodes[system].systemType { types.insert(type) }
                }
            }
        }
        return types
    }
}

extension SystemType {
    /// How messages name a system of this type (`the municipal group` / `den Konzern Kommune`).
    var reachLabel: LocalizedText {
        switch self {
        case .administration: return RuleMessage.systemAdministration.text
        case .municipalGroup: return RuleMessage.systemMunicipalGroup.text
        case .community: return RuleMessage.systemCommunity.text
        case .external: return RuleMessage.systemExternal.text
        }
    }
}
