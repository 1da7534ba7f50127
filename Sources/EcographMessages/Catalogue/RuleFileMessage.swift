/// What the loader of rule files (`rule-files:`, `--rules FILE`) says about a file: reading it,
/// its YAML, its rules, selectors and requirements.
public enum RuleFileMessage: String, MessageArea {
    public static let area = "rule-file"

    // The file
    case cannotRead = "cannot-read"
    case notRuleFile = "not-a-rule-file"
    case unknownTopKey = "unknown-top-key"
    case topKeyAdvice = "unknown-top-key.advice"
    case rulesNotList = "rules-not-list"
    case declaredTwice = "declared-twice"
    case idClash = "id-clash"
    // A rule
    case badID = "bad-id"
    case unknownSeverity = "unknown-severity"
    case severityAdvice = "unknown-severity.advice"
    case noSelect = "no-select"
    case noRequire = "no-require"
    case defaultHint = "default-hint"
    case defaultRationale = "default-rationale"
    // Selectors and requirements
    case unknownKind = "unknown-kind"
    case useOneOf = "use-one-of"
    case unknownStatus = "unknown-status"
    case attributesNotMapping = "attributes-not-mapping"
    case hasTakesEdges = "has-takes-edges"
    case requirementNotMapping = "requirement-not-mapping"
    case requirementNeedsKey = "requirement-needs-key"
    case badDirection = "bad-direction"
    case unknownEdgeType = "unknown-edge-type"
    case edgeTypesAdvice = "unknown-edge-type.advice"
    case wrongEndKey = "wrong-end-key"
    case badAttributeTest = "bad-attribute-test"
    case badPattern = "bad-pattern"
    // Small readers
    case notMapping = "not-mapping"
    case unknownKey = "unknown-key"
    case keysAre = "keys-are"
    case missing = "missing"
    case notText = "not-text"
    case twoLanguages = "two-languages"
    case notCount = "not-count"
    // What a part of the file is
    case whatRule = "what.rule"
    case whatSelector = "what.selector"
    case whatAttributeRequirement = "what.attribute-requirement"
    case whatEdgeRequirement = "what.edge-requirement"

