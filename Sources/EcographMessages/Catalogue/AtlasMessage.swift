/// The words of the atlas: its pages, headings, navigation, tables and the plan it states.
public enum AtlasMessage: String, MessageArea {
    public static let area = "atlas"

    case reportTitle = "report-title"
    case regionTitle = "region-title"
    case landscape
    case fields
    case field
    case systems
    case system
    case findings
    case portfolio
    case raci
    case municipalities
    case municipality
    case unassigned
    case previous
    case next
    case noLotse = "no-lotse"
    case vacant
    case coordinatedBy = "coordinated-by"
    case projects
    case project
    case accountable
    case responsible
    case targetGroups = "target-groups"
    case value
    case indicator
    case missing
    case actors
    case actor
    case roles
    case type
    case errors
    case warnings
    case infos
    case pageFindings = "page-findings"
    case noFindings = "no-findings"
    case inPortfolio = "in-portfolio"
    case rule
    case all
    case search
    case searchPlaceholder = "search-placeholder"
    case onlySubject = "only-subject"
    case showAll = "show-all"
    case byRule = "by-rule"
    case count
    case shared
    case part
    case mapTooLarge = "map-too-large"
    case noMap = "no-map"
    case planSingle = "plan.single"
    case planRegion = "plan.region"
    case planNoDetailMaps = "plan.no-detail-maps"
    case planRegionOnly = "plan.region-only"
    case planReduced = "plan.reduced"

    public var wording: Wording {
        switch self {
        case .reportTitle: Wording(en: "Ecosystem atlas", de: "Ökosystem-Atlas")
        case .regionTitle: Wording(en: "Region atlas", de: "Regionalatlas")
        case .landscape: Wording(en: "Landscape", de: "Landschaft")
        case .fields: Wording(en: "Fields of action", de: "Gestaltungsfelder")
        case .field: Wording(en: "Field of action", de: "Gestaltungsfeld")
        case .systems: Wording(en: "Systems", de: "Systeme")
        case .system: Wording(en: "System", de: "System")
        case .findings: Wording(en: "Findings", de: "Befunde")
        case .portfolio: Wording(en: "Innovation portfolio", de: "Innovationsportfolio")
        case .raci: Wording(en: "RACI matrix", de: "RACI-Matrix")
        case .municipalities: Wording(en: "Municipalities", de: "Kommunen")
        case .municipality: Wording(en: "Municipality", de: "Kommune")
        case .unassigned: Wording(en: "Projects without a field", de: "Projekte ohne Gestaltungsfeld")
        case .previous: Wording(en: "← previous", de: "← vorheriges")
        case .next: Wording(en: "next →", de: "nächstes →")
        case .noLotse: Wording(en: "no Lotse", de: "kein Lotse")
        case .vacant: Wording(en: "vacant", de: "unbesetzt")
        case .coordinatedBy: Wording(en: "Coordinated by", de: "Koordiniert von")
        case .projects: Wording(en: "Projects", de: "Projekte")
        case .project: Wording(en: "Project", de: "Projekt")
        case .accountable: Wording(en: "Accountable (A)", de: "Federführend (A)")
        case .responsible: Wording(en: "Responsible (R)", de: "Mitwirkend (R)")
        case .targetGroups: Wording(en: "Target groups", de: "Zielgruppen")
        case .value: Wording(en: "Value proposition", de: "Nutzenversprechen")
        case .indicator: Wording(en: "Benefit indicator", de: "Nutzennachweis")
        case .missing: Wording(en: "— missing —", de: "— fehlt —")
        case .actors: Wording(en: "Actors", de: "Akteure")
        case .actor: Wording(en: "Actor", de: "Akteur")
        case .roles: Wording(en: "Roles", de: "Rollen")
        case .type: Wording(en: "Type", de: "Art")
        case .errors: Wording(en: "Errors", de: "Fehler")
        case .warnings: Wording(en: "Warnings", de: "Warnungen")
        case .infos: Wording(en: "Info", de: "Hinweise")
        case .pageFindings: Wording(en: "Findings on this page", de: "Befunde auf dieser Seite")
        case .noFindings: Wording(en: "No findings.", de: "Keine Befunde.")
        case .inPortfolio: Wording(en: "All fields in the innovation portfolio →", de: "Alle Felder im Innovationsportfolio →")
        case .rule: Wording(en: "Rule", de: "Regel")
        case .all: Wording(en: "all", de: "alle")
        case .search: Wording(en: "Search", de: "Suche")
        case .searchPlaceholder: Wording(en: "name, id or text", de: "Name, Kennung oder Text")
        case .onlySubject: Wording(en: "Only findings about", de: "Nur Befunde zu")
        case .showAll: Wording(en: "show all", de: "alle zeigen")
        case .byRule: Wording(en: "By rule", de: "Nach Regeln")
        case .count: Wording(en: "Count", de: "Anzahl")
        case .shared: Wording(en: "shared by the region", de: "gemeinsam in der Region")
        case .part: Wording(en: "part {n} of {count}", de: "Teil {n} von {count}")
        case .mapTooLarge: Wording(en: "This map does not fit an A3 page with 8 pt text (its smallest text prints at {size} pt).", de: "Diese Karte passt nicht mit 8 pt Schrift auf eine A3-Seite (die kleinste Schrift wird mit {size} pt gedruckt).")
        case .noMap: Wording(en: "The map of this page is left out of this atlas (see the note on the region's first page).", de: "Die Karte dieser Seite ist in diesem Atlas nicht gezeichnet (siehe den Hinweis auf der ersten Seite der Region).")
        case .planSingle: Wording(en: "writing {file} with {maps} maps", de: "schreibe {file} mit {maps} Karten")
        case .planRegion: Wording(en: "region of {municipalities} municipalities: writing {file} (landscape, findings, portfolio) and one page per municipality in {folder}/ with {maps} maps", de: "Region mit {municipalities} Kommunen: schreibe {file} (Landschaft, Befunde, Portfolio) und je Kommune eine Seite in {folder}/ mit {maps} Karten")
        case .planNoDetailMaps: Wording(en: "the maps of each municipality's fields and systems are left out (their tables stay)", de: "die Karten der Gestaltungsfelder und Systeme jeder Kommune entfallen (ihre Tabellen bleiben)")
        case .planRegionOnly: Wording(en: "only the region's landscape is drawn; the municipality pages hold tables", de: "nur die Landschaft der Region wird gezeichnet; die Seiten der Kommunen enthalten Tabellen")
        case .planReduced: Wording(en: ", not the {full} of a complete atlas (more than --max-maps {maximum}): {left}; --max-maps {complete} draws all, --ecosystem NAME writes one municipality's complete atlas", de: ", nicht die {full} eines vollständigen Atlas (mehr als --max-maps {maximum}): {left}; --max-maps {complete} zeichnet alle, --ecosystem NAME schreibt den vollständigen Atlas einer Kommune")
        }
    }
}
