import EcographCore
import EcographRules
import EcographMessages

/// The words maps print, in English and German: one place, so that they can move into a
/// message catalogue together.
enum MapWords {
    static let title = LocalizedText(en: "Digitalisation ecosystem", de: "Ökosystem der Digitalisierung")
    static let landscapeTitle = LocalizedText(en: "Landscape", de: "Landschaft")
    static let legend = LocalizedText(en: "Legend", de: "Legende")

    // MARK: Legend entries

    static let actor = LocalizedText(en: "Actor (inside its system)", de: "Akteur (im Rahmen seines Systems)")
    static let cdo = LocalizedText("Chief Digital Officer (CDO)")
    static let lotse = LocalizedText(en: "Digital pilot (Lotse)", de: "Digitale Lotsin / Digitaler Lotse")
    static let chiefExecutive = LocalizedText(en: "Chief executive, board", de: "Verwaltungsspitze, Vorstand")
    static let otherRole = LocalizedText(en: "Other role", de: "Weitere Rolle")
    static let field = LocalizedText(en: "Field of action (hexagon)", de: "Gestaltungsfeld (Sechseck)")
    static let format = LocalizedText(en: "Participation format", de: "Beteiligungsformat")
    static let targetGroup = LocalizedText(en: "Target group", de: "Zielgruppe")
    static let projectPrefix = LocalizedText(en: "Project: ", de: "Projekt: ")
    static let noStatus = LocalizedText(en: "no status", de: "ohne Status")
    static let system = LocalizedText(en: "System", de: "System")

    static func edge(_ type: EdgeType) -> LocalizedText {
        switch type {
        case .accountable: return LocalizedText(en: "accountable (A)", de: "federführend (A)")
        case .responsible: return LocalizedText(en: "responsible (R)", de: "mitwirkend (R)")
        case .consulted: return LocalizedText(en: "consulted (C)", de: "beteiligt (C)")
        case .informed: return LocalizedText(en: "informed (I)", de: "informiert (I)")
        case .holds: return LocalizedText(en: "holds the role", de: "hat die Rolle inne")
        case .pilots: return LocalizedText(en: "pilots the field", de: "lotst das Feld")
        case .inField: return LocalizedText(en: "project in the field", de: "Projekt im Feld")
        case .advises: return LocalizedText(en: "advises", de: "berät")
        case .coordinates: return LocalizedText(en: "coordinates", de: "koordiniert")
        case .targets: return LocalizedText(en: "serves the target group", de: "dient der Zielgruppe")
        case .participation, .participates, .organises:
            return LocalizedText(en: "participation", de: "Beteiligung")
        default: return LocalizedText(en: "further relation", de: "weitere Beziehung")
        }
    }

    static func finding(_ severity: Severity) -> LocalizedText {
        switch severity {
        case .error: return LocalizedText(en: "Finding: error", de: "Befund: Fehler")
        case .warning: return LocalizedText(en: "Finding: warning", de: "Befund: Warnung")
        case .info: return LocalizedText(en: "Finding: info", de: "Befund: Hinweis")
        }
    }

    static let overviewNote = LocalizedText(
        en: "Overview: consulted (C) and informed (I) parties, formats and target groups are on the maps of fields and systems.",
        de: "Übersicht: Beteiligte (C), Informierte (I), Formate und Zielgruppen zeigen die Karten der Felder und Systeme.")

    // MARK: Landscape

    static let lotseOf = LocalizedText(en: "Lotse: ", de: "Lotse: ")
    static let noLotse = LocalizedText(en: "no Lotse", de: "kein Lotse")
    static let vacantLotse = LocalizedText(en: "Lotse role vacant", de: "Lotsenrolle unbesetzt")
    static let vacant = LocalizedText(en: "vacant", de: "unbesetzt")
    static let noProjects = LocalizedText(en: "no projects", de: "keine Projekte")
    static let unassignedProjects = LocalizedText(en: "Projects without a field", de: "Projekte ohne Gestaltungsfeld")
    static let partiesWithoutSystem = LocalizedText(en: "Without a system", de: "Ohne System")
    static let furtherFields = LocalizedText(en: "further fields", de: "weitere Gestaltungsfelder")
    static let roles = LocalizedText(en: "roles", de: "Rollen")

