/// The type of a relation, such as `holds`, `accountable` or `in-field`.
///
/// The built-in types are listed in ``EdgeType/builtIn`` with the node kinds they may connect.
/// A model may add its own types in the `relations` section if their names start with `x-`
/// (`x-funds-through`); those connect any kinds.
public struct EdgeType: RawRepresentable, Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    public var description: String { rawValue }

    public static func < (lhs: EdgeType, rhs: EdgeType) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

extension EdgeType {
    /// An actor holds a role: `mueller -holds-> cdo`.
    public static let holds = EdgeType(rawValue: "holds")
    /// An actor or role belongs to a system: `stadtwerke -in-system-> konzern`.
    public static let inSystem = EdgeType(rawValue: "in-system")
    /// A role pilots a field (the Lotse of that field): `lotse-mobilitaet -pilots-> mobilitaet`.
    public static let pilots = EdgeType(rawValue: "pilots")
    /// A party advises another: `cdo -advises-> ob`.
    public static let advises = EdgeType(rawValue: "advises")
    /// A party coordinates a field, project, format or system: `cdo -coordinates-> mobilitaet`.
    public static let coordinates = EdgeType(rawValue: "coordinates")
    /// A party supports anything: `stadtwerke -supports-> lotse-mobilitaet`.
    public static let supports = EdgeType(rawValue: "supports")
    /// An actor is part of another: `amt-37 -member-of-> dezernat-2`.
    public static let memberOf = EdgeType(rawValue: "member-of")
    /// RACI A (*federführend*): the one party answerable for a project.
    public static let accountable = EdgeType(rawValue: "accountable")
    /// RACI R (*mitwirkend*): does the work.
    public static let responsible = EdgeType(rawValue: "responsible")
    /// RACI C (*beteiligt*): asked before decisions.
    public static let consulted = EdgeType(rawValue: "consulted")
    /// RACI I (*informiert*): kept up to date.
    public static let informed = EdgeType(rawValue: "informed")
    /// A project belongs to a field: `park-app -in-field-> mobilitaet`.
    public static let inField = EdgeType(rawValue: "in-field")
    /// A project serves a target group: `park-app -targets-> pendler`.
    public static let targets = EdgeType(rawValue: "targets")
    /// A participation format involves people in a project: `hackathon -participation-> park-app`.
    public static let participation = EdgeType(rawValue: "participation")
    /// A party takes part in a format: `verein -participates-> hackathon`.
    public static let participates = EdgeType(rawValue: "participates")
    /// A party organises a format: `stadtbibliothek -organises-> makerspace`.
    public static let organises = EdgeType(rawValue: "organises")
    /// A project needs another: `park-app -depends-on-> datenplattform`.
    public static let dependsOn = EdgeType(rawValue: "depends-on")
    /// Parties work together, e.g. across municipalities (*interkommunale Zusammenarbeit*).
    public static let cooperates = EdgeType(rawValue: "cooperates")
    /// A party reports to another.
    public static let reportsTo = EdgeType(rawValue: "reports-to")
    /// A party funds a project or another party.
    public static let funds = EdgeType(rawValue: "funds")
    /// A party delivers a service or system to another party or project.
    public static let delivers = EdgeType(rawValue: "delivers")
    /// A project or party uses what another provides.
    public static let uses = EdgeType(rawValue: "uses")

    /// Whether this is a user-defined type (its name starts with `x-`).
    public var isCustom: Bool { rawValue.hasPrefix("x-") }

    /// The four RACI types, in RACI order.
    public static let raci: [EdgeType] = [.responsible, .accountable, .consulted, .informed]
}

/// What a built-in edge type may connect, and how a German model may name it.
public struct EdgeTypeRule: Sendable {
    /// The edge type.
    public let type: EdgeType
    /// Kinds the edge may start from; `nil` for any.
    public let sourceKinds: Set<NodeKind>?
    /// Kinds the edge may point to; `nil` for any.
    public let targetKinds: Set<NodeKind>?
    /// Words a model may use for the type in `relations` besides its name.
    public let aliases: [String]
}

extension EdgeType {
    private static let parties: Set<NodeKind> = [.actor, .role]

