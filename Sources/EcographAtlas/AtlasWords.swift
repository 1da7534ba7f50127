import EcographRules
import Foundation
import EcographMessages

/// The words of the atlas, in English and German: one place, so that they can move into a
/// message catalogue together.
enum AtlasWords {
    private static func pick(_ language: Language, _ en: String, _ de: String) -> String { language == .de ? de : en }

    static func reportTitle(_ language: Language) -> String { pick(language, "Ecosystem atlas", "Ökosystem-Atlas") }
    static func regionTitle(_ language: Language) -> String { pick(language, "Region atlas", "Regionalatlas") }
    static func landscape(_ language: Language) -> String { pick(language, "Landscape", "Landschaft") }
    static func fields(_ language: Language) -> String { pick(language, "Fields of action", "Gestaltungsfelder") }
    static func field(_ language: Language) -> String { pick(language, "Field of action", "Gestaltungsfeld") }
    static func systems(_ language: Language) -> String { pick(language, "Systems", "Systeme") }
    static func system(_ language: Language) -> String { pick(language, "System", "System") }
    static func findings(_ language: Language) -> String { pick(language, "Findings", "Befunde") }
    static func portfolio(_ language: Language) -> String { pick(language, "Innovation portfolio", "Innovationsportfolio") }
    static func raci(_ language: Language) -> String { pick(language, "RACI matrix", "RACI-Matrix") }
    static func municipalities(_ language: Language) -> String { pick(language, "Municipalities", "Kommunen") }
    static func municipality(_ language: Language) -> String { pick(language, "Municipality", "Kommune") }
    static func unassigned(_ language: Language) -> String { pick(language, "Projects without a field", "Projekte ohne Gestaltungsfeld") }
    static func backToRegion(_ language: Language, _ name: String) -> String { "← Region: \(name)" }
    static func previous(_ language: Language) -> String { pick(language, "← previous", "← vorheriges") }
    static func next(_ language: Language) -> String { pick(language, "next →", "nächstes →") }
    static func lotse(_ language: Language) -> String { "Lotse" }
    static func noLotse(_ language: Language) -> String { pick(language, "no Lotse", "kein Lotse") }
    static func vacant(_ language: Language) -> String { pick(language, "vacant", "unbesetzt") }
    static func coordinatedBy(_ language: Language) -> String { pick(language, "Coordinated by", "Koordiniert von") }
    static func projects(_ language: Language) -> String { pick(language, "Projects", "Projekte") }
    static func project(_ language: Language) -> String { pick(language, "Project", "Projekt") }
    static func status(_ language: Language) -> String { "Status" }
    static func accountable(_ language: Language) -> String { pick(language, "Accountable (A)", "Federführend (A)") }
    static func responsible(_ language: Language) -> String { pick(language, "Responsible (R)", "Mitwirkend (R)") }
    static func targetGroups(_ language: Language) -> String { pick(language, "Target groups", "Zielgruppen") }
    static func value(_ language: Language) -> String { pick(language, "Value proposition", "Nutzenversprechen") }
    static func indicator(_ language: Language) -> String { pick(language, "Benefit indicator", "Nutzennachweis") }
    static func missing(_ language: Language) -> String { pick(language, "— missing —", "— fehlt —") }
    static func actors(_ language: Language) -> String { pick(language, "Actors", "Akteure") }
    static func actor(_ language: Language) -> String { pick(language, "Actor", "Akteur") }
    static func roles(_ language: Language) -> String { pick(language, "Roles", "Rollen") }
    static func type(_ language: Language) -> String { pick(language, "Type", "Art") }
    static func errors(_ language: Language) -> String { pick(language, "Errors", "Fehler") }
    static func warnings(_ language: Language) -> String { pick(language, "Warnings", "Warnungen") }
    static func infos(_ language: Language) -> String { pick(language, "Info", "Hinweise") }
    static func pageFindings(_ language: Language) -> String { pick(language, "Findings on this page", "Befunde auf dieser Seite") }
    static func noFindings(_ language: Language) -> String { pick(language, "No findings.", "Keine Befunde.") }
    static func inPortfolio(_ language: Language) -> String { pick(language, "All fields in the innovation portfolio →", "Alle Felder im Innovationsportfolio →") }
    static func part(_ language: Language, _ number: Int, of count: Int) -> String {
        pick(language, "part \(number) of \(count)", "Teil \(number) von \(count)")
    }
    static func mapTooLarge(_ language: Language, printed: Double) -> String {
        let size = String(format: "%.1f", printed)
        return pick(
            language,
            "This map does not fit an A3 page with 8 pt text (its smallest text prints at \(size) pt).",
            "Diese Karte passt nicht mit 8 pt Schrift auf eine A3-Seite (die kleinste Schrift wird mit \(size) pt gedruckt).")
    }
    static func noMap(_ language: Language) -> String {
        pick(language, "The map of this page is left out of this atlas (see the note on the region's first page).",
             "Die Karte dieser Seite ist in diesem Atlas nicht gezeichnet (siehe den Hinweis auf der ersten Seite der Region).")
    }

