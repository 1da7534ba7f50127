/// What the model loader says about a model: files, YAML, sections, entries, keys, values,
/// references and waivers.
public enum ModelMessage: String, MessageArea {
    public static let area = "model"

    // Files and directories
    case noModelFiles = "no-model-files"
    case noModelFilesAdvice = "no-model-files.advice"
    case noSuchFile = "no-such-file"
    case checkThePath = "check-the-path"
    case cannotReadDirectory = "cannot-read-directory"
    case checkPermissions = "check-permissions"
    case directoryHoldsNoModels = "directory-holds-no-models"
    case directoryHoldsNoModelsAdvice = "directory-holds-no-models.advice"
    case cannotReadFile = "cannot-read-file"
    case cannotReadFileAdvice = "cannot-read-file.advice"
    case notUTF8 = "not-utf8"
    case notUTF8Advice = "not-utf8.advice"
    case emptyFile = "empty-file"
    case emptyFileAdvice = "empty-file.advice"
    // YAML
    case malformedYAML = "malformed-yaml"
    case malformedYAMLContext = "malformed-yaml.context"
    case malformedYAMLContextLine = "malformed-yaml.context-line"
    case malformedYAMLAdvice = "malformed-yaml.advice"
    case duplicateKey = "duplicate-key"
    case duplicateKeyFirst = "duplicate-key.first"
    case duplicateKeyAdvice = "duplicate-key.advice"
    case readerProblem = "reader-problem"
    case readerProblemAdvice = "reader-problem.advice"
    case outOfMemory = "out-of-memory"
    // What a node is
    case foundMapping = "found.mapping"
    case foundList = "found.list"
    case foundEmpty = "found.empty"
    case foundText = "found.text"
    case expectedScalar = "expected-scalar"
    case whatSectionName = "what.section-name"
    case whatEcosystemName = "what.ecosystem-name"
    case whatID = "what.id"
    case whatIDIn = "what.id-in"
    case whatKey = "what.key"
    case whatRelationType = "what.relation-type"
    case whatNameOf = "what.name-of"
    case whatKeyOf = "what.key-of"
    case controlCharacter = "control-character"
    case controlCharacterAdvice = "control-character.advice"
    case tooDeep = "limit.too-deep"
    case tooDeepAdvice = "limit.too-deep.advice"
    case aliasBudget = "limit.alias-budget"
    case aliasBudgetAdvice = "limit.alias-budget.advice"
    // Sections
    case topLevelNotMapping = "top-level-not-mapping"
    case topLevelNotMappingAdvice = "top-level-not-mapping.advice"
    case unknownSection = "unknown-section"
    case sectionsAre = "sections-are"
    case sectionTwice = "section-twice"
    case sectionTwiceAdvice = "section-twice.advice"
    case sectionNotMapping = "section-not-mapping"
    case sectionNotMappingAdvice = "section-not-mapping.advice"
    // Entries and keys
    case subject
    case invalidID = "invalid-id"
    case idEmpty = "id.empty"
    case idStart = "id.start"
    case idSpaces = "id.spaces"
    case idCharacter = "id.character"
    case idAdvice = "id.advice"
    case idAdviceExample = "id.advice-example"
    case keyTwice = "key-twice"
    case keepOne = "keep-one"
    case entryNotMapping = "entry-not-mapping"
    case entryNotMappingAdvice = "entry-not-mapping.advice"
    case systemWithoutType = "system-without-type"
    case systemWithoutTypeAdvice = "system-without-type.advice"
    case unknownKey = "unknown-key"
    case quoteTextWithComma = "quote-text-with-comma"
    case keyOfOtherKinds = "key-of-other-kinds"
    case keysAre = "keys-are"
    case unknownTerm = "unknown-term"
    case expectedOneOf = "expected-one-of"
    case suggestionAndExpected = "suggestion-and-expected"
    case termStatus = "term.status"
    case termSystemType = "term.system-type"
    case termRoleType = "term.role-type"
    case termFormatType = "term.format-type"
    case notText = "not-text"
    case notTextAdvice = "not-text.advice"
    case notTexts = "not-texts"
    case notTextsItem = "not-texts.item"
    // References
    case keyOf = "context.key-of"
    case relationOfType = "context.relation"
    case notReferences = "not-references"
    case notReferencesAdvice = "not-references.advice"
    case emptyReference = "empty-reference"
    case emptyReferenceAdvice = "empty-reference.advice"
    case duplicateID = "duplicate-id"
    case duplicateIDAdvice = "duplicate-id.advice"
    case unknownID = "unknown-id"
    case unknownIDExpected = "unknown-id.expected"
    case unknownIDAdvice = "unknown-id.advice"
    case wrongKind = "wrong-kind"
    case wrongKindAdvice = "wrong-kind.advice"
    case anyNode = "any-node"
    case kindsOr = "kinds-or"
    // Waivers
    case waiversNotList = "waivers-not-list"
    case waiversNotListAdvice = "waivers-not-list.advice"
    case waiverNotMapping = "waiver-not-mapping"
    case waiverNotMappingAdvice = "waiver-not-mapping.advice"
    case unknownWaiverKey = "unknown-waiver-key"
    case unknownWaiverKeyAdvice = "unknown-waiver-key.advice"
    case waiverWithoutRule = "waiver-without-rule"
    case waiverWithoutRuleAdvice = "waiver-without-rule.advice"
    case waiverWithoutReason = "waiver-without-reason"
    case waiverWithoutReasonAdvice = "waiver-without-reason.advice"
    // Relations
    case relationsNotList = "relations-not-list"
    case relationsNotListAdvice = "relations-not-list.advice"
    case relationNotMapping = "relation-not-mapping"
    case relationAdvice = "relation.advice"
    case unknownRelationKey = "unknown-relation-key"
    case unknownRelationKeyAdvice = "unknown-relation-key.advice"
    case relationNeeds = "relation-needs"
    case unknownRelationType = "unknown-relation-type"
    case unknownRelationTypeAdvice = "unknown-relation-type.advice"
    case and

