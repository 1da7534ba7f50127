/// The kinds of node an ecosystem is made of.
///
/// The order of the cases is the canonical order used wherever nodes are listed
/// (exports, summaries): the three systems first, projects last.
public enum NodeKind: String, CaseIterable, Codable, Comparable, Sendable {
    /// One of the three systems of the ecosystem: administration, municipal group, community.
    case system
    /// A field of action (*Gestaltungsfeld*) such as mobility or education.
    case field
    /// A group of people a project means to serve (*Zielgruppe*).
    case targetGroup = "target-group"
    /// A role, held by actors: chief executive, CDO, Digitaler Lotse, …
    case role
    /// A person, office, company, association or other party.
    case actor
    /// A participation format: workshop, barcamp, hackathon, makerspace, online participation.
    case format
    /// A digitalisation project.
    case project

    /// The English noun for one node of this kind, for messages (`"target group"`).
    public var noun: String {
        switch self {
        case .targetGroup: return "target group"
        default: return rawValue
        }
    }

    /// The English plural, for summaries (`"target groups"`).
    public var pluralNoun: String { noun + "s" }

    public static func < (lhs: NodeKind, rhs: NodeKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