    // MARK: Findings list

    static func rule(_ language: Language) -> String { pick(language, "Rule", "Regel") }
    static func all(_ language: Language) -> String { pick(language, "all", "alle") }
    static func search(_ language: Language) -> String { pick(language, "Search", "Suche") }
    static func searchPlaceholder(_ language: Language) -> String { pick(language, "name, id or text", "Name, Kennung oder Text") }
    static func onlySubject(_ language: Language) -> String { pick(language, "Only findings about", "Nur Befunde zu") }
    static func showAll(_ language: Language) -> String { pick(language, "show all", "alle zeigen") }
    static func byRule(_ language: Language) -> String { pick(language, "By rule", "Nach Regeln") }
    static func count(_ language: Language) -> String { pick(language, "Count", "Anzahl") }
    static func severityWord(_ severity: Severity, _ language: Language) -> String {
        switch severity {
        case .error: return pick(language, "error", "Fehler")
        case .warning: return pick(language, "warning", "Warnung")
        case .info: return pick(language, "info", "Hinweis")
        }
    }
    static func severityPlural(_ severity: Severity, _ language: Language) -> String {
        switch severity {
        case .error: return errors(language)
        case .warning: return warnings(language)
        case .info: return infos(language)
        }
    }
    static func shared(_ language: Language) -> String { pick(language, "shared by the region", "gemeinsam in der Region") }

    // MARK: The plan

    /// What the atlas draws, said before any drawing.
    static func plan(_ plan: AtlasPlan, mainFile: String, folder: String, language: Language) -> String {
        let maps = plan.maps.formatted(language)
        guard plan.isRegion else {
            return pick(language, "writing \(mainFile) with \(maps) maps", "schreibe \(mainFile) mit \(maps) Karten")
        }
        let municipalities = plan.municipalities.formatted(language)
        var text = pick(
            language,
            "region of \(municipalities) municipalities: writing \(mainFile) (landscape, findings, portfolio) and one page per municipality in \(folder)/ with \(maps) maps",
            "Region mit \(municipalities) Kommunen: schreibe \(mainFile) (Landschaft, Befunde, Portfolio) und je Kommune eine Seite in \(folder)/ mit \(maps) Karten")
        if plan.level != .complete {
            let full = plan.completeMaps.formatted(language)
            let left: String
            switch plan.level {
            case .complete: left = ""
            case .municipalityLandscapes:
                left = pick(language, "the maps of each municipality's fields and systems are left out (their tables stay)",
                            "die Karten der Felder und Systeme jeder Kommune entfallen (ihre Tabellen bleiben)")
            case .regionOnly:
                left = pick(language, "only the region's landscape is drawn; the municipality pages hold tables",
                            "nur die Landschaft der Region wird gezeichnet; die Seiten der Kommunen enthalten Tabellen")
            }
            text += pick(
                language,
                ", not the \(full) of a complete atlas (more than --max-maps \(plan.maximumMaps)): \(left); "
                    + "--max-maps \(plan.completeMaps) draws all, --ecosystem NAME writes one municipality's complete atlas",
                ", nicht die \(full) eines vollständigen Atlas (mehr als --max-maps \(plan.maximumMaps)): \(left); "
                    + "--max-maps \(plan.completeMaps) zeichnet alle, --ecosystem NAME schreibt den vollständigen Atlas einer Kommune")
        }
        return text
    }
}

extension Int {
    /// `1,201` in English, `1.201` in German.
    func formatted(_ language: Language) -> String {
        let digits = String(self)
        guard digits.count > 3 else { return digits }
        var result = ""
        for (position, digit) in digits.reversed().enumerated() {
            if position > 0, position % 3 == 0 { result.append(language == .de ? "." : ",") }
            result.append(digit)
        }
        return String(result.reversed())
    }
}
