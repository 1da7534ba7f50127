/// The words of maps: title, legend, edge labels, tooltips, landscape and region grid.
public enum MapMessage: String, MessageArea {
    public static let area = "map"

    case title
    case landscapeTitle = "landscape-title"
    case legend
    case actor
    case lotse
    case chiefExecutive = "chief-executive"
    case otherRole = "other-role"
    case field
    case format
    case targetGroup = "target-group"
    case projectPrefix = "project-prefix"
    case noStatus = "no-status"
    case system
    case overviewNote = "overview-note"
    case lotseOf = "lotse-of"
    case noLotse = "no-lotse"
    case vacantLotse = "vacant-lotse"
    case vacant
    case noProjects = "no-projects"
    case unassignedProjects = "unassigned-projects"
    case partiesWithoutSystem = "parties-without-system"
    case furtherFields = "further-fields"
    case roles
    case coordinatesFields = "coordinates-fields"
    case ofFields = "of-fields"
    case noCDO = "no-cdo"
    case landscapeNote = "landscape-note"
    case linkWithLead = "link-with-lead"
    case linkWithoutLead = "link-without-lead"
    case whoDoesWhat = "who-does-what"
    case consultedOrInformed = "consulted-or-informed"
    case actorHeading = "actor-heading"
    case matrixNote = "matrix-note"
    case lotsePresent = "lotse-present"
    case municipality
    case errorsShort = "errors-short"
    case warningsShort = "warnings-short"
    case cellLotse = "cell-lotse"
    case cellNoLotse = "cell-no-lotse"
    case cellErrors = "cell-errors"
    case cellNoProjects = "cell-no-projects"
    case cellMissing = "cell-missing"
    case gridNote = "grid-note"
    case shared
    case edgeAccountable = "edge.accountable"
    case edgeResponsible = "edge.responsible"
    case edgeConsulted = "edge.consulted"
    case edgeInformed = "edge.informed"
    case edgeHolds = "edge.holds"
    case edgePilots = "edge.pilots"
    case edgeInField = "edge.in-field"
    case edgeAdvises = "edge.advises"
    case edgeCoordinates = "edge.coordinates"
    case edgeTargets = "edge.targets"
    case edgeParticipation = "edge.participation"
    case edgeOther = "edge.other"
    case findingError = "finding.error"
    case findingWarning = "finding.warning"
    case findingInfo = "finding.info"
    case actorsAndRoles = "actors-and-roles"
    case furtherActors = "further-actors"
    case countErrors = "count.errors"
    case countWarnings = "count.warnings"
    case countInfos = "count.infos"
    case projectCount = "count.projects"
    case gridTitle = "grid-title"
    case moreMunicipalities = "more-municipalities"
    case edgeTooltip = "edge-tooltip"

