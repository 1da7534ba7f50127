import EcographMessages
import Foundation
import Testing

/// The message catalogue as a whole: every message has both languages, the same placeholders
/// in each, no empty text, and an id of its own.
struct CatalogueTests {
    @Test func everyIdIsUnique() {
        var seen: Set<String> = []
        var duplicates: [String] = []
        for entry in MessageCatalogue.entries where !seen.insert(entry.id).inserted {
            duplicates.append(entry.id)
        }
        #expect(duplicates.isEmpty, "ids given twice: \(duplicates)")
        #expect(MessageCatalogue.entries.count > 50)
    }

    @Test func everyAreaIsListedOnce() {
        let names = MessageCatalogue.areas.map { $0.catalogueEntries.first?.id.split(separator: ".").first.map(String.init) ?? "" }
        #expect(Set(names).count == names.count, "areas: \(names)")
    }

    @Test func everyMessageHasTextInBothLanguages() {
        for entry in MessageCatalogue.entries {
            #expect(!entry.wording.en.trimmingCharacters(in: .whitespaces).isEmpty, "\(entry.id): no English")
            #expect(!entry.wording.de.trimmingCharacters(in: .whitespaces).isEmpty, "\(entry.id): no German")
        }
    }

    @Test func bothLanguagesTakeTheSamePlaceholders() {
        for entry in MessageCatalogue.entries {
            let english = MessageTemplate.placeholders(of: entry.wording.en)
            let german = MessageTemplate.placeholders(of: entry.wording.de)
            #expect(english == german, "\(entry.id): English takes \(english.sorted()), German \(german.sorted())")
        }
    }

    @Test func idsAreLowerCaseWordsWithDots() {
        for entry in MessageCatalogue.entries {
            let allowed = entry.id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "." }
            #expect(allowed && entry.id.contains("."), "\(entry.id)")
        }
    }

    /// German texts address the reader formally: no `du`, `dein`, `bitte …e` imperatives of the
    /// familiar form.
    @Test func germanAddressesTheReaderFormally() {
        let familiar = [" du ", " dein", " dich ", " dir "]
        for entry in MessageCatalogue.entries {
            let text = " " + entry.wording.de.lowercased() + " "
            for word in familiar {
                #expect(!text.contains(word), "\(entry.id): '\(word.trimmingCharacters(in: .whitespaces))' in \(entry.wording.de)")
            }
        }
    }
}

/// Filling templates: named placeholders, plurals, numbers grouped by language.
struct MessageTemplateTests {
    @Test func fillsNamedPlaceholdersAndPlurals() {
        let text = WordMessage.edgeCount(["n": 1])
        #expect(text.en == "1 edge")
        #expect(text.de == "1 Beziehung")
        #expect(WordMessage.edgeCount(["n": 3]).de == "3 Beziehungen")
    }

    @Test func groupsNumbersAsTheLanguageWritesThem() {
        #expect(NumberWords.grouped(1234, in: .en) == "1,234")
        #expect(NumberWords.grouped(1234, in: .de) == "1.234")
        #expect(NumberWords.grouped(-1234567, in: .de) == "-1.234.567")
        #expect(NumberWords.grouped(999, in: .de) == "999")
        #expect(WordMessage.edgeCount(["n": 12000]).de == "12.000 Beziehungen")
        #expect(NumberWords.decimal(2.45, in: .de) == "2,5")
        #expect(NumberWords.decimal(7.0, in: .en) == "7.0")
    }

    @Test func keepsBracesThatAreNoPlaceholder() {
        let parts = MessageTemplate.parts(of: "write { from: a, to: b } for {what}")
        #expect(parts == [.literal("write { from: a, to: b } for "), .value(name: "what")])
        #expect(MessageTemplate.placeholders(of: "{n} {n|Rolle|Rollen} in {field}") == ["n", "field"])
    }

    @Test func leavesAPlaceholderWithoutArgumentVisible() {
        #expect(WordMessage.edgeCount().en == "{n} {n|edge|edges}")
    }
}

/// The language from the environment, as the C library reads it.
struct LanguageTests {
    @Test func takesTheFirstVariableThatIsSet() {
        #expect(Language.preferred(by: [:]) == .en)
        #expect(Language.preferred(by: ["LANG": "de_DE.UTF-8"]) == .de)
        #expect(Language.preferred(by: ["LC_ALL": "", "LANG": "de_AT.UTF-8"]) == .de)
        #expect(Language.preferred(by: ["LC_ALL": "C", "LANG": "de_DE.UTF-8"]) == .en)
        #expect(Language.preferred(by: ["LC_MESSAGES": "de_CH", "LANG": "en_GB.UTF-8"]) == .de)
        #expect(Language.preferred(by: ["ECOGRAPH_LANG": "en", "LC_ALL": "de_DE.UTF-8"]) == .en)
        #expect(Language.preferred(by: ["ECOGRAPH_LANG": "de"]) == .de)
        #expect(Language.preferred(by: ["LANG": "fr_FR.UTF-8"]) == .en)
    }
}