    public var wording: Wording {
        switch self {
        case .cannotRead:
            Wording(
                en: "cannot read the rule file; check the path and its permissions",
                de: "die Regeldatei kann nicht gelesen werden; prüfen Sie den Pfad und die Zugriffsrechte")
        case .notRuleFile:
            Wording(
                en: "a rule file is a mapping with 'rules:', a list of rules",
                de: "eine Regeldatei ist eine Zuordnung mit 'rules:', einer Liste von Regeln")
        case .unknownTopKey:
            Wording(en: "unknown key '{key}' in the rule file", de: "unbekannter Schlüssel '{key}' in der Regeldatei")
        case .topKeyAdvice: Wording(en: "a rule file has 'rules:'", de: "eine Regeldatei enthält 'rules:'")
        case .rulesNotList:
            Wording(
                en: "'rules' should be a list of rules (entries starting with '- id:')",
                de: "'rules' sollte eine Liste von Regeln sein (Einträge, die mit '- id:' beginnen)")
        case .declaredTwice:
            Wording(en: "rule '{id}' is declared twice in this file", de: "die Regel '{id}' ist in dieser Datei zweimal festgelegt")
        case .idClash:
            Wording(
                en: "rule id '{id}' of {new} is already taken by a rule of {existing}; rename one of them",
                de: "die Regel-ID '{id}' aus {new} ist schon an eine Regel aus {existing} vergeben; benennen Sie eine der beiden um")
        case .badID:
            Wording(
                en: "rule id '{id}' should be lower-case letters, digits and hyphens (e.g. 'running-project-has-start')",
                de: "die Regel-ID '{id}' sollte aus Kleinbuchstaben, Ziffern und Bindestrichen bestehen (z. B. 'laufendes-projekt-hat-start')")
        case .unknownSeverity: Wording(en: "unknown severity '{word}'", de: "unbekannte Schwere '{word}'")
        case .severityAdvice:
            Wording(en: "use error, warning or info", de: "verwenden Sie error (Fehler), warning (Warnung) oder info (Hinweis)")
        case .noSelect:
            Wording(
                en: "rule '{id}' has no 'select:'; say which nodes it looks at, e.g. '{ kind: project }'",
                de: "die Regel '{id}' hat kein 'select:'; geben Sie an, welche Knoten sie prüft, z. B. '{ kind: project }'")
        case .noRequire:
            Wording(
                en: "rule '{id}' has no 'require:'; say what must hold for each selected node",
                de: "die Regel '{id}' hat kein 'require:'; geben Sie an, was für jeden ausgewählten Knoten gelten muss")
        case .defaultHint: Wording(en: "See the rule file {file}.", de: "Siehe die Regeldatei {file}.")
        case .defaultRationale: Wording(en: "Declared in {file}.", de: "Festgelegt in {file}.")
        case .unknownKind: Wording(en: "unknown kind '{word}'", de: "unbekannte Art '{word}'")
        case .useOneOf: Wording(en: "use one of {list}", de: "verwenden Sie eines von {list}")
        case .unknownStatus: Wording(en: "unknown status '{word}'", de: "unbekannter Status '{word}'")
        case .attributesNotMapping:
            Wording(
                en: "'attributes' should map attribute names to present, absent, { matches: REGEX } or { one-of: [..] }",
                de: "'attributes' sollte Attributnamen present (vorhanden), absent (fehlt), { matches: REGEX } oder { one-of: [..] } zuordnen")
        case .hasTakesEdges:
            Wording(en: "'has' takes edge conditions ('- edges: TYPE …')", de: "'has' nimmt Kantenbedingungen auf ('- edges: TYP …')")
        case .requirementNotMapping:
            Wording(
                en: "a requirement is a mapping: '- attribute: NAME' or '- edges: TYPE'",
                de: "eine Anforderung ist eine Zuordnung: '- attribute: NAME' oder '- edges: TYP'")
        case .requirementNeedsKey:
            Wording(
                en: "a requirement needs 'attribute: NAME' or 'edges: TYPE'",
                de: "eine Anforderung braucht 'attribute: NAME' oder 'edges: TYP'")
        case .badDirection:
            Wording(en: "direction should be 'in' or 'out', not '{word}'", de: "'direction' sollte 'in' oder 'out' sein, nicht '{word}'")
        case .unknownEdgeType: Wording(en: "unknown edge type '{type}'", de: "unbekannter Kantentyp '{type}'")
        case .edgeTypesAdvice:
            Wording(en: "see docs/model-format.md for the edge types", de: "die Kantentypen stehen in docs/model-format.md")
        case .wrongEndKey:
            Wording(
                en: "'{wrong}' does not fit direction '{direction}'; use '{other}' for the other end of the edges",
                de: "'{wrong}' passt nicht zur Richtung '{direction}'; verwenden Sie '{other}' für das andere Ende der Kanten")
        case .badAttributeTest:
            Wording(
                en: "the test for attribute '{name}' should be present, absent, { matches: REGEX } or { one-of: [..] }",
                de: "die Prüfung für das Attribut '{name}' sollte present (vorhanden), absent (fehlt), { matches: REGEX } oder { one-of: [..] } sein")
        case .badPattern:
            Wording(en: "'{pattern}' is not a valid regular expression", de: "'{pattern}' ist kein gültiger regulärer Ausdruck")
        case .notMapping: Wording(en: "{what} should be a mapping", de: "{what}: hier wird eine Zuordnung erwartet (Schlüssel: Wert)")
        case .unknownKey: Wording(en: "unknown key '{key}' in {what}", de: "unbekannter Schlüssel '{key}' ({what})")
        case .keysAre: Wording(en: "the keys are {list}", de: "die Schlüssel sind {list}")
        case .missing: Wording(en: "'{key}' is missing", de: "'{key}' fehlt")
        case .notText: Wording(en: "'{key}' should be text", de: "'{key}' sollte Text sein")
        case .twoLanguages:
            Wording(en: "'{key}' in two languages is '{ en: …, de: … }'", de: "'{key}' in zwei Sprachen lautet '{ en: …, de: … }'")
        case .notCount:
            Wording(en: "'{key}' should be a whole number, 0 or more", de: "'{key}' sollte eine ganze Zahl sein, 0 oder größer")
        case .whatRule: Wording(en: "a rule", de: "Regel")
        case .whatSelector: Wording(en: "a selector", de: "Auswahl (select)")
        case .whatAttributeRequirement: Wording(en: "an attribute requirement", de: "Attribut-Anforderung")
        case .whatEdgeRequirement: Wording(en: "an edge requirement", de: "Kanten-Anforderung")
        }
    }
}
