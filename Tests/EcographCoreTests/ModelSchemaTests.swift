import Foundation
import Testing
@testable import EcographCore

/// The JSON Schema and the reference page are generated from the vocabulary and agree with the
/// loader's own rules for words and ids.
@Suite("The generated model format: schema, help texts and reference page")
struct ModelSchemaTests {
    @Test("every section, key, word and edge type has an English help text")
    func everyWordIsExplained() {
        for section in Vocabulary.sections {
            #expect(!VocabularyHelp.section(section.name).isEmpty, "section \(section.name)")
        }
        for kind in NodeKind.builtIn {
            for key in Vocabulary.keys(of: kind) {
                #expect(!VocabularyHelp.key(key.name, of: kind).isEmpty, "key \(key.name) of \(kind.pluralNoun)")
                if case .term(let term) = key.meaning {
                    for word in term.words {
                        #expect(!VocabularyHelp.term(term.termName, word: word).isEmpty, "\(term.termName) \(word)")
                    }
                }
            }
        }
        for key in Vocabulary.waiverKeys {
            #expect(!VocabularyHelp.waiverKey(key.name).isEmpty, "waiver key \(key.name)")
        }
        for key in Vocabulary.relationKeys {
            #expect(!VocabularyHelp.relationKey(key.name).isEmpty, "relation key \(key.name)")
        }
        for rule in EdgeType.builtIn {
            #expect(!VocabularyHelp.edgeType(rule.type).isEmpty, "edge type \(rule.type)")
        }
    }

    @Test("the schema is JSON, and the same text every time")
    func schemaIsDeterministicJSON() throws {
        let text = ModelSchema.json()
        #expect(text == ModelSchema.json())
        #expect(text.hasSuffix("}\n"))
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(schema["$schema"] as? String == "http://json-schema.org/draft-07/schema#")
        #expect(schema["additionalProperties"] as? Bool == false)
    }

    @Test("the id pattern decides as the loader does, for every character it claims to know")
    func idPatternMatchesTheLoader() throws {
        let pattern = try NSRegularExpression(pattern: ModelSchema.idPattern())
        func schemaAccepts(_ id: String) -> Bool {
            pattern.firstMatch(in: id, range: NSRange(id.startIndex..., in: id)) != nil
        }
        for value in ModelSchema.idPatternExactRanges.joined() {
            let character = String(Unicode.Scalar(value)!)
            for id in [character, "a" + character, character + "1"] {
                #expect(schemaAccepts(id) == (IdentifierRules.problem(with: id) == nil), "id \(id.debugDescription)")
            }
        }
        for id in ["bürgerbüro", "2025.wlan", "amt_37", "Ωmega", "東京", "a b", "-a", "", "a\u{3000}b"] {
            #expect(schemaAccepts(id) == (IdentifierRules.problem(with: id) == nil), "id \(id.debugDescription)")
        }
    }

    @Test("a word-list pattern accepts exactly the spellings the loader accepts")
    func spellingPatternMatchesTheLoader() throws {
        let words = ProjectStatus.allWords
        let pattern = try NSRegularExpression(pattern: ModelSchema.spellingPattern(words))
        func schemaAccepts(_ word: String) -> Bool {
            pattern.firstMatch(in: word, range: NSRange(word.startIndex..., in: word)) != nil
        }
        var variants: [String] = ["laufend", "in--planung", "inplanung", "x", ""]
        for word in words {
            variants += [
                word, word.uppercased(), word.prefix(1).uppercased() + word.dropFirst(), " \(word) ",
                word.replacingOccurrences(of: "-", with: "_"), word.replacingOccurrences(of: "-", with: " "),
                word + "s",
            ]
        }
        for variant in variants {
            #expect(schemaAccepts(variant) == (ProjectStatus(word: variant) != nil), "\(variant.debugDescription)")
        }
    }

    @Test("JSON values print with sorted keys, escapes and two-space indentation")
    func jsonValuePrinting() {
        let value: JSONValue = ["b": [1, true, .null], "a": "quote \" backslash \\ tab \t ü", "c": [:], "d": []]
        #expect(value.printed() == """
            {
              "a": "quote \\" backslash \\\\ tab \\t ü",
              "b": [
                1,
                true,
                null
              ],
              "c": {},
              "d": []
            }

            """)
    }

    @Test("the reference page names every section, key and alias, and its example model loads")
    func referencePage() throws {
        let page = ModelFormatReference.markdown()
        for section in Vocabulary.sections {
            for word in [section.name] + section.aliases {
                #expect(page.contains("`\(word)`"), "section \(word)")
            }
        }
        for kind in NodeKind.builtIn {
            for key in Vocabulary.keys(of: kind) {
                for word in [key.name] + key.aliases {
                    #expect(page.contains("`\(word)`"), "key \(word) of \(kind.pluralNoun)")
                }
                if case .term(let term) = key.meaning {
                    for word in term.allWords {
                        #expect(page.contains("`\(word)`"), "\(term.termName) \(word)")
                    }
                }
            }
        }
        for key in Vocabulary.waiverKeys + Vocabulary.relationKeys {
            for word in [key.name] + key.aliases {
                #expect(page.contains("`\(word)`"), "key \(word)")
            }
        }
        for rule in EdgeType.builtIn {
            for word in [rule.type.rawValue] + rule.aliases {
                #expect(page.contains("`\(word)`"), "edge type \(word)")
            }
        }
        #expect(!page.contains("\n\n\n"))

        let scratch = ScratchModels()
        let model = try ModelLoader().load([scratch.write(ModelFormatReference.example)])
        #expect(model.graph.name == "Musterstadt")
        #expect(model.graph.count(of: .project) == 1)
    }
}
