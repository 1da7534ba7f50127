import EcographCore
import EcographMessages

/// The CDO exists, advises the chief executive, and links the three systems.
public struct CDOBridgeRule: Rule {
    public static let description = RuleDescription(
        id: "cdo-bridge",
        name: LocalizedText(en: "CDO as the bridge", de: "CDO als Bindeglied"),
        summary: LocalizedText(
            en: "There is no CDO; or a CDO advises no chief executive; or a CDO's reach misses one of the three systems.",
            de: "Es gibt keinen CDO; oder ein CDO berät keine Verwaltungsspitze; oder die Reichweite eines CDO verfehlt eines der drei Systeme."),
        rationale: """
            The Chief Digital Officer is the face of digitalisation and the link between the three \
            systems — administration, municipal group and local community. The CDO advises the chief \
            executive and coordinates all activities. A CDO's reach is its holders and what it \
            coordinates (fields, projects, formats), followed through their relations: the fields' \
            Lotsen and projects, the projects' parties and formats, the formats' participants. \
            That reach must touch a system of each of the three types. In a region of several \
            municipalities, each CDO is judged on its own reach.
            """,
        fix: """
            Add a role with 'type: cdo' held by an actor; give it 'advises: [CHIEF-EXECUTIVE-ROLE]'; \
            let it 'coordinate' the fields, projects or formats through which it reaches the municipal \
            group and the community.
            """,
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
                message: LocalizedText(
                    en: "The ecosystem has no CDO: no role has type cdo.",
                    de: "Das Ökosystem hat keinen CDO: keine Rolle hat den Typ cdo."),
                hint: LocalizedText(
                    en: "Add a role with 'type: cdo', held by an actor, that advises the chief executive.",
                    de: "Legen Sie eine Rolle mit 'typ: cdo' an, besetzen Sie sie und lassen Sie sie die Verwaltungsspitze beraten."))]
        }
        var violations: [Violation] = []
        for cdo in cdos {
            let name = graph.quotedName(cdo)
            if !advisesChiefExecutive(cdo, in: graph) {
                violations.append(Violation(
                    subjects: [cdo],
                    message: LocalizedText(
                        en: "CDO \(name) advises no chief executive.",
                        de: "CDO \(name) berät keine Verwaltungsspitze."),
                    hint: LocalizedText(
                        en: "Add 'advises:' with the role of type chief-executive (and the board).",
                        de: "Ergänzen Sie 'berät:' mit der Rolle des Typs chief-executive (und dem Verwaltungsvorstand).")))
            }
            let touched = systemTypes(reachedBy: cdo, in: graph)
            let missing = Self.requiredSystems.filter { !touched.contains($0) }
            if !missing.isEmpty {
                violations.append(Violation(
                    subjects: [cdo],
                    message: LocalizedText(
                        en: "CDO \(name) does not reach \(missing.map(\.englishLabel).joined(separator: " or ")).",
                        de: "CDO \(name) erreicht \(missing.map(\.germanLabel).joined(separator: " und ")) nicht."),
                    hint: LocalizedText(
                        en: "Let the CDO coordinate fields, projects or formats that involve actors there.",
                        de: "Lassen Sie den CDO Felder, Projekte oder Formate koordinieren, an denen Akteure dort beteiligt sind.")))
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
            case .system, .actor, .targetGroup: continue
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
    /// How messages name a system of this type in English.
    var englishLabel: String {
        switch self {
        case .administration: return "the administration"
        case .municipalGroup: return "the municipal group"
        case .community: return "the local community"
        case .external: return "external parties"
        }
    }

    /// How messages name a system of this type in German.
    var germanLabel: String {
        switch self {
        case .administration: return "die Kommunalverwaltung"
        case .municipalGroup: return "den Konzern Kommune"
        case .community: return "die örtliche Gemeinschaft"
        case .external: return "externe Partner"
        }
    }
}