    public var wording: Wording {
        switch self {
        case .title: Wording(en: "Digitalisation ecosystem", de: "Ökosystem der Digitalisierung")
        case .landscapeTitle: Wording(en: "Landscape", de: "Landschaft")
        case .legend: Wording(en: "Legend", de: "Legende")
        case .actor: Wording(en: "Actor (inside its system)", de: "Akteur (im Rahmen seines Systems)")
        case .lotse: Wording(en: "Digital pilot (Lotse)", de: "Digitale Lotsin / Digitaler Lotse")
        case .chiefExecutive: Wording(en: "Chief executive, board", de: "Verwaltungsspitze, Vorstand")
        case .otherRole: Wording(en: "Other role", de: "Weitere Rolle")
        case .field: Wording(en: "Field of action (hexagon)", de: "Gestaltungsfeld (Sechseck)")
        case .format: Wording(en: "Participation format", de: "Beteiligungsformat")
        case .targetGroup: Wording(en: "Target group", de: "Zielgruppe")
        case .projectPrefix: Wording(en: "Project: ", de: "Projekt: ")
        case .noStatus: Wording(en: "no status", de: "ohne Status")
        case .system: Wording(en: "System", de: "System")
        case .overviewNote: Wording(en: "Overview: consulted (C) and informed (I) parties, formats and target groups are on the maps of fields and systems.", de: "Übersicht: Beteiligte (C), Informierte (I), Formate und Zielgruppen zeigen die Karten der Felder und Systeme.")
        case .lotseOf: Wording(en: "Lotse: ", de: "Lotse: ")
        case .noLotse: Wording(en: "no Lotse", de: "kein Lotse")
        case .vacantLotse: Wording(en: "Lotse role vacant", de: "Lotsenrolle unbesetzt")
        case .vacant: Wording(en: "vacant", de: "unbesetzt")
        case .noProjects: Wording(en: "no projects", de: "keine Projekte")
        case .unassignedProjects: Wording(en: "Projects without a field", de: "Projekte ohne Gestaltungsfeld")
        case .partiesWithoutSystem: Wording(en: "Without a system", de: "Ohne System")
        case .furtherFields: Wording(en: "further fields", de: "weitere Gestaltungsfelder")
        case .roles: Wording(en: "roles", de: "Rollen")
        case .coordinatesFields: Wording(en: "coordinates", de: "koordiniert")
        case .ofFields: Wording(en: "fields", de: "Felder")
        case .noCDO: Wording(en: "no CDO", de: "kein CDO")
        case .landscapeNote: Wording(en: "Lines: how often parties of a system are accountable (A) or responsible (R) for projects of a field.", de: "Linien: wie oft Beteiligte eines Systems für Projekte eines Feldes federführend (A) oder mitwirkend (R) sind.")
        case .linkWithLead: Wording(en: "with accountability (A)", de: "mit Federführung (A)")
        case .linkWithoutLead: Wording(en: "responsible only (R)", de: "nur Mitwirkung (R)")
        case .whoDoesWhat: Wording(en: "who takes part where", de: "wer wirkt wo mit")
        case .consultedOrInformed: Wording(en: "consulted or informed only", de: "nur beteiligt oder informiert")
        case .actorHeading: Wording(en: "Actor", de: "Akteur")
        case .matrixNote: Wording(en: "A cell counts the projects of the field for which the actor, or a role it holds, is accountable (A) or responsible (R).", de: "Eine Zelle zählt die Projekte des Feldes, für die der Akteur oder eine seiner Rollen federführend (A) oder mitwirkend (R) ist.")
        case .lotsePresent: Wording(en: "Lotse present", de: "Lotse vorhanden")
        case .municipality: Wording(en: "Municipality", de: "Kommune")
        case .errorsShort: Wording(en: "Err.", de: "Fehl.")
        case .warningsShort: Wording(en: "Warn.", de: "Warn.")
        case .cellLotse: Wording(en: "Lotse present, no errors", de: "Lotse vorhanden, keine Fehler")
        case .cellNoLotse: Wording(en: "no Lotse", de: "kein Lotse")
        case .cellErrors: Wording(en: "errors in the field", de: "Fehler im Feld")
        case .cellNoProjects: Wording(en: "no projects", de: "keine Projekte")
        case .cellMissing: Wording(en: "field not present", de: "Feld nicht vorhanden")
        case .gridNote: Wording(en: "Number in a cell: projects in the field.", de: "Zahl in der Zelle: Projekte im Feld.")
        case .shared: Wording(en: "shared by the region", de: "gemeinsam in der Region")
        case .edgeAccountable: Wording(en: "accountable (A)", de: "federführend (A)")
        case .edgeResponsible: Wording(en: "responsible (R)", de: "mitwirkend (R)")
        case .edgeConsulted: Wording(en: "consulted (C)", de: "beteiligt (C)")
        case .edgeInformed: Wording(en: "informed (I)", de: "informiert (I)")
        case .edgeHolds: Wording(en: "holds the role", de: "hat die Rolle inne")
        case .edgePilots: Wording(en: "pilots the field", de: "lotst das Gestaltungsfeld")
        case .edgeInField: Wording(en: "project in the field", de: "Projekt im Gestaltungsfeld")
        case .edgeAdvises: Wording(en: "advises", de: "berät")
        case .edgeCoordinates: Wording(en: "coordinates", de: "koordiniert")
        case .edgeTargets: Wording(en: "serves the target group", de: "dient der Zielgruppe")
        case .edgeParticipation: Wording(en: "participation", de: "Beteiligung")
        case .edgeOther: Wording(en: "further relation", de: "weitere Beziehung")
        case .findingError: Wording(en: "Finding: error", de: "Befund: Fehler")
        case .findingWarning: Wording(en: "Finding: warning", de: "Befund: Warnung")
        case .findingInfo: Wording(en: "Finding: info", de: "Befund: Hinweis")
        case .actorsAndRoles: Wording(en: "{actors} {actors|actor|actors} · {roles} {roles|role|roles}", de: "{actors} {actors|Akteur|Akteure} · {roles} {roles|Rolle|Rollen}")
        case .furtherActors: Wording(en: "… and {n} further actors of the system without projects or roles", de: "… und {n} weitere Akteure des Systems ohne Projekte oder Rollen")
        case .countErrors: Wording(en: "{n} {n|error|errors}", de: "{n} Fehler")
        case .countWarnings: Wording(en: "{n} {n|warning|warnings}", de: "{n} {n|Warnung|Warnungen}")
        case .countInfos: Wording(en: "{n} info", de: "{n} {n|Hinweis|Hinweise}")
        case .projectCount: Wording(en: "{n} {n|project|projects}", de: "{n} {n|Projekt|Projekte}")
        case .gridTitle: Wording(en: "landscape of {n} municipalities × fields of action", de: "Landschaft der {n} Kommunen × Gestaltungsfelder")
        case .moreMunicipalities: Wording(en: "… and {n} further municipalities with fewer findings (all in the report's list of municipalities)", de: "… und {n} weitere Kommunen mit weniger Befunden (alle in der Liste der Kommunen im Bericht)")
        case .edgeTooltip: Wording(en: "{from} —{relation}→ {to}", de: "{from} —{relation}→ {to}")
        }
    }
}
