/// What `ecograph metamodel` says: the kinds of node and the relations allowed between them.
public enum MetamodelMessage: String, MessageArea {
    public static let area = "metamodel"

    case title
    case kindsHeading = "kinds-heading"
    case kindsIntro = "kinds-intro"
    case kindColumn = "kind-column"
    case sectionColumn = "section-column"
    case alsoColumn = "also-column"
    case keysColumn = "keys-column"
    case matrixHeading = "matrix-heading"
    case matrixIntro = "matrix-intro"
    case matrixCorner = "matrix-corner"
    case openTypes = "open-types"
    case customTypes = "custom-types"
    case none
    case anyKind = "any-kind"
    case fromTo = "from-to"

    public var wording: Wording {
        switch self {
        case .title: Wording(en: "Kinds and relations of the model", de: "Arten und Beziehungen des Modells")
        case .kindsHeading: Wording(en: "Kinds", de: "Arten")
        case .kindsIntro:
            Wording(
                en: "Each kind is a section of a model file. Keys that name other entries make relations; the arrow says which way the relation runs.",
                de: "Jede Art ist ein Abschnitt einer Modelldatei. Schlüssel, die andere Einträge nennen, bilden Beziehungen; der Pfeil sagt, in welche Richtung die Beziehung läuft.")
        case .kindColumn: Wording(en: "kind", de: "Art")
        case .sectionColumn: Wording(en: "section", de: "Abschnitt")
        case .alsoColumn: Wording(en: "also written", de: "auch geschrieben")
        case .keysColumn: Wording(en: "keys that make relations", de: "Schlüssel, die Beziehungen bilden")
        case .matrixHeading: Wording(en: "Allowed relations", de: "Erlaubte Beziehungen")
        case .matrixIntro:
            Wording(
                en: "Which relations may run from a kind (row) to a kind (column), in `relations:` or through the keys above. Any other relation between these kinds is an error when the model is loaded.",
                de: "Welche Beziehungen von einer Art (Zeile) zu einer Art (Spalte) laufen dürfen, unter `beziehungen:` oder über die Schlüssel oben. Jede andere Beziehung zwischen diesen Arten ist beim Laden des Modells ein Fehler.")
        case .matrixCorner: Wording(en: "from \\ to", de: "von \\ zu")
        case .openTypes: Wording(en: "Between any kinds: {list}.", de: "Zwischen beliebigen Arten: {list}.")
        case .customTypes:
            Wording(
                en: "A model's own relation types, named `x-…` (`x-funds-through`), connect any kinds.",
                de: "Eigene Beziehungstypen eines Modells, benannt `x-…` (`x-finanziert-über`), verbinden beliebige Arten.")
        case .none: Wording(en: "—", de: "—")
        case .anyKind: Wording(en: "any kind", de: "beliebige Art")
        case .fromTo: Wording(en: "{from} → {to}: {list}", de: "{from} → {to}: {list}")
        }
    }
}
