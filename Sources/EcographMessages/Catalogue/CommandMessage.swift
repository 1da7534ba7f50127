/// What the command line itself says: the words before a problem, usage problems, what was
/// written, and problems with files and options.
public enum CommandMessage: String, MessageArea {
    public static let area = "command"

    case errorPrefix = "error-prefix"
    case errorLabel = "label.error"
    case warningLabel = "label.warning"
    case noteLabel = "label.note"
    case invalidModel = "invalid-model"
    case errorCount = "count.errors"
    case warningCount = "count.warnings"
    case cannotWrite = "cannot-write"
    case cannotCreate = "cannot-create"
    case ruleCouldNotRun = "rule-could-not-run"
    case maxPerRuleTooSmall = "max-per-rule-too-small"
    case allAndMaxPerRule = "all-and-max-per-rule"
    case depthNegative = "depth-negative"
    case timeoutNotPositive = "timeout-not-positive"
    case maxMapsTooSmall = "max-maps-too-small"
    case jobsTooSmall = "jobs-too-small"
    case unknownMapFormat = "unknown-map-format"
    case unknownStatusOption = "unknown-status-option"
    case unknownKindOption = "unknown-kind-option"
    case unknownField = "unknown-field"
    case unknownRule = "unknown-rule"
    case didYouMean = "did-you-mean"
    case knownFields = "known-fields"
    case ruleIdsListed = "rule-ids-listed"
    case regionNeedsIndexFile = "region-needs-index-file"
    case notARegion = "not-a-region"
    case unknownEcosystem = "unknown-ecosystem"
    case knownEcosystems = "known-ecosystems"
    case folderIsFile = "folder-is-file"
    case notOurs = "not-ours"
    case initExists = "init.exists"
    case initWrote = "init.wrote"
    case diffTitle = "diff.title"
    case gitNoModelFile = "git.no-model-file"
    case gitFailed = "git.failed"
    case graphvizWarning = "graphviz-warning"
    case mapDoesNotFit = "map.does-not-fit"
    case landscapeInstead = "map.landscape-instead"
    case pageA3Landscape = "page.a3-landscape"

