import EcographMessages

/// The words a model of a language uses — what `import` writes and `metamodel` shows — in the language chosen: `projects`, `accountable`,
/// `running` in English; `projekte`, `federführend`, `läuft` in German. Every German word is one
/// the loader reads (a test checks each against ``Vocabulary``).
public enum ModelWords {
    /// The section of a kind's entries (`projekte`).
    public static func section(of kind: NodeKind, in language: Language) -> String {
        let section = Vocabulary.sections.first { $0.kind == kind }!
        guard language == .de else { return section.name }
        return germanSections[section.name] ?? section.name
    }

    /// The key (`federführend`).
    public static func key(_ name: String, in language: Language) -> String {
        language == .de ? germanKeys[name] ?? name : name
    }

    /// A word of a closed set (`läuft`) from its canonical form (`running`).
    public static func term(_ canonical: String, named termName: String, in language: Language) -> String {
        guard language == .de else { return canonical }
        switch termName {
        case ProjectStatus.termName: return ProjectStatus(rawValue: canonical)?.germanWord ?? canonical
        case RoleType.termName: return RoleType(rawValue: canonical)?.germanWord ?? canonical
        case SystemType.termName: return SystemType(rawValue: canonical)?.germanWord ?? canonical
        case FormatType.termName: return FormatType(rawValue: canonical)?.germanWord ?? canonical
        default: return canonical
        }
    }

    static let germanSections: [String: String] = [
        "systems": "systeme", "fields": "gestaltungsfelder", "target-groups": "zielgruppen", "roles": "rollen",
        "actors": "akteure", "formats": "formate", "projects": "projekte",
    ]

    /// The German key for each key that `import` can write; keys without one (`status`,
    /// `system`, `budget`) are the same in both languages.
    public static let germanKeys: [String: String] = [
        "name": "bezeichnung", "description": "beschreibung", "ecosystem": "kommune",
        "field": "gestaltungsfeld", "accountable": "federführend", "responsible": "mitwirkend",
        "consulted": "beteiligt", "informed": "informiert", "target-groups": "zielgruppen",
        "value": "nutzenversprechen", "indicator": "indikator", "participation": "beteiligungsformate",
        "depends-on": "hängt-ab-von", "start": "beginn", "end": "ende", "tags": "schlagworte",
        "type": "typ", "holds": "hält", "member-of": "gehört-zu", "contact": "kontakt",
        "advises": "berät", "coordinates": "koordiniert", "supports": "unterstützt", "pilots": "lotst",
        "participants": "teilnehmende", "organisers": "veranstalter", "date": "datum",
    ]
}
