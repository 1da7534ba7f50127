/// Where a project stands in its lifecycle — the article's innovation status:
/// *What do we already do? What is running? What is starting? What is planned? Which ideas exist?*
public enum ProjectStatus: String, Term, Codable, Comparable {
    case idea
    case planned
    case starting
    case running
    case done

    public static let termName = "status"

    public var aliases: [String] {
        switch self {
        case .idea: return ["idee"]
        case .planned: return ["geplant", "in-planung"]
        case .starting: return ["beginnt", "startet", "start"]
        case .running: return ["läuft", "laeuft", "aktiv", "in-umsetzung"]
        case .done: return ["abgeschlossen", "fertig", "erledigt"]
        }
    }

    /// Whether work is under way: starting or running.
    public var isActive: Bool { self == .starting || self == .running }

    public static func < (lhs: ProjectStatus, rhs: ProjectStatus) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
