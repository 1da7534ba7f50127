/// The words of the model as people read them: kinds of node, project statuses, severities.
public enum WordMessage: String, MessageArea {
    public static let area = "word"

    case kindSystem = "kind.system"
    case kindField = "kind.field"
    case kindTargetGroup = "kind.target-group"
    case kindRole = "kind.role"
    case kindActor = "kind.actor"
    case kindFormat = "kind.format"
    case kindProject = "kind.project"
    case kindsSystem = "kinds.system"
    case kindsField = "kinds.field"
    case kindsTargetGroup = "kinds.target-group"
    case kindsRole = "kinds.role"
    case kindsActor = "kinds.actor"
    case kindsFormat = "kinds.format"
    case kindsProject = "kinds.project"
    case statusIdea = "status.idea"
    case statusPlanned = "status.planned"
    case statusStarting = "status.starting"
    case statusRunning = "status.running"
    case statusDone = "status.done"
    case severityError = "severity.error"
    case severityWarning = "severity.warning"
    case severityInfo = "severity.info"
    case severityErrors = "severities.error"
    case severityWarnings = "severities.warning"
    case severityInfos = "severities.info"
    case edgeCount = "edge-count"

    public var wording: Wording {
        switch self {
        case .kindSystem: Wording(en: "system", de: "System")
        case .kindField: Wording(en: "field", de: "Gestaltungsfeld")
        case .kindTargetGroup: Wording(en: "target group", de: "Zielgruppe")
        case .kindRole: Wording(en: "role", de: "Rolle")
        case .kindActor: Wording(en: "actor", de: "Akteur")
        case .kindFormat: Wording(en: "format", de: "Format")
        case .kindProject: Wording(en: "project", de: "Projekt")
        case .kindsSystem: Wording(en: "systems", de: "Systeme")
        case .kindsField: Wording(en: "fields", de: "Gestaltungsfelder")
        case .kindsTargetGroup: Wording(en: "target groups", de: "Zielgruppen")
        case .kindsRole: Wording(en: "roles", de: "Rollen")
        case .kindsActor: Wording(en: "actors", de: "Akteure")
        case .kindsFormat: Wording(en: "formats", de: "Formate")
        case .kindsProject: Wording(en: "projects", de: "Projekte")
        case .statusIdea: Wording(en: "idea", de: "Idee")
        case .statusPlanned: Wording(en: "planned", de: "geplant")
        case .statusStarting: Wording(en: "starting", de: "beginnt")
        case .statusRunning: Wording(en: "running", de: "läuft")
        case .statusDone: Wording(en: "done", de: "abgeschlossen")
        case .severityError: Wording(en: "error", de: "Fehler")
        case .severityWarning: Wording(en: "warning", de: "Warnung")
        case .severityInfo: Wording(en: "info", de: "Hinweis")
        case .severityErrors: Wording(en: "errors", de: "Fehler")
        case .severityWarnings: Wording(en: "warnings", de: "Warnungen")
        case .severityInfos: Wording(en: "info", de: "Hinweise")
        case .edgeCount: Wording(en: "{n} {n|edge|edges}", de: "{n} {n|Beziehung|Beziehungen}")
        }
    }
}
