import EcographCore
import EcographRules

/// The ecosystem at the level a council reads: systems and fields as the units, and between
/// them how often parties of a system are accountable (A), responsible (R), consulted (C) or
/// informed (I) for projects of a field. Each field knows its Lotsen, its projects by status
/// and its findings; each system its actors, roles and findings.
///
/// ```swift
/// let landscape = Landscape(graph: model.graph, findings: result.findings)
/// for link in landscape.links {
///     print(link.system, "→", link.field, link.count(.accountable), "A")
/// }
/// ```
public struct Landscape: Sendable {
    /// Errors, warnings and info of a unit.
    public struct FindingCounts: Sendable, Equatable {
        public var errors = 0
        public var warnings = 0
        public var infos = 0

        public init() {}

        /// The count of one severity.
        public subscript(severity: Severity) -> Int {
            get {
                switch severity {
                case .error: return errors
                case .warning: return warnings
                case .info: return infos
                }
            }
            set {
                switch severity {
                case .error: errors = newValue
                case .warning: warnings = newValue
                case .info: infos = newValue
                }
            }
        }

        /// The number of findings of all severities.
        public var total: Int { errors + warnings + infos }
    }

    /// A system of the ecosystem, or the synthetic unit of parties without a system.
    public struct SystemUnit: Sendable {
        /// The system's node index; `nil` for ``Landscape/noSystemID``.
        public let node: Int?
        public var actors = 0
        public var roles = 0
        public var findings = FindingCounts()
        /// For the unit without a system: the parties in it (vacant roles, actors without `system`).
        public var parties: [Int] = []
    }

    /// A Lotse role of a field and the actors holding it.
    public struct Pilot: Sendable {
        public let role: Int
        public let holders: [Int]
    }

    /// A field of action, or the synthetic unit of projects without a field.
    public struct FieldUnit: Sendable {
        /// The field's node index; `nil` for ``Landscape/noFieldID``.
        public let node: Int?
        /// Its Lotse roles (type lotse, `pilots` the field), held or vacant.
        public var pilots: [Pilot] = []
        /// Its projects, in index order.
        public var projects: [Int] = []
        /// How many of its projects have each status; `nil` counts projects without one.
        public var statusCounts: [ProjectStatus?: Int] = [:]
        public var findings = FindingCounts()

        /// Whether some Lotse role of the field is held by an actor.
        public var hasLotse: Bool { pilots.contains { !$0.holders.isEmpty } }
    }

    /// How often parties of a system take part, by relation type, in the projects of a field.
    public struct Link: Sendable {
        /// Index into ``Landscape/systems``.
        public let system: Int
        /// Index into ``Landscape/fields``.
        public let field: Int
        public var counts: [EdgeType: Int] = [:]

        /// The count of one relation type (`.accountable`, `.responsible`, `.consulted`, `.informed`).
        public func count(_ type: EdgeType) -> Int { counts[type] ?? 0 }
    }

    /// The id of the synthetic unit for projects without a field (it starts with `_`, which no model id can).
    public static let noFieldID = "_no-field"
    /// The id of the synthetic unit for parties without a system.
    public static let noSystemID = "_no-system"

    public let graph: EcosystemGraph
    /// The systems, in id order, then parties without a system if there are any.
    public let systems: [SystemUnit]
    /// The fields, in id order, then projects without a field if there are any.
    public let fields: [FieldUnit]
    /// The links that carry at least one relation, by system, then field.
    public let links: [Link]
    /// The CDO roles and the fields each coordinates.
    public let cdos: [(role: Int, holders: [Int], fields: Int)]
    /// Findings of the ecosystem as a whole (no subject, or a subject in no unit).
    public let otherFindings: FindingCounts

