/// What ecograph says about profile files: the user's own kinds, keys and relation types.
public enum ProfileMessage: String, MessageArea {
    public static let area = "profile"

    case cannotRead = "cannot-read"
    case notMapping = "not-mapping"
    case unknownTopKey = "unknown-top-key"
    case topKeysAre = "top-keys-are"
    case notMappingAt = "not-mapping-at"
    case notText = "not-text"
    case notList = "not-list"
    case badName = "bad-name"
    case builtInName = "built-in-name"
    case builtInAdvice = "built-in-advice"
    case declaredElsewhere = "declared-elsewhere"
    case wordTaken = "word-taken"
    case wordTakenAdvice = "word-taken-advice"
    case missing
    case unknownKey = "unknown-key"
    case keysAre = "keys-are"
    case badShape = "bad-shape"
    case shapesAre = "shapes-are"
    case badColor = "bad-color"
    case badColorAdvice = "bad-color-advice"
    case unknownKind = "unknown-kind"
    case kindsAre = "kinds-are"
    case unknownRelation = "unknown-relation"
    case unknownRelationAdvice = "unknown-relation-advice"
    case badDirection = "bad-direction"
    case tooManyKinds = "too-many-kinds"
    case tooManyKindsAdvice = "too-many-kinds-advice"
    case unknownWordSet = "unknown-word-set"
    case wordSetsAre = "word-sets-are"
    case unknownWordOfSet = "unknown-word-of-set"
    case wordsAre = "words-are"
    case whatKind = "what-kind"
    case whatRelation = "what-relation"
    case whatKey = "what-key"
    case whatSection = "what-section"
    case whatKeysOf = "what-keys-of"

    public var wording: Wording {
        switch self {
        case .cannotRead: Wording(en: "cannot read the profile", de: "das Profil kann nicht gelesen werden")
        case .notMapping:
            Wording(
                en: "a profile is a mapping of 'kinds', 'keys', 'relations' and 'rules'",
                de: "ein Profil ist eine Zuordnung mit 'kinds', 'keys', 'relations' und 'rules'")
        case .unknownTopKey: Wording(en: "unknown key '{key}' in the profile", de: "unbekannter Schlüssel '{key}' im Profil")
        case .topKeysAre:
            Wording(
                en: "a profile has 'kinds', 'keys', 'relations' and 'rules' (see docs/profiles.md)",
                de: "ein Profil hat 'kinds', 'keys', 'relations' und 'rules' (siehe docs/profiles.md)")
        case .notMappingAt: Wording(en: "{what} must be a mapping", de: "{what} muss eine Zuordnung sein")
        case .notText: Wording(en: "{what} must be text", de: "{what} muss ein Text sein")
        case .notList: Wording(en: "{what} must be a list, e.g. [a, b]", de: "{what} muss eine Liste sein, z. B. [a, b]")
        case .badName:
            Wording(
                en: "'{name}' cannot name {what}: use lower-case letters, digits and hyphens, starting with a letter",
                de: "'{name}' kann {what} nicht benennen: verwenden Sie Kleinbuchstaben, Ziffern und Bindestriche, beginnend mit einem Buchstaben")
        case .builtInName:
            Wording(
                en: "'{name}' is built into ecograph; a profile adds to the vocabulary but may not redefine it",
                de: "'{name}' ist in ecograph eingebaut; ein Profil ergänzt das Vokabular, darf es aber nicht umdefinieren")
        case .builtInAdvice:
            Wording(
                en: "choose another name ('ecograph metamodel' lists the built-in ones)",
                de: "wählen Sie einen anderen Namen ('ecograph metamodel' listet die eingebauten)")
        case .declaredElsewhere:
            Wording(
                en: "'{name}' is declared already, in {place}",
                de: "'{name}' ist bereits deklariert, in {place}")
        case .wordTaken: Wording(en: "'{word}' already names {owner}", de: "'{word}' benennt bereits {owner}")
        case .wordTakenAdvice:
            Wording(
                en: "each word may name one thing only; choose another",
                de: "jedes Wort darf nur eines benennen; wählen Sie ein anderes")
        case .missing: Wording(en: "{what} needs '{key}'", de: "{what} braucht '{key}'")
        case .unknownKey: Wording(en: "unknown key '{key}' in {what}", de: "unbekannter Schlüssel '{key}' in {what}")
        case .keysAre: Wording(en: "possible keys: {list}", de: "mögliche Schlüssel: {list}")
        case .badShape: Wording(en: "unknown shape '{shape}'", de: "unbekannte Form '{shape}'")
        case .shapesAre: Wording(en: "shapes: {list}", de: "Formen: {list}")
        case .badColor: Wording(en: "'{color}' is not a colour", de: "'{color}' ist keine Farbe")
        case .badColorAdvice:
            Wording(en: "write it as '#rrggbb', e.g. '#6a3d9a'", de: "schreiben Sie sie als '#rrggbb', z. B. '#6a3d9a'")
        case .unknownKind: Wording(en: "unknown kind '{word}'", de: "unbekannte Art '{word}'")
        case .kindsAre: Wording(en: "kinds: {list}", de: "Arten: {list}")
        case .unknownRelation: Wording(en: "unknown relation type '{word}'", de: "unbekannter Beziehungstyp '{word}'")
        case .unknownRelationAdvice:
            Wording(
                en: "declare it under 'relations' in the profile, or use a built-in one ('ecograph metamodel' lists them)",
                de: "deklarieren Sie ihn unter 'relations' im Profil oder verwenden Sie einen eingebauten ('ecograph metamodel' listet sie)")
        case .badDirection:
            Wording(
                en: "'{word}' is not a direction: 'out' (from the entry to the named ones) or 'in' (from the named ones to the entry)",
                de: "'{word}' ist keine Richtung: 'out' (vom Eintrag zu den genannten) oder 'in' (von den genannten zum Eintrag)")
        case .tooManyKinds:
            Wording(
                en: "kind '{name}' is one too many: ecograph holds {max} kinds in all",
                de: "Art '{name}' ist eine zu viel: ecograph fasst insgesamt {max} Arten")
        case .tooManyKindsAdvice:
            Wording(
                en: "merge kinds that differ only in a 'type' attribute",
                de: "fassen Sie Arten zusammen, die sich nur in einem Attribut 'type' unterscheiden")
        case .unknownWordSet: Wording(en: "'{name}' is no word list of ecograph", de: "'{name}' ist keine Wortliste von ecograph")
        case .wordSetsAre: Wording(en: "word lists: {list}", de: "Wortlisten: {list}")
        case .unknownWordOfSet:
            Wording(en: "'{word}' is not a word of the {name} list", de: "'{word}' ist kein Wort der Liste {name}")
        case .wordsAre: Wording(en: "its words: {list}", de: "ihre Wörter: {list}")
        case .whatKind: Wording(en: "kind '{name}'", de: "Art '{name}'")
        case .whatRelation: Wording(en: "relation type '{name}'", de: "Beziehungstyp '{name}'")
        case .whatKey: Wording(en: "key '{name}' of {kind}", de: "Schlüssel '{name}' von {kind}")
        case .whatSection: Wording(en: "section '{name}'", de: "Abschnitt '{name}'")
        case .whatKeysOf: Wording(en: "the keys of {kind}", de: "die Schlüssel von {kind}")
        }
    }
}
