import EcographRules

/// Every text of the live page, in English and German (formal "Sie"): one place, so that they
/// can move into the message catalogue together.
enum ServeWords {
    private static func pick(_ language: Language, _ en: String, _ de: String) -> String { language == .de ? de : en }

    static func title(_ language: Language) -> String { pick(language, "Live map", "Live-Karte") }
    static func view(_ language: Language) -> String { pick(language, "View", "Ansicht") }
    static func landscape(_ language: Language) -> String { pick(language, "Landscape", "Landschaft") }
    static func overview(_ language: Language) -> String { pick(language, "Overview (all nodes)", "Übersicht (alle Knoten)") }
    static func fields(_ language: Language) -> String { pick(language, "Fields of action", "Gestaltungsfelder") }
    static func systems(_ language: Language) -> String { pick(language, "Systems", "Systeme") }
    static func municipalities(_ language: Language) -> String { pick(language, "Municipalities", "Kommunen") }
    static func focus(_ language: Language) -> String { pick(language, "Focus", "Fokus") }
    static func map(_ language: Language) -> String { pick(language, "Map", "Karte") }
    static func findings(_ language: Language) -> String { pick(language, "Findings", "Befunde") }
    static func portfolio(_ language: Language) -> String { pick(language, "Innovation portfolio", "Innovationsportfolio") }
    static func raci(_ language: Language) -> String { pick(language, "RACI matrix", "RACI-Matrix") }
    static func problems(_ language: Language) -> String { pick(language, "Problems in the model", "Probleme im Modell") }
    static func noFindings(_ language: Language) -> String { pick(language, "No findings.", "Keine Befunde.") }
    static func advice(_ language: Language) -> String { pick(language, "What to do:", "Was Sie tun können:") }
    static func loading(_ language: Language) -> String { pick(language, "Reading the model …", "Das Modell wird gelesen …") }
    static func drawing(_ language: Language) -> String { pick(language, "Drawing the map …", "Die Karte wird gezeichnet …") }
    static func live(_ language: Language) -> String {
        pick(language, "Live: the page follows the model whenever you save it.", "Live: Die Seite folgt dem Modell, sobald Sie es speichern.")
    }
    static func invalid(_ language: Language) -> String {
        pick(language, "The model is invalid. The map and findings show the last valid state; fix the problems below and save.",
             "Das Modell ist fehlerhaft. Karte und Befunde zeigen den letzten gültigen Stand; beheben Sie die Probleme unten und speichern Sie.")
    }
    static func disconnected(_ language: Language) -> String {
        pick(language, "The connection to ecograph was lost; trying again …", "Die Verbindung zu ecograph ist unterbrochen; neuer Versuch …")
    }
    static func viewFailed(_ language: Language) -> String {
        pick(language, "This view could not be drawn:", "Diese Ansicht konnte nicht gezeichnet werden:")
    }
    static func notInMap(_ language: Language) -> String {
        pick(language, "Not in this view; showing its neighbourhood.", "Nicht in dieser Ansicht; gezeigt wird seine Umgebung.")
    }
    static func noModel(_ language: Language) -> String {
        pick(language, "No valid state of the model yet.", "Noch kein gültiger Stand des Modells.")
    }
    static func severity(_ severity: Severity, _ language: Language) -> String {
        switch (severity, language) {
        case (.error, .de): return "Fehler"
        case (.warning, .de): return "Warnung"
        case (.info, .de): return "Hinweis"
        case (.error, .en): return "error"
        case (.warning, .en): return "warning"
        case (.info, .en): return "info"
        }
    }
    /// `3 errors, 5 warnings, 2 info`.
    static func summary(errors: Int, warnings: Int, infos: Int, _ language: Language) -> String {
        switch language {
        case .de: return "\(errors) Fehler, \(warnings) \(warnings == 1 ? "Warnung" : "Warnungen"), \(infos) \(infos == 1 ? "Hinweis" : "Hinweise")"
        case .en: return "\(errors) \(errors == 1 ? "error" : "errors"), \(warnings) \(warnings == 1 ? "warning" : "warnings"), \(infos) info"
        }
    }
    static func notFound(_ language: Language) -> String { pick(language, "Not found.", "Nicht gefunden.") }
    static func unknownView(_ language: Language) -> String {
        pick(language, "This model has no such view.", "Dieses Modell hat keine solche Ansicht.")
    }
    static func tooManyListeners(_ language: Language) -> String {
        pick(language, "Too many pages follow this model; close one and reload.", "Zu viele Seiten folgen diesem Modell; schließen Sie eine und laden Sie neu.")
    }
    static func wrongHost(_ language: Language) -> String {
        pick(language, "This server answers only to addresses of this machine.", "Dieser Server antwortet nur Adressen dieses Rechners.")
    }
}