    public init(graph: EcosystemGraph, findings: [Finding]) {
        self.graph = graph
        var systemPosition: [Int: Int] = [:]
        var systems: [SystemUnit] = []
        for system in graph.nodes(of: .system) {
            systemPosition[system] = systems.count
            systems.append(SystemUnit(node: system))
        }
        var fieldPosition: [Int: Int] = [:]
        var fields: [FieldUnit] = []
        for field in graph.nodes(of: .field) {
            fieldPosition[field] = fields.count
            var unit = FieldUnit(node: field)
            unit.pilots = graph.sources(of: field, via: .pilots)
                .filter { graph.nodes[$0].roleType == .lotse }
                .map { Pilot(role: $0, holders: graph.holders(of: $0)) }
            fields.append(unit)
        }
        var noSystem: Int?
        var noField: Int?

        // Where a party sits: an actor in its systems; a role in its own system or its holders'.
        func systemsOf(_ party: Int) -> [Int] {
            var found = graph.targets(of: party, via: .inSystem)
            if found.isEmpty, graph.nodes[party].kind == .role {
                found = graph.holders(of: party).flatMap { graph.targets(of: $0, via: .inSystem) }
            }
            var positions = Array(Set(found.compactMap { systemPosition[$0] })).sorted()
            if positions.isEmpty {
                if noSystem == nil {
                    noSystem = systems.count
                    systems.append(SystemUnit(node: nil))
                }
                positions = [noSystem!]
                if !systems[noSystem!].parties.contains(party) { systems[noSystem!].parties.append(party) }
            }
            return positions
        }

        var links: [Int: Link] = [:]  // key: system * fieldCount + field, computed after the units are known
        var pending: [(system: Int, field: Int, type: EdgeType)] = []
        for project in graph.nodes(of: .project) {
            var homes = graph.targets(of: project, via: .inField).compactMap { fieldPosition[$0] }
            if homes.isEmpty {
                if noField == nil {
                    noField = fields.count
                    fields.append(FieldUnit(node: nil))
                }
                homes = [noField!]
            }
            let status = graph.nodes[project].status
            for home in homes {
                fields[home].projects.append(project)
                fields[home].statusCounts[status, default: 0] += 1
            }
            for type in EdgeType.raci {
                for party in graph.sources(of: project, via: type) {
                    for system in systemsOf(party) {
                        for home in homes { pending.append((system, home, type)) }
                    }
                }
            }
        }
        for (system, field, type) in pending {
            let key = system * (fields.count + 1) + field
            links[key, default: Link(system: system, field: field)].counts[type, default: 0] += 1
        }
        for actor in graph.nodes(of: .actor) {
            for system in systemsOf(actor) { systems[system].actors += 1 }
        }
        for role in graph.nodes(of: .role) where !graph.holders(of: role).isEmpty || !graph.targets(of: role, via: .inSystem).isEmpty {
            for system in systemsOf(role) { systems[system].roles += 1 }
        }

        // Each finding counts once, for the unit of its main subject.
        var other = FindingCounts()
        var pilotedField: [Int: Int] = [:]
        for (position, field) in fields.enumerated() {
            for pilot in field.pilots { pilotedField[pilot.role] = position }
        }
        for finding in findings {
            guard let id = finding.subject, let subject = graph.index(of: id) else {
                other[finding.severity] += 1
                continue
            }
            switch graph.nodes[subject].kind {
            case .field:
                fields[fieldPosition[subject]!].findings[finding.severity] += 1
            case .project:
                let home = graph.targets(of: subject, via: .inField).compactMap { fieldPosition[$0] }.first ?? noField
                if let home { fields[home].findings[finding.severity] += 1 } else { other[finding.severity] += 1 }
            case .role where pilotedField[subject] != nil:
                fields[pilotedField[subject]!].findings[finding.severity] += 1
            case .role, .actor:
                systems[systemsOf(subject)[0]].findings[finding.severity] += 1
            case .system:
                systems[systemPosition[subject]!].findings[finding.severity] += 1
            default:  // target groups, formats and kinds of profiles
                other[finding.severity] += 1
            }
        }
        self.systems = systems
        self.fields = fields
        self.links = links.keys.sorted().map { links[$0]! }
        self.otherFindings = other
        self.cdos = graph.roles(ofType: .cdo).map { role in
            (role, graph.holders(of: role), graph.targets(of: role, via: .coordinates).filter { graph.nodes[$0].kind == .field }.count)
        }
    }

    /// The id a unit is drawn with: its node's id, or the synthetic id.
    public func id(ofSystem position: Int) -> String { systems[position].node.map { graph.nodes[$0].id } ?? Self.noSystemID }

    /// The id a field unit is drawn with.
    public func id(ofField position: Int) -> String { fields[position].node.map { graph.nodes[$0].id } ?? Self.noFieldID }
}