    /// `28 Akteure · 1 Rolle`.
    static func actorsAndRoles(actors: Int, roles: Int, in language: Language) -> String {
        switch language {
        case .en: return "\(actors) \(actors == 1 ? "actor" : "actors") · \(roles) \(roles == 1 ? "role" : "roles")"
        case .de: return "\(actors) \(actors == 1 ? "Akteur" : "Akteure") · \(roles) \(roles == 1 ? "Rolle" : "Rollen")"
        }
    }
    static let coordinatesFields = LocalizedText(en: "coordinates", de: "koordiniert")
    static let ofFields = LocalizedText(en: "fields", de: "Felder")
    static let noCDO = LocalizedText(en: "no CDO", de: "kein CDO")
    static let landscapeNote = LocalizedText(
        en: "Lines: how often parties of a system are accountable (A) or responsible (R) for projects of a field.",
        de: "Linien: wie oft Beteiligte eines Systems für Projekte eines Feldes federführend (A) oder mitwirkend (R) sind.")
    static let linkWithLead = LocalizedText(en: "with accountability (A)", de: "mit Federführung (A)")
    static let linkWithoutLead = LocalizedText(en: "responsible only (R)", de: "nur Mitwirkung (R)")
    static let whoDoesWhat = LocalizedText(en: "who takes part where", de: "wer wirkt wo mit")
    static let consultedOrInformed = LocalizedText(en: "consulted or informed only", de: "nur beteiligt oder informiert")
    static let actorHeading = LocalizedText(en: "Actor", de: "Akteur")
    static let matrixNote = LocalizedText(
        en: "A cell counts the projects of the field for which the actor, or a role it holds, is accountable (A) or responsible (R).",
        de: "Eine Zelle zählt die Projekte des Feldes, für die der Akteur oder eine seiner Rollen federführend (A) oder mitwirkend (R) ist.")

    static func furtherActors(_ count: Int, in language: Language) -> String {
        switch language {
        case .en: return "… and \(count) further actors of the system without projects or roles"
        case .de: return "… und \(count) weitere Akteure des Systems ohne Projekte oder Rollen"
        }
    }

    static let lotsePresent = LocalizedText(en: "Lotse present", de: "Lotse vorhanden")

    static func findingCounts(errors: Int, warnings: Int, infos: Int, in language: Language) -> String {
        var parts: [String] = []
        switch language {
        case .en:
            if errors > 0 { parts.append("\(errors) \(errors == 1 ? "error" : "errors")") }
            if warnings > 0 { parts.append("\(warnings) \(warnings == 1 ? "warning" : "warnings")") }
            if infos > 0 { parts.append("\(infos) info") }
        case .de:
            if errors > 0 { parts.append("\(errors) Fehler") }
            if warnings > 0 { parts.append("\(warnings) \(warnings == 1 ? "Warnung" : "Warnungen")") }
            if infos > 0 { parts.append("\(infos) \(infos == 1 ? "Hinweis" : "Hinweise")") }
        }
        return parts.joined(separator: " · ")
    }

    static func projects(_ count: Int, in language: Language) -> String {
        switch language {
        case .en: return "\(count) \(count == 1 ? "project" : "projects")"
        case .de: return "\(count) \(count == 1 ? "Projekt" : "Projekte")"
        }
    }

    // MARK: Region grid

    static let municipality = LocalizedText(en: "Municipality", de: "Kommune")
    static let errorsShort = LocalizedText(en: "Err.", de: "Fehl.")
    static let warningsShort = LocalizedText(en: "Warn.", de: "Warn.")
    static let cellLotse = LocalizedText(en: "Lotse present, no errors", de: "Lotse vorhanden, keine Fehler")
    static let cellNoLotse = LocalizedText(en: "no Lotse", de: "kein Lotse")
    static let cellErrors = LocalizedText(en: "errors in the field", de: "Fehler im Feld")
    static let cellNoProjects = LocalizedText(en: "no projects", de: "keine Projekte")
    static let cellMissing = LocalizedText(en: "field not present", de: "Feld nicht vorhanden")
    static let gridNote = LocalizedText(
        en: "Number in a cell: projects in the field.",
        de: "Zahl in der Zelle: Projekte im Feld.")
    static let shared = LocalizedText(en: "shared by the region", de: "gemeinsam in der Region")

    static func gridTitle(_ count: Int, in language: Language) -> String {
        switch language {
        case .en: return "landscape of \(count) municipalities × fields of action"
        case .de: return "Landschaft der \(count) Kommunen × Gestaltungsfelder"
        }
    }

    static func moreMunicipalities(_ count: Int, in language: Language) -> String {
        switch language {
        case .en: return "… and \(count) further municipalities with fewer findings (all in the report's list of municipalities)"
        case .de: return "… und \(count) weitere Kommunen mit weniger Befunden (alle in der Liste der Kommunen im Bericht)"
        }
    }
}