    /// Every built-in edge type with its rule, in documentation order.
    public static let builtIn: [EdgeTypeRule] = [
        EdgeTypeRule(type: .holds, sourceKinds: [.actor], targetKinds: [.role], aliases: ["hält", "haelt", "besetzt"]),
        EdgeTypeRule(type: .inSystem, sourceKinds: parties, targetKinds: [.system], aliases: ["im-system", "system"]),
        EdgeTypeRule(type: .pilots, sourceKinds: parties, targetKinds: [.field], aliases: ["lotst"]),
        EdgeTypeRule(type: .advises, sourceKinds: parties, targetKinds: parties, aliases: ["berät", "beraet"]),
        EdgeTypeRule(
            type: .coordinates, sourceKinds: parties,
            targetKinds: [.system, .field, .role, .actor, .format, .project], aliases: ["koordiniert"]),
        EdgeTypeRule(type: .supports, sourceKinds: nil, targetKinds: nil, aliases: ["unterstützt", "unterstuetzt"]),
        EdgeTypeRule(
            type: .memberOf, sourceKinds: [.actor], targetKinds: [.actor],
            aliases: ["gehört-zu", "gehoert-zu", "teil-von"]),
        EdgeTypeRule(
            type: .accountable, sourceKinds: parties, targetKinds: [.project],
            aliases: ["federführend", "federfuehrend"]),
        EdgeTypeRule(type: .responsible, sourceKinds: parties, targetKinds: [.project], aliases: ["mitwirkend"]),
        EdgeTypeRule(type: .consulted, sourceKinds: parties, targetKinds: [.project], aliases: ["beteiligt"]),
        EdgeTypeRule(type: .informed, sourceKinds: parties, targetKinds: [.project], aliases: ["informiert"]),
        EdgeTypeRule(type: .inField, sourceKinds: [.project], targetKinds: [.field], aliases: ["im-feld"]),
        EdgeTypeRule(type: .targets, sourceKinds: [.project], targetKinds: [.targetGroup], aliases: ["richtet-sich-an"]),
        EdgeTypeRule(type: .participation, sourceKinds: [.format], targetKinds: [.project], aliases: ["beteiligung"]),
        EdgeTypeRule(type: .participates, sourceKinds: parties, targetKinds: [.format], aliases: ["nimmt-teil"]),
        EdgeTypeRule(type: .organises, sourceKinds: parties, targetKinds: [.format], aliases: ["organisiert", "organizes"]),
        EdgeTypeRule(
            type: .dependsOn, sourceKinds: [.project], targetKinds: [.project],
            aliases: ["hängt-ab-von", "haengt-ab-von", "braucht"]),
        EdgeTypeRule(type: .cooperates, sourceKinds: nil, targetKinds: nil, aliases: ["kooperiert"]),
        EdgeTypeRule(type: .reportsTo, sourceKinds: nil, targetKinds: nil, aliases: ["berichtet-an"]),
        EdgeTypeRule(type: .funds, sourceKinds: nil, targetKinds: nil, aliases: ["finanziert", "fördert", "foerdert"]),
        EdgeTypeRule(type: .delivers, sourceKinds: nil, targetKinds: nil, aliases: ["liefert"]),
        EdgeTypeRule(type: .uses, sourceKinds: nil, targetKinds: nil, aliases: ["nutzt"]),
    ]

    /// The rule of a built-in type; `nil` for custom types.
    public var rule: EdgeTypeRule? { Self.rulesByType[self] }

    private static let rulesByType: [EdgeType: EdgeTypeRule] =
        Dictionary(uniqueKeysWithValues: builtIn.map { ($0.type, $0) })

    /// The edge type a word of the model means: a built-in name or alias, or an `x-` name.
    public init?(word: String) {
        let wanted = Vocabulary.normalise(word)
        if wanted.hasPrefix("x-"), wanted.count > 2 {
            self.init(rawValue: wanted)
            return
        }
        guard let type = Self.builtInByWord[wanted] else { return nil }
        self = type
    }

    /// Each built-in type by its name and by its aliases in normal form, the first type
    /// winning a word two would share: looked up per relation, where searching the list
    /// normalised every German alias anew (10 µs a relation).
    private static let builtInByWord: [String: EdgeType] = builtIn.reduce(into: [:]) { table, rule in
        for word in [rule.type.rawValue] + rule.aliases.map(Vocabulary.normalise) where table[word] == nil {
            table[word] = rule.type
        }
    }
}