    public var wording: Wording {
        switch self {
        case .errorPrefix: Wording(en: "Error: ", de: "Fehler: ")
        case .errorLabel: Wording(en: "error", de: "Fehler")
        case .warningLabel: Wording(en: "warning", de: "Warnung")
        case .noteLabel: Wording(en: "note", de: "Hinweis")
        case .invalidModel: Wording(en: "invalid model: {counts}", de: "ungültiges Modell: {counts}")
        case .errorCount: Wording(en: "{n} {n|error|errors}", de: "{n} {n|Fehler|Fehler}")
        case .warningCount: Wording(en: "{n} {n|warning|warnings}", de: "{n} {n|Warnung|Warnungen}")
        case .cannotWrite:
            Wording(en: "cannot write '{path}': {reason}", de: "'{path}' kann nicht geschrieben werden: {reason}")
        case .cannotCreate:
            Wording(en: "cannot create '{path}': {reason}", de: "'{path}' kann nicht angelegt werden: {reason}")
        case .ruleCouldNotRun:
            Wording(
                en: "rule '{rule}' ({source}) could not run: {reason}",
                de: "Regel '{rule}' ({source}) konnte nicht ausgeführt werden: {reason}")
        case .maxPerRuleTooSmall: Wording(en: "--max-per-rule must be 1 or more", de: "--max-per-rule muss 1 oder größer sein")
        case .allAndMaxPerRule:
            Wording(
                en: "--all and --max-per-rule exclude each other; give one",
                de: "--all und --max-per-rule schließen einander aus; geben Sie nur eine der beiden an")
        case .depthNegative: Wording(en: "--depth must be 0 or more", de: "--depth muss 0 oder größer sein")
        case .timeoutNotPositive:
            Wording(en: "--timeout must be more than 0 seconds", de: "--timeout muss mehr als 0 Sekunden betragen")
        case .maxMapsTooSmall: Wording(en: "--max-maps must be 1 or more", de: "--max-maps muss 1 oder größer sein")
        case .jobsTooSmall: Wording(en: "--jobs must be 1 or more", de: "--jobs muss 1 oder größer sein")
        case .unknownMapFormat:
            Wording(
                en: "cannot tell the format from '{output}'; use an extension .svg, .png, .pdf, .dot or .json, or --format",
                de: "das Format ist an '{output}' nicht zu erkennen; verwenden Sie die Endung .svg, .png, .pdf, .dot oder .json oder --format")
        case .unknownStatusOption:
            Wording(en: "unknown status '{word}' in --status; use {allowed}", de: "unbekannter Status '{word}' in --status; erlaubt sind {allowed}")
        case .unknownKindOption:
            Wording(en: "unknown kind '{word}' in --kinds; use {allowed}", de: "unbekannte Art '{word}' in --kinds; erlaubt sind {allowed}")
        case .unknownField:
            Wording(en: "--field: no field with id '{id}'; {advice}", de: "--field: kein Gestaltungsfeld mit der ID '{id}'; {advice}")
        case .unknownRule: Wording(en: "unknown rule '{id}'; {advice}", de: "unbekannte Regel '{id}'; {advice}")
        case .didYouMean: Wording(en: "did you mean '{word}'?", de: "meinten Sie '{word}'?")
        case .knownFields: Wording(en: "the fields are {list}", de: "die Gestaltungsfelder sind {list}")
        case .ruleIdsListed: Wording(en: "'ecograph rules' lists the rule ids", de: "'ecograph rules' listet die Regel-IDs auf")
        case .regionNeedsIndexFile:
            Wording(
                en: "a region's atlas is several files; name the index file with -o, e.g. -o atlas.html",
                de: "der Atlas einer Region besteht aus mehreren Dateien; nennen Sie die Startseite mit -o, z. B. -o atlas.html")
        case .notARegion:
            Wording(
                en: "--ecosystem: the model is one ecosystem, not a region of several; leave --ecosystem out",
                de: "--ecosystem: das Modell ist ein einziges Ökosystem, keine Region aus mehreren; lassen Sie --ecosystem weg")
        case .unknownEcosystem:
            Wording(
                en: "--ecosystem: the model has no ecosystem named '{name}'; {advice}",
                de: "--ecosystem: das Modell enthält kein Ökosystem namens '{name}'; {advice}")
        case .knownEcosystems: Wording(en: "the model's ecosystems are {list}", de: "die Ökosysteme des Modells sind {list}")
        case .folderIsFile:
            Wording(
                en: "'{path}' is a file, but the atlas of a region needs a folder of that name for its municipality pages; move the file or choose another -o",
                de: "'{path}' ist eine Datei, der Atlas einer Region braucht aber einen Ordner dieses Namens für die Seiten der Kommunen; verschieben Sie die Datei oder wählen Sie ein anderes -o")
        case .notOurs:
            Wording(
                en: "'{path}' exists and is not a page of an ecograph atlas; ecograph does not overwrite it — move it or choose another -o",
                de: "'{path}' existiert und ist keine Seite eines ecograph-Atlas; ecograph überschreibt sie nicht – verschieben Sie die Datei oder wählen Sie ein anderes -o")
        case .initExists:
            Wording(
                en: "{files} already {n|exists|exist}; use --force to overwrite, or another directory",
                de: "{files} {n|existiert|existieren} bereits; überschreiben mit --force, oder wählen Sie einen anderen Ordner")
        case .initWrote:
            Wording(
                en: "Wrote {model} and {configuration}\nNext: ecograph check {model}",
                de: "Geschrieben: {model} und {configuration}\nWeiter: ecograph check {model} --lang de")
        case .diffTitle: Wording(en: "Changes: {old} → {new}", de: "Änderungen: {old} → {new}")
        case .gitNoModelFile:
            Wording(
                en: "{argument}: git knows no model file '{path}' in revision '{revision}' (paths are relative to the repository's top)",
                de: "{argument}: git kennt keine Modelldatei '{path}' in der Revision '{revision}' (Pfade gelten ab der obersten Ebene des Repositorys)")
        case .gitFailed: Wording(en: "{argument}: git {command} failed: {reason}", de: "{argument}: git {command} ist fehlgeschlagen: {reason}")
        case .graphvizWarning: Wording(en: "Graphviz: {warning}", de: "Graphviz meldet: {warning}")
        case .mapDoesNotFit:
            Wording(
                en: "the map does not fit {page} with text of at least {minimum} pt (its smallest text would print at {printed} pt); draw a smaller view (--status, --kinds, --focus ID --depth 1) or use --page none",
                de: "die Karte passt nicht auf {page} mit mindestens {minimum} pt Schrift (die kleinste Schrift wäre gedruckt {printed} pt); zeichnen Sie eine kleinere Ansicht (--status, --kinds, --focus ID --depth 1) oder nutzen Sie --page none")
        case .landscapeInstead:
            Wording(
                en: "the overview ({n} nodes) does not fit an A3 page with readable text, so the landscape is drawn; --view overview draws the whole overview, --field and --system one part of it",
                de: "die Übersicht ({n} Knoten) passt nicht lesbar auf eine A3-Seite, daher wird die Landschaft gezeichnet; --view overview zeichnet die ganze Übersicht, --field und --system einen Teil davon")
        case .pageA3Landscape: Wording(en: "A3 landscape", de: "A3 quer")
        }
    }
}
