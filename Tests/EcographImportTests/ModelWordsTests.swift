import EcographCore
import EcographImport
import EcographMessages
import Testing

/// The German words `import --lang de` writes are words the loader reads, for the same key.
struct ModelWordsTests {
    @Test("every German key names the same key of the model", arguments: [NodeKind.project, .actor, .role])
    func germanKeysAreAliases(kind: NodeKind) {
        for key in Vocabulary.keys(of: kind) {
            let german = ModelWords.key(key.name, in: .de)
            #expect(Vocabulary.key(german, of: kind)?.name == key.name, "\(kind): '\(german)' for '\(key.name)'")
        }
        let section = ModelWords.section(of: kind, in: .de)
        #expect(Vocabulary.section(section)?.kind == kind, "section '\(section)'")
        #expect(section != ModelWords.section(of: kind, in: .en))
    }

    @Test("German words of closed sets are read back as the same word")
    func germanTerms() {
        for status in ProjectStatus.allCases {
            let german = ModelWords.term(status.rawValue, named: ProjectStatus.termName, in: .de)
            #expect(ProjectStatus(word: german) == status, "\(german)")
        }
        #expect(ModelWords.term("running", named: ProjectStatus.termName, in: .de) == "läuft")
        for type in RoleType.allCases {
            #expect(RoleType(word: ModelWords.term(type.rawValue, named: RoleType.termName, in: .de)) == type)
        }
    }
}

/// Headings as people write them in municipal spreadsheets.
struct HeadingDictionaryTests {
    @Test("German headings, folded for case, umlauts, ß and punctuation", arguments: [
        ("Projektname", "name"), ("Name", "name"), ("Bezeichnung", "name"), ("Federführung", "accountable"),
        ("federführend", "accountable"), ("FEDERFUEHRUNG", "accountable"), ("Feder-Führung", "accountable"),
        ("Gestaltungsfeld", "field"), ("Handlungsfeld", "field"), ("Status", "status"), ("Mitwirkende", "responsible"),
        ("mitwirkend", "responsible"), ("Beteiligte", "consulted"), ("Informiert", "informed"), ("Zielgruppe", "target-groups"),
        ("Zielgruppe(n)", "target-groups"), ("Start", "start"), ("Beginn", "start"), ("Ende", "end"),
        ("Beschreibung", "description"), ("Budget (€)", "budget"), ("Maßnahme", "name"), ("Massnahme", "name"),
        ("Abhängig von", "depends-on"), ("Nutzenversprechen", "value"), ("Indikator", "indicator"),
    ] as [(String, String)])
    func projects(heading: String, key: String) {
        guard case .key(let found)? = HeadingDictionary.meaning(of: heading, for: .project) else {
            Issue.record("'\(heading)' is not recognised")
            return
        }
        #expect(found.name == key, "'\(heading)'")
    }

    @Test("id columns, and headings that are no column of the model")
    func idsAndOthers() {
        if case .id? = HeadingDictionary.meaning(of: "ID", for: .project) {} else { Issue.record("ID") }
        if case .id? = HeadingDictionary.meaning(of: "Kürzel", for: .actor) {} else { Issue.record("Kürzel") }
        for heading in ["Lfd. Nr.", "Bemerkung", "Verantwortlich", "Farbe"] {
            #expect(HeadingDictionary.meaning(of: heading, for: .project) == nil, "'\(heading)'")
        }
        guard case .key(let holds)? = HeadingDictionary.meaning(of: "Rolle", for: .actor) else { Issue.record("Rolle"); return }
        #expect(holds.name == "holds")
    }
}