    public var wording: Wording {
        switch self {
        case .noModelFiles: Wording(en: "no model files given", de: "keine Modelldateien angegeben")
        case .noModelFilesAdvice: Wording(en: "name a model file or a directory", de: "nennen Sie eine Modelldatei oder einen Ordner")
        case .noSuchFile: Wording(en: "no such file or directory", de: "Datei oder Ordner nicht gefunden")
        case .checkThePath: Wording(en: "check the path", de: "prüfen Sie den Pfad")
        case .cannotReadDirectory: Wording(en: "cannot read the directory", de: "der Ordner kann nicht gelesen werden")
        case .checkPermissions: Wording(en: "check its permissions", de: "prüfen Sie die Zugriffsrechte")
        case .directoryHoldsNoModels: Wording(en: "the directory holds no model files", de: "der Ordner enthält keine Modelldateien")
        case .directoryHoldsNoModelsAdvice:
            Wording(
                en: "put one or more *.yaml, *.yml or *.json files in it",
                de: "legen Sie eine oder mehrere Dateien *.yaml, *.yml oder *.json hinein")
        case .cannotReadFile: Wording(en: "cannot read the file", de: "die Datei kann nicht gelesen werden")
        case .cannotReadFileAdvice:
            Wording(en: "check that it exists and is readable", de: "prüfen Sie, ob sie existiert und lesbar ist")
        case .notUTF8: Wording(en: "the file is not UTF-8 text", de: "die Datei ist kein UTF-8-Text")
        case .notUTF8Advice:
            Wording(
                en: "save it with the encoding UTF-8 (in LibreOffice or Excel: 'UTF-8' when saving as text)",
                de: "speichern Sie sie mit der Kodierung UTF-8 (in LibreOffice oder Excel: 'UTF-8' beim Speichern als Text)")
        case .emptyFile: Wording(en: "the file is empty", de: "die Datei ist leer")
        case .emptyFileAdvice:
            Wording(
                en: "a model needs at least one section, e.g. 'ecosystem: Musterstadt' and 'projects:'",
                de: "ein Modell braucht mindestens einen Abschnitt, z. B. 'ökosystem: Musterstadt' und 'projekte:'")
        case .malformedYAML: Wording(en: "malformed YAML: {problem}", de: "fehlerhaftes YAML: {problem}")
        case .malformedYAMLContext: Wording(en: " ({context})", de: " ({context})")
        case .malformedYAMLContextLine: Wording(en: " ({context} at line {line})", de: " ({context} in Zeile {line})")
        case .malformedYAMLAdvice:
            Wording(
                en: "check the indentation (spaces, no tabs) and that text with ':' or '#' is quoted",
                de: "prüfen Sie die Einrückung (Leerzeichen, keine Tabulatoren) und ob Text mit ':' oder '#' in Anführungszeichen steht")
        case .duplicateKey: Wording(en: "duplicate key '{key}' in one mapping{first}", de: "Schlüssel '{key}' steht zweimal in einer Zuordnung{first}")
        case .duplicateKeyFirst: Wording(en: " (first at line {line})", de: " (zuerst in Zeile {line})")
        case .duplicateKeyAdvice:
            Wording(
                en: "ids and keys must be unique; rename or remove one of them",
                de: "IDs und Schlüssel müssen eindeutig sein; benennen Sie einen davon um oder entfernen Sie ihn")
        case .readerProblem: Wording(en: "cannot read the file: {problem}", de: "die Datei kann nicht gelesen werden: {problem}")
        case .readerProblemAdvice: Wording(en: "save it as UTF-8 text", de: "speichern Sie sie als UTF-8-Text")
        case .outOfMemory:
            Wording(en: "cannot parse the file: out of memory", de: "die Datei kann nicht gelesen werden: kein Speicher mehr frei")
        case .foundMapping: Wording(en: "a mapping", de: "eine Zuordnung")
        case .foundList: Wording(en: "a list", de: "eine Liste")
        case .foundEmpty: Wording(en: "empty", de: "ein leerer Wert")
        case .foundText: Wording(en: "the text '{text}'", de: "der Text '{text}'")
        case .expectedScalar: Wording(en: "expected {what}, found {found}", de: "erwartet: {what}; gefunden: {found}")
        case .whatSectionName: Wording(en: "a section name", de: "ein Abschnittsname")
        case .whatEcosystemName: Wording(en: "the ecosystem's name", de: "der Name des Ökosystems")
        case .whatID: Wording(en: "an id", de: "eine ID")
        case .whatIDIn: Wording(en: "an id in {context}", de: "eine ID in {context}")
        case .whatKey: Wording(en: "a key", de: "ein Schlüssel")
        case .whatRelationType: Wording(en: "a relation type", de: "ein Beziehungstyp")
        case .whatNameOf: Wording(en: "the name of {subject}", de: "der Name von {subject}")
        case .whatKeyOf: Wording(en: "'{key}' of {subject}", de: "'{key}' bei {subject}")
        case .controlCharacter:
            Wording(en: "{what} contains the control character {character}", de: "{what} enthält das Steuerzeichen {character}")
        case .controlCharacterAdvice:
            Wording(
                en: "remove it; control characters cannot be shown or printed (they come from escapes such as \\e or \\u0000, or from text copied out of other programs)",
                de: "entfernen Sie es; Steuerzeichen lassen sich weder anzeigen noch drucken (sie stammen aus Escapes wie \\e oder \\u0000 oder aus Text, der aus anderen Programmen kopiert wurde)")
        case .tooDeep:
            Wording(en: "the file nests collections deeper than {limit} levels", de: "die Datei schachtelt Sammlungen tiefer als {limit} Ebenen")
        case .tooDeepAdvice:
            Wording(
                en: "a model needs a few levels; if this nesting is intended, raise the limit with --max-depth (at most {ceiling})",
                de: "ein Modell braucht nur wenige Ebenen; ist die Schachtelung gewollt, erhöhen Sie die Grenze mit --max-depth (höchstens {ceiling})")
        case .aliasBudget:
            Wording(en: "the aliases in the file expand to more than {limit} nodes", de: "die Aliasse der Datei ergeben mehr als {limit} Knoten")
        case .aliasBudgetAdvice:
            Wording(
                en: "aliases (*name) copy what their anchor (&name) holds; write the entries out, or raise the limit with --max-alias-nodes",
                de: "Aliasse (*name) kopieren, was ihr Anker (&name) enthält; schreiben Sie die Einträge aus oder erhöhen Sie die Grenze mit --max-alias-nodes")
        case .topLevelNotMapping:
            Wording(
                en: "a model file is a mapping of sections at its top level, not {found}",
                de: "eine Modelldatei ordnet auf oberster Ebene Abschnitte zu; gefunden: {found}")
        case .topLevelNotMappingAdvice:
            Wording(
                en: "start with 'ecosystem: NAME' and sections such as 'systems:', 'fields:', 'projects:'",
                de: "beginnen Sie mit 'ökosystem: NAME' und Abschnitten wie 'systeme:', 'gestaltungsfelder:', 'projekte:'")
        case .unknownSection: Wording(en: "unknown section '{word}'", de: "unbekannter Abschnitt '{word}'")
        case .sectionsAre: Wording(en: "the sections are {list}", de: "die Abschnitte sind {list}")
        case .sectionTwice:
            Wording(
                en: "section '{section}' appears twice in this file (first at line {line})",
                de: "Abschnitt '{section}' steht zweimal in dieser Datei (zuerst in Zeile {line})")
        case .sectionTwiceAdvice: Wording(en: "merge the two into one section", de: "fassen Sie beide zu einem Abschnitt zusammen")
        case .sectionNotMapping:
            Wording(
                en: "section '{section}' should map ids to entries, not be {found}",
                de: "Abschnitt '{section}' sollte IDs Einträge zuordnen; gefunden: {found}")
        case .sectionNotMappingAdvice:
            Wording(
                en: "write one entry per line, e.g. 'my-id: { name: My name }'",
                de: "schreiben Sie einen Eintrag je Zeile, z. B. 'meine-id: { bezeichnung: Mein Name }'")
        case .subject: Wording(en: "{kind} '{id}'", de: "{kind} '{id}'")
        case .invalidID: Wording(en: "invalid id '{id}': {problem}", de: "ungültige ID '{id}': {problem}")
        case .idEmpty: Wording(en: "an id cannot be empty", de: "eine ID darf nicht leer sein")
        case .idStart: Wording(en: "an id must start with a letter or digit", de: "eine ID muss mit einem Buchstaben oder einer Ziffer beginnen")
        case .idSpaces: Wording(en: "an id cannot contain spaces", de: "eine ID darf keine Leerzeichen enthalten")
        case .idCharacter: Wording(en: "an id cannot contain '{character}'", de: "eine ID darf kein '{character}' enthalten")
        case .idAdvice:
            Wording(
                en: "use letters, digits, '-', '_' and '.'; put the display text in 'name:'",
                de: "verwenden Sie Buchstaben, Ziffern, '-', '_' und '.'; der angezeigte Text gehört in 'bezeichnung:'")
        case .idAdviceExample:
            Wording(
                en: "use letters, digits, '-', '_' and '.'; put the display text in 'name:', e.g. '{suggestion}'",
                de: "verwenden Sie Buchstaben, Ziffern, '-', '_' und '.'; der angezeigte Text gehört in 'bezeichnung:', z. B. '{suggestion}'")
        case .keyTwice:
            Wording(
                en: "'{key}' is given twice for {subject} (first at line {line})",
                de: "'{key}' steht zweimal bei {subject} (zuerst in Zeile {line})")
        case .keepOne: Wording(en: "keep one of them", de: "behalten Sie einen davon")
        case .entryNotMapping:
            Wording(en: "{subject} should be a mapping of keys, not {found}", de: "{subject} sollte Schlüssel zuordnen; gefunden: {found}")
        case .entryNotMappingAdvice: Wording(en: "write e.g. '{id}: { name: … }'", de: "schreiben Sie z. B. '{id}: { bezeichnung: … }'")
        case .systemWithoutType: Wording(en: "{subject} has no type", de: "{subject} hat keinen Typ")
        case .systemWithoutTypeAdvice: Wording(en: "add 'type:' with one of {allowed}", de: "ergänzen Sie 'typ:' mit einem von {allowed}")
        case .unknownKey: Wording(en: "unknown key '{key}' in {subject}", de: "unbekannter Schlüssel '{key}' bei {subject}")
        case .quoteTextWithComma:
            Wording(
                en: "if this is the rest of a text that contains a comma, put the whole text in quotes: name: \"Energie, Klima und Umwelt\"",
                de: "ist dies der Rest eines Textes mit Komma, setzen Sie den ganzen Text in Anführungszeichen: bezeichnung: \"Energie, Klima und Umwelt\"")
        case .keyOfOtherKinds:
            Wording(en: "'{key}' is a key of {kinds}, not of {kind}", de: "'{key}' ist ein Schlüssel für {kinds}, nicht für {kind}")
        case .keysAre:
            Wording(
                en: "the keys of {kind} are {list}; own attributes start with 'x-'",
                de: "die Schlüssel für {kind} sind {list}; eigene Attribute beginnen mit 'x-'")
        case .unknownTerm: Wording(en: "unknown {term} '{word}' in {subject}", de: "unbekannter Wert '{word}' für {term} bei {subject}")
        case .expectedOneOf: Wording(en: "expected one of {list}", de: "erlaubt sind {list}")
        case .suggestionAndExpected: Wording(en: "{suggestion} ({expected})", de: "{suggestion} ({expected})")
        case .termStatus: Wording(en: "status", de: "Status")
        case .termSystemType: Wording(en: "system type", de: "Systemtyp")
        case .termRoleType: Wording(en: "role type", de: "Rollentyp")
        case .termFormatType: Wording(en: "format type", de: "Formattyp")
        case .notText: Wording(en: "'{key}' of {subject} should be text, not {found}", de: "'{key}' bei {subject} sollte Text sein; gefunden: {found}")
        case .notTextAdvice:
            Wording(
                en: "write it on one line, in quotes if it contains ':' or '#'",
                de: "schreiben Sie ihn in eine Zeile, in Anführungszeichen, wenn er ':' oder '#' enthält")
        case .notTexts:
            Wording(
                en: "'{key}' of {subject} should be text or a list of texts, not {found}",
                de: "'{key}' bei {subject} sollte Text oder eine Liste von Texten sein; gefunden: {found}")
        case .notTextsItem:
            Wording(
                en: "'{key}' of {subject} should be text or a list of texts, not hold {found}",
                de: "'{key}' bei {subject} sollte Text oder eine Liste von Texten sein; enthält aber: {found}")
        case .keyOf: Wording(en: "'{key}' of {subject}", de: "'{key}' bei {subject}")
        case .relationOfType: Wording(en: "a '{type}' relation", de: "einer Beziehung vom Typ '{type}'")
        case .notReferences:
            Wording(
                en: "{context} should be an id or a list of ids, not {found}",
                de: "{context} sollte eine ID oder eine Liste von IDs sein; gefunden: {found}")
        case .notReferencesAdvice: Wording(en: "write e.g. '[first-id, second-id]'", de: "schreiben Sie z. B. '[erste-id, zweite-id]'")
        case .emptyReference: Wording(en: "empty id in {context}", de: "leere ID in {context}")
        case .emptyReferenceAdvice: Wording(en: "remove it or name a node", de: "entfernen Sie sie oder nennen Sie einen Knoten")
        case .duplicateID:
            Wording(
                en: "duplicate id '{id}': already defined as {kind} at {place}",
                de: "doppelte ID '{id}': schon vergeben an {kind} in {place}")
        case .duplicateIDAdvice:
            Wording(
                en: "ids must be unique across all sections and files; rename one of them",
                de: "IDs müssen über alle Abschnitte und Dateien eindeutig sein; benennen Sie eine davon um")
        case .unknownID: Wording(en: "unknown id '{id}' in {context}{expected}", de: "unbekannte ID '{id}' in {context}{expected}")
        case .unknownIDExpected: Wording(en: " (expected {kinds})", de: " (erwartet: {kinds})")
        case .unknownIDAdvice:
            Wording(en: "define it in its section or correct the spelling", de: "legen Sie sie in ihrem Abschnitt an oder korrigieren Sie die Schreibweise")
        case .wrongKind:
            Wording(
                en: "'{id}' is {kind}, but {context} expects {expected} here",
                de: "'{id}' gehört zur Art {kind}, aber {context} erwartet hier: {expected}")
        case .wrongKindAdvice: Wording(en: "refer to {expected} instead", de: "verweisen Sie stattdessen auf: {expected}")
        case .anyNode: Wording(en: "node", de: "Knoten")
        case .kindsOr: Wording(en: "{first} or {second}", de: "{first} oder {second}")
        case .waiversNotList:
            Wording(
                en: "'waive' of {subject} should be a list of waivers, not {found}",
                de: "'ausnahmen' bei {subject} sollte eine Liste von Ausnahmen sein; gefunden: {found}")
        case .waiversNotListAdvice:
            Wording(
                en: "write 'waive: [{ rule: RULE-ID, reason: \"why this is fine\" }]'",
                de: "schreiben Sie 'ausnahmen: [{ regel: REGEL-ID, begründung: \"warum das in Ordnung ist\" }]'")
        case .waiverNotMapping:
            Wording(
                en: "a waiver of {subject} should be a mapping with 'rule' and 'reason', not {found}",
                de: "eine Ausnahme bei {subject} sollte 'regel' und 'begründung' zuordnen; gefunden: {found}")
        case .waiverNotMappingAdvice:
            Wording(
                en: "write '{ rule: RULE-ID, reason: \"why this is fine\" }'",
                de: "schreiben Sie '{ regel: REGEL-ID, begründung: \"warum das in Ordnung ist\" }'")
        case .unknownWaiverKey: Wording(en: "unknown key '{key}' in a waiver of {subject}", de: "unbekannter Schlüssel '{key}' in einer Ausnahme bei {subject}")
        case .unknownWaiverKeyAdvice: Wording(en: "a waiver has 'rule' and 'reason'", de: "eine Ausnahme hat 'regel' und 'begründung'")
        case .waiverWithoutRule: Wording(en: "a waiver of {subject} names no rule", de: "eine Ausnahme bei {subject} nennt keine Regel")
        case .waiverWithoutRuleAdvice: Wording(en: "add 'rule: RULE-ID'", de: "ergänzen Sie 'regel: REGEL-ID'")
        case .waiverWithoutReason:
            Wording(en: "the waiver of '{rule}' on {subject} gives no reason", de: "die Ausnahme von '{rule}' bei {subject} nennt keine Begründung")
        case .waiverWithoutReasonAdvice:
            Wording(
                en: "add 'reason:' saying why the exception is justified; reviewers read it",
                de: "ergänzen Sie 'begründung:' mit dem Grund, warum die Ausnahme gerechtfertigt ist; die Prüfenden lesen sie")
        case .relationsNotList:
            Wording(en: "section 'relations' should be a list, not {found}", de: "Abschnitt 'beziehungen' sollte eine Liste sein; gefunden: {found}")
        case .relationsNotListAdvice:
            Wording(
                en: "write one relation per line: '- { from: a, type: supports, to: b }'",
                de: "schreiben Sie eine Beziehung je Zeile: '- { von: a, typ: unterstützt, zu: b }'")
        case .relationNotMapping:
            Wording(
                en: "a relation should be a mapping with 'from', 'type' and 'to', not {found}",
                de: "eine Beziehung sollte 'von', 'typ' und 'zu' zuordnen; gefunden: {found}")
        case .relationAdvice: Wording(en: "write '- { from: a, type: supports, to: b }'", de: "schreiben Sie '- { von: a, typ: unterstützt, zu: b }'")
        case .unknownRelationKey: Wording(en: "unknown key '{key}' in a relation", de: "unbekannter Schlüssel '{key}' in einer Beziehung")
        case .unknownRelationKeyAdvice:
            Wording(
                en: "a relation has 'from', 'type', 'to' and an optional 'note'",
                de: "eine Beziehung hat 'von', 'typ', 'zu' und wahlweise 'notiz'")
        case .relationNeeds: Wording(en: "a relation needs {keys}", de: "eine Beziehung braucht {keys}")
        case .unknownRelationType: Wording(en: "unknown relation type '{type}'", de: "unbekannter Beziehungstyp '{type}'")
        case .unknownRelationTypeAdvice:
            Wording(
                en: "use one of {list}, or a name of your own starting with 'x-'",
                de: "verwenden Sie einen von {list} oder einen eigenen Namen, der mit 'x-' beginnt")
        case .and: Wording(en: " and ", de: " und ")
        }
    }
}
