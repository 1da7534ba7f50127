import EcographCore

/// The headings people give spreadsheet columns, and the model key each means: `Projektname`,
/// `Federführung`, `Handlungsfeld`, `Mitwirkende`, `Zielgruppe(n)`, `Beginn`, besides every key
/// and alias of the model format itself (`federführend`, `target-groups`).
///
/// Headings are compared folded: case, umlauts (`ü` = `ue`), `ß` (= `ss`), spaces, hyphens and
/// punctuation do not matter, so `Feder-Führung`, `federfuehrung` and `FEDERFÜHRUNG` are one.
///
/// ```swift
/// HeadingDictionary.meaning(of: "Federführung", for: .project)   // .key(accountable)
/// HeadingDictionary.meaning(of: "Lfd. Nr.", for: .project)       // nil: not a column of the model
/// ```
public enum HeadingDictionary {
    /// What a column fills.
    public enum Meaning: Sendable {
        /// The ids of the entries.
        case id
        /// A key of the model.
        case key(Vocabulary.Key)
    }

    /// What the heading means for entries of `kind`, or `nil` when it is no column of the model.
    public static func meaning(of heading: String, for kind: NodeKind) -> Meaning? {
        let folded = fold(heading)
        if idHeadings.contains(folded) { return .id }
        guard let name = tables[kind.tableIndex][folded] else { return nil }
        return Vocabulary.keys(of: kind).first { $0.name == name }.map(Meaning.key)
    }

    /// Every heading the dictionary knows for a kind, as people write them, for suggestions.
    public static func headings(for kind: NodeKind) -> [String] {
        let keys = Vocabulary.keys(of: kind).filter { if case .waivers = $0.meaning { false } else { true } }
        return keys.flatMap { [$0.name] + $0.aliases } + (extraHeadings[kind] ?? [:]).values.flatMap { $0 } + ["ID"]
    }

    /// A heading folded for comparison: lower case, umlauts and `ß` spelt out, letters and digits
    /// only (`Zielgruppe(n)` → `zielgruppen`).
    public static func fold(_ heading: String) -> String {
        var result = ""
        for character in heading.lowercased() {
            if let spelled = Umlauts.spelledOut(character) {
                result += spelled
            } else if character.isLetter || character.isNumber {
                result.append(character)
            }
        }
        return result
    }

    /// Headings of id columns.
    static let idHeadings: Set<String> = Set(["id", "kennung", "schlüssel", "key", "kürzel", "projekt-id"].map(fold))

    /// Headings found in municipal spreadsheets, by kind and key, beyond the model's own words.
    /// Ambiguous words stay out: `Verantwortlich` is the accountable party to some and the
    /// responsible one to others, so such a column is reported and mapped with `--map`.
    static let extraHeadings: [NodeKind: [String: [String]]] = [
        .project: [
            "name": ["Projektname", "Name", "Projekt", "Projekttitel", "Vorhaben", "Maßnahme", "Titel"],
            "description": ["Kurzbeschreibung", "Projektbeschreibung", "Erläuterung"],
            "accountable": ["Federführung", "Federführende Stelle", "Federführend"],
            "field": ["Handlungsfeld", "Gestaltungsfelder", "Handlungsfelder", "Themenfeld"],
            "status": ["Projektstatus", "Stand"],
            "responsible": ["Mitwirkende", "Mitwirkung"],
            "consulted": ["Beteiligte", "Konsultiert"],
            "informed": ["Informierte", "Zu informieren"],
            "target-groups": ["Zielgruppe(n)"],
            "value": ["Mehrwert"],
            "indicator": ["Erfolgsindikator", "Wirkungsindikator"],
            "start": ["Projektbeginn", "Startdatum", "Beginndatum"],
            "end": ["Projektende", "Enddatum"],
            "budget": ["Kosten", "Projektkosten"],
            "tags": ["Stichworte", "Schlagwörter"],
            "participation": ["Beteiligungsformat"],
            "depends-on": ["Abhängig von", "Abhängigkeiten"],
            "ecosystem": ["Gemeinde"],
        ],
        .actor: [
            "name": ["Name", "Akteur", "Akteurin", "Organisation", "Einrichtung", "Person"],
            "holds": ["Rolle"],
            "member-of": ["Mitglied von"],
            "contact": ["E-Mail", "Ansprechperson", "Ansprechpartner", "Ansprechpartnerin"],
            "ecosystem": ["Gemeinde"],
        ],
        .role: [
            "name": ["Name", "Rolle", "Rollenname"],
            "type": ["Rollentyp"],
            "ecosystem": ["Gemeinde"],
        ],
    ]

    /// Per kind, in the order of `NodeKind.builtIn`: folded heading → key name.
    private static let tables: [[String: String]] = NodeKind.builtIn.map { kind in
        var table: [String: String] = [:]
        for key in Vocabulary.keys(of: kind) {
            for word in [key.name] + key.aliases { table[fold(word)] = key.name }
        }
        for (name, headings) in extraHeadings[kind] ?? [:] {
            for heading in headings { table[fold(heading)] = name }
        }
        return table
    }
}

extension NodeKind {
    /// The position of the kind in `allCases`.
    var tableIndex: Int { NodeKind.builtIn.firstIndex(of: self)! }
}
