/// The innovation portfolio, the RACI matrix and the diff of two models.
public enum PortfolioMessage: String, MessageArea {
    public static let area = "portfolio"

    case title
    case questionDone = "question.done"
    case questionRunning = "question.running"
    case questionStarting = "question.starting"
    case questionPlanned = "question.planned"
    case questionIdea = "question.idea"
    case noField = "no-field"
    case columnProject = "column.project"
    case columnAccountable = "column.accountable"
    case columnTargetGroups = "column.target-groups"
    case columnValue = "column.value"
    case columnIndicator = "column.indicator"
    case columnField = "column.field"
    case columnStatus = "column.status"
    case columnID = "column.id"
    case total
    case missing
    case noProjects = "no-projects"
    case noProjectsMarkdown = "no-projects-markdown"
    case withoutStatus = "without-status"
    // RACI matrix
    case matrixTitle = "matrix.title"
    case matrixProject = "matrix.project"
    case matrixField = "matrix.field"
    case matrixAccountable = "matrix.accountable"
    case matrixNoneAccountable = "matrix.none-accountable"
    case matrixManyAccountable = "matrix.many-accountable"
    case matrixKey = "matrix.key"
    // Diff
    case diffAdded = "diff.added"
    case diffRemoved = "diff.removed"
    case diffRenamed = "diff.renamed"
    case diffResponsibilities = "diff.responsibilities"
    case diffStatusChanges = "diff.status-changes"
    case diffOtherChanges = "diff.other-changes"
    case diffFindingsIntroduced = "diff.findings-introduced"
    case diffFindingsResolved = "diff.findings-resolved"
    case diffNoChanges = "diff.no-changes"
    case diffSummary = "diff.summary"
    case diffGainedAccountable = "diff.gained.accountable"
    case diffLostAccountable = "diff.lost.accountable"
    case diffGainedResponsible = "diff.gained.responsible"
    case diffLostResponsible = "diff.lost.responsible"
    case diffGainedConsulted = "diff.gained.consulted"
    case diffLostConsulted = "diff.lost.consulted"
    case diffGainedInformed = "diff.gained.informed"
    case diffLostInformed = "diff.lost.informed"
    case diffGainedHolds = "diff.gained.holds"
    case diffLostHolds = "diff.lost.holds"
    case diffGainedPilots = "diff.gained.pilots"
    case diffLostPilots = "diff.lost.pilots"
    case diffGainedCoordinates = "diff.gained.coordinates"
    case diffLostCoordinates = "diff.lost.coordinates"
    case diffGainedAdvises = "diff.gained.advises"
    case diffLostAdvises = "diff.lost.advises"
    case diffGainedOther = "diff.gained.other"
    case diffLostOther = "diff.lost.other"

