/// What a role is for. The checks look for the chief executive, the CDO and the Lotsen.
public enum RoleType: String, Term, Codable {
    /// The head of the administration (*Hauptverwaltungsbeamter*): mayor, Landrat.
    case chiefExecutive = "chief-executive"
    /// The executive board (*Verwaltungsvorstand*).
    case board
    /// The Chief Digital Officer: the face of digitalisation, link between the three systems.
    case cdo
    /// A *Digitaler Lotse* (digital pilot): the expert who drives one field of action.
    case lotse
    /// A coordinating role: a digitalisation office, a programme lead.
    case coordinator
    /// The lead of a unit, department or company.
    case lead
    /// A specialist role.
    case expert
    /// Any other role. The default when a role names no type.
    case other

    public static let termName = "role type"

    public var germanWord: String {
        switch self {
        case .cdo, .lotse: return rawValue
        default: return aliases[0]
        }
    }

    public var aliases: [String] {
        switch self {
        case .chiefExecutive:
            return ["hauptverwaltungsbeamter", "hauptverwaltungsbeamtin", "hvb", "verwaltungsspitze"]
        case .board: return ["verwaltungsvorstand", "vorstand"]
        case .cdo: return ["chief-digital-officer"]
        case .lotse: return ["lotsin", "digitaler-lotse", "digitale-lotsin", "pilot", "digital-pilot"]
        case .coordinator: return ["koordination", "koordinator", "koordinatorin"]
        case .lead: return ["leitung"]
        case .expert: return ["fachkraft", "experte", "expertin"]
        case .other: return ["sonstige", "andere"]
        }
    }
}
