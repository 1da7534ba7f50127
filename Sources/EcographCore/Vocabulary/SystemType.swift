/// The three systems that together form a municipality's digitalisation ecosystem, and a
/// fourth for parties outside them (the state, a neighbouring region's body).
public enum SystemType: String, Term, Codable {
    /// *Kommunalverwaltung*: departments, offices, the IT unit.
    case administration
    /// *Konzern Kommune*: companies and bodies the municipality owns or controls.
    case municipalGroup = "municipal-group"
    /// *Örtliche Gemeinschaft*: citizens, associations, schools, businesses, research.
    case community
    /// Anything beyond the three: the state, a federal agency, a regional association.
    case external

    public static let termName = "system type"

    public var aliases: [String] {
        switch self {
        case .administration: return ["verwaltung", "kommunalverwaltung"]
        case .municipalGroup: return ["konzern", "konzern-kommune", "group"]
        case .community: return ["gemeinschaft", "örtliche-gemeinschaft", "oertliche-gemeinschaft"]
        case .external: return ["extern", "sonstige", "other"]
        }
    }
}