    public var wording: Wording {
        switch self {
        case .title: Wording(en: "Innovation portfolio", de: "Innovationsportfolio")
        case .questionDone: Wording(en: "What have we done already?", de: "Was haben wir bereits umgesetzt?")
        case .questionRunning: Wording(en: "What is running?", de: "Was läuft?")
        case .questionStarting: Wording(en: "What is starting?", de: "Was beginnt?")
        case .questionPlanned: Wording(en: "What is planned?", de: "Was ist geplant?")
        case .questionIdea: Wording(en: "Which ideas are there?", de: "Welche Ideen gibt es noch?")
        case .noField: Wording(en: "No field of action", de: "Ohne Gestaltungsfeld")
        case .columnProject: Wording(en: "Project", de: "Projekt")
        case .columnAccountable: Wording(en: "Accountable", de: "Federführend")
        case .columnTargetGroups: Wording(en: "Target groups", de: "Zielgruppen")
        case .columnValue: Wording(en: "Value proposition", de: "Nutzenversprechen")
        case .columnIndicator: Wording(en: "Benefit indicator", de: "Nutzennachweis")
        case .columnField: Wording(en: "Field of action", de: "Gestaltungsfeld")
        case .columnStatus: Wording(en: "Status", de: "Status")
        case .columnID: Wording(en: "ID", de: "ID")
        case .total: Wording(en: "total", de: "gesamt")
        case .missing: Wording(en: "— missing —", de: "— fehlt —")
        case .noProjects: Wording(en: "No projects.", de: "Keine Projekte.")
        case .noProjectsMarkdown: Wording(en: "_No projects._", de: "_Keine Projekte._")
        case .withoutStatus: Wording(en: "Projects without a status", de: "Projekte ohne Status")
        case .matrixTitle: Wording(en: "RACI matrix", de: "RACI-Matrix")
        case .matrixProject: Wording(en: "Project", de: "Projekt")
        case .matrixField: Wording(en: "Field", de: "Gestaltungsfeld")
        case .matrixAccountable: Wording(en: "Accountable", de: "Federführung")
        case .matrixNoneAccountable: Wording(en: "⚠ no one accountable", de: "⚠ keine Federführung")
        case .matrixManyAccountable: Wording(en: "⚠ {n} accountable", de: "⚠ {n} federführend")
        case .matrixKey:
            Wording(
                en: "A = accountable, R = responsible, C = consulted, I = informed",
                de: "A = federführend, R = mitwirkend, C = beteiligt, I = informiert")
        case .diffAdded: Wording(en: "Added", de: "Neu")
        case .diffRemoved: Wording(en: "Removed", de: "Entfernt")
        case .diffRenamed: Wording(en: "Renamed", de: "Umbenannt")
        case .diffResponsibilities: Wording(en: "Responsibilities", de: "Verantwortung")
        case .diffStatusChanges: Wording(en: "Status changes", de: "Statuswechsel")
        case .diffOtherChanges: Wording(en: "Other changes", de: "Weitere Änderungen")
        case .diffFindingsIntroduced: Wording(en: "Findings introduced", de: "Neue Befunde")
        case .diffFindingsResolved: Wording(en: "Findings resolved", de: "Behobene Befunde")
        case .diffNoChanges: Wording(en: "No changes.", de: "Keine Änderungen.")
        case .diffSummary:
            Wording(
                en: "{added} added, {removed} removed, {renamed} renamed, {responsibilities} responsibility changes, {statuses} status changes; {introduced} findings introduced, {resolved} resolved",
                de: "{added} neu, {removed} entfernt, {renamed} umbenannt, {responsibilities} Verantwortungswechsel, {statuses} Statuswechsel; {introduced} neue, {resolved} behobene Befunde")
        case .diffGainedAccountable: Wording(en: "became accountable for", de: "ist jetzt federführend für")
        case .diffLostAccountable: Wording(en: "is no longer accountable for", de: "ist nicht mehr federführend für")
        case .diffGainedResponsible: Wording(en: "became responsible for", de: "wirkt jetzt mit an")
        case .diffLostResponsible: Wording(en: "is no longer responsible for", de: "wirkt nicht mehr mit an")
        case .diffGainedConsulted: Wording(en: "is now consulted on", de: "ist jetzt beteiligt an")
        case .diffLostConsulted: Wording(en: "is no longer consulted on", de: "ist nicht mehr beteiligt an")
        case .diffGainedInformed: Wording(en: "is now informed about", de: "wird jetzt informiert über")
        case .diffLostInformed: Wording(en: "is no longer informed about", de: "wird nicht mehr informiert über")
        case .diffGainedHolds: Wording(en: "now holds", de: "hat jetzt die Rolle")
        case .diffLostHolds: Wording(en: "no longer holds", de: "hat nicht mehr die Rolle")
        case .diffGainedPilots: Wording(en: "now pilots", de: "lotst jetzt")
        case .diffLostPilots: Wording(en: "no longer pilots", de: "lotst nicht mehr")
        case .diffGainedCoordinates: Wording(en: "now coordinates", de: "koordiniert jetzt")
        case .diffLostCoordinates: Wording(en: "no longer coordinates", de: "koordiniert nicht mehr")
        case .diffGainedAdvises: Wording(en: "now advises", de: "berät jetzt")
        case .diffLostAdvises: Wording(en: "no longer advises", de: "berät nicht mehr")
        case .diffGainedOther: Wording(en: "{relation}", de: "jetzt: {relation}")
        case .diffLostOther: Wording(en: "no longer {relation}", de: "nicht mehr: {relation}")
        }
    }
}
