/// How people take part: the participation formats the article names, and a few more.
public enum FormatType: String, Term, Codable {
    case workshop
    case barcamp
    case hackathon
    case makerspace
    case onlineParticipation = "online-participation"
    case survey
    case forum
    case lab
    case other

    public static let termName = "format type"

    public var germanWord: String {
        switch self {
        case .onlineParticipation: return "online-beteiligung"
        case .survey, .forum, .lab, .other: return aliases[0]
        default: return rawValue
        }
    }

    public var aliases: [String] {
        switch self {
        case .workshop: return ["werkstatt"]
        case .barcamp: return []
        case .hackathon: return []
        case .makerspace: return ["maker-space", "fablab", "fab-lab"]
        case .onlineParticipation: return ["online", "online-beteiligung", "onlinebeteiligung"]
        case .survey: return ["umfrage", "befragung"]
        case .forum: return ["bürgerforum", "buergerforum", "veranstaltung", "dialog"]
        case .lab: return ["reallabor", "labor", "living-lab"]
        case .other: return ["sonstige", "andere"]
        }
    }
}
