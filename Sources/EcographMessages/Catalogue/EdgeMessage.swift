/// The built-in relation types as maps label them and tooltips name them; the key is the
/// type's canonical name, which is also the English label.
public enum EdgeMessage: String, MessageArea {
    public static let area = "edge"

    case holds
    case inSystem = "in-system"
    case pilots
    case advises
    case coordinates
    case supports
    case memberOf = "member-of"
    case accountable
    case responsible
    case consulted
    case informed
    case inField = "in-field"
    case targets
    case participation
    case participates
    case organises
    case dependsOn = "depends-on"
    case cooperates
    case reportsTo = "reports-to"
    case funds
    case delivers
    case uses

    public var wording: Wording {
        switch self {
        case .holds: Wording(en: "holds", de: "hat inne")
        case .inSystem: Wording(en: "in-system", de: "im System")
        case .pilots: Wording(en: "pilots", de: "lotst")
        case .advises: Wording(en: "advises", de: "berät")
        case .coordinates: Wording(en: "coordinates", de: "koordiniert")
        case .supports: Wording(en: "supports", de: "unterstützt")
        case .memberOf: Wording(en: "member-of", de: "gehört zu")
        case .accountable: Wording(en: "accountable", de: "federführend")
        case .responsible: Wording(en: "responsible", de: "mitwirkend")
        case .consulted: Wording(en: "consulted", de: "beteiligt")
        case .informed: Wording(en: "informed", de: "informiert")
        case .inField: Wording(en: "in-field", de: "im Gestaltungsfeld")
        case .targets: Wording(en: "targets", de: "richtet sich an")
        case .participation: Wording(en: "participation", de: "Beteiligung an")
        case .participates: Wording(en: "participates", de: "nimmt teil an")
        case .organises: Wording(en: "organises", de: "organisiert")
        case .dependsOn: Wording(en: "depends-on", de: "hängt ab von")
        case .cooperates: Wording(en: "cooperates", de: "kooperiert mit")
        case .reportsTo: Wording(en: "reports-to", de: "berichtet an")
        case .funds: Wording(en: "funds", de: "finanziert")
        case .delivers: Wording(en: "delivers", de: "liefert an")
        case .uses: Wording(en: "uses", de: "nutzt")
        }
    }
}
