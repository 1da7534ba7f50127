/// The live page of `ecograph serve` (headings, view menu, status line, the script's texts), the
/// server's short replies, and what the command prints.
public enum ServeMessage: String, MessageArea {
    public static let area = "serve"

    // The page
    case title
    case view
    case landscape
    case overview
    case fields
    case systems
    case municipalities
    case focus
    case map
    case findings
    case portfolio
    case raci
    case problems
    case noFindings = "no-findings"
    case advice
    case loading
    case drawing
    case live
    case invalid
    case invalidFromTheStart = "invalid-from-the-start"
    case disconnected
    case viewFailed = "view-failed"
    case notInMap = "not-in-map"
    case noModel = "no-model"
    case summary
    // The server's replies
    case notFound = "not-found"
    case unknownView = "unknown-view"
    case tooManyListeners = "too-many-listeners"
    case wrongHost = "wrong-host"
    // The command
    case listening
    case exposed
    case cannotListen = "cannot-listen"

    public var wording: Wording {
        switch self {
        case .title: Wording(en: "Live map", de: "Live-Karte")
        case .view: Wording(en: "View", de: "Ansicht")
        case .landscape: Wording(en: "Landscape", de: "Landschaft")
        case .overview: Wording(en: "Overview (all nodes)", de: "Übersicht (alle Knoten)")
        case .fields: Wording(en: "Fields of action", de: "Gestaltungsfelder")
        case .systems: Wording(en: "Systems", de: "Systeme")
        case .municipalities: Wording(en: "Municipalities", de: "Kommunen")
        case .focus: Wording(en: "Focus", de: "Fokus")
        case .map: Wording(en: "Map", de: "Karte")
        case .findings: Wording(en: "Findings", de: "Befunde")
        case .portfolio: Wording(en: "Innovation portfolio", de: "Innovationsportfolio")
        case .raci: Wording(en: "RACI matrix", de: "RACI-Matrix")
        case .problems: Wording(en: "Problems in the model", de: "Probleme im Modell")
        case .noFindings: Wording(en: "No findings.", de: "Keine Befunde.")
        case .advice: Wording(en: "What to do:", de: "Was Sie tun können:")
        case .loading: Wording(en: "Reading the model …", de: "Das Modell wird gelesen …")
        case .drawing: Wording(en: "Drawing the map …", de: "Die Karte wird gezeichnet …")
        case .live:
            Wording(en: "Live: the page follows the model whenever you save it.", de: "Live: Die Seite folgt dem Modell, sobald Sie es speichern.")
        case .invalid:
            Wording(
                en: "The model is invalid. The map and findings show the last valid state; fix the problems below and save.",
                de: "Das Modell ist fehlerhaft. Karte und Befunde zeigen den letzten gültigen Stand; beheben Sie die Probleme unten und speichern Sie.")
        case .invalidFromTheStart:
            Wording(
                en: "The model is invalid, and no valid state of it has been read yet: fix the problems below and save; the map and findings appear then.",
                de: "Das Modell ist fehlerhaft, und ein gültiger Stand liegt noch nicht vor: Beheben Sie die Probleme unten und speichern Sie; dann erscheinen Karte und Befunde.")
        case .disconnected:
            Wording(
                en: "The connection to ecograph was lost; trying again …",
                de: "Die Verbindung zu ecograph ist unterbrochen; neuer Versuch …")
        case .viewFailed: Wording(en: "This view could not be drawn:", de: "Diese Ansicht konnte nicht gezeichnet werden:")
        case .notInMap:
            Wording(en: "Not in this view; showing its neighbourhood.", de: "Nicht in dieser Ansicht; gezeigt wird seine Umgebung.")
        case .noModel: Wording(en: "No valid state of the model yet.", de: "Noch kein gültiger Stand des Modells.")
        case .summary:
            Wording(
                en: "{errors} {errors|error|errors}, {warnings} {warnings|warning|warnings}, {infos} info",
                de: "{errors} Fehler, {warnings} {warnings|Warnung|Warnungen}, {infos} {infos|Hinweis|Hinweise}")
        case .notFound: Wording(en: "Not found.", de: "Nicht gefunden.")
        case .unknownView: Wording(en: "This model has no such view.", de: "Dieses Modell hat keine solche Ansicht.")
        case .tooManyListeners:
            Wording(
                en: "Too many pages follow this model; close one and reload.",
                de: "Zu viele Seiten folgen diesem Modell; schließen Sie eine und laden Sie neu.")
        case .wrongHost:
            Wording(
                en: "This server answers only to addresses of this machine.",
                de: "Dieser Server antwortet nur Adressen dieses Rechners.")
        case .listening:
            Wording(en: "ecograph serve: open {url} in your browser (Ctrl-C stops it)", de: "ecograph serve: Öffnen Sie {url} im Browser (beenden mit Strg-C)")
        case .exposed:
            Wording(
                en: "--host {host}: the server can be reached from other machines; anyone who reaches it sees the model.",
                de: "--host {host}: Der Server ist auch von anderen Rechnern aus erreichbar; jeder, der ihn erreicht, sieht das Modell.")
        case .cannotListen:
            Wording(
                en: "cannot listen on {address} ({reason}); choose another --port",
                de: "kann nicht auf {address} lauschen ({reason}); wählen Sie einen anderen --port")
        }
    }
}
