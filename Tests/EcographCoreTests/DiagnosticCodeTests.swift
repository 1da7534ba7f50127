import EcographMessages
import Foundation
import Testing
@testable import EcographCore

/// Diagnostics are values with a stable code (the catalogue id of their message) and a range:
/// from where the problem's text starts to the column after it, as written in the file.
@Suite("Diagnostic codes and ranges")
struct DiagnosticCodeTests {
    private func diagnostics(of text: String, path: String) -> [Diagnostic] {
        do {
            _ = try ModelLoader().load(sources: [ModelSource(path: path, text: text)])
            Issue.record("expected the model to be invalid")
            return []
        } catch {
            return error.diagnostics
        }
    }

    /// `CODE LINE:COLUMN-LINE:COLUMN` of a file's first diagnostic.
    private func codeAndRange(_ text: String, path: String = "model.yaml") -> String? {
        diagnostics(of: text, path: path).first.map { diagnostic in
            let start = diagnostic.location.map { "\($0.line):\($0.column)" } ?? "-"
            let end = diagnostic.end.map { "\($0.line):\($0.column)" } ?? "-"
            return "\(diagnostic.code) \(start)-\(end)"
        }
    }

    @Test("the common mistakes: code, and the range of the key or value as written", arguments: [
        ("actors:\n  mueller: { nmae: Anna }\n", "model.unknown-key 2:14-2:18"),
        ("akteure:\n  müller: { bezeichnug: Anna Müller }\n", "model.unknown-key 2:13-2:23"),
        ("ecosystem: X\nprojekts:\n  p: {}\n", "model.unknown-section 2:1-2:9"),
        ("fields:\n  f: { name: F }\nprojects:\n  p: { field: mobilitat }\n", "model.unknown-id 4:15-4:24"),
        ("fields:\n  f: { name: F }\nprojects:\n  p: { field: 'mobilität' }\n", "model.unknown-id 4:15-4:26"),
        ("fields:\n  f: { name: \"Nul\\0l\" }\n", "model.control-character 2:14-2:22"),
        ("projects:\n  p: { status: laufen }\n", "model.unknown-term 2:16-2:22"),
        // A syntax error is a point: the parser names a place, not a stretch of text.
        ("fields:\n  f: { name: F\nprojects: {}\n", "model.malformed-yaml 3:9-3:9"),
    ])
    func commonMistakes(text: String, expected: String) throws {
        #expect(codeAndRange(text) == expected)
    }

    @Test("JSON files give the same codes, with quotes in the range")
    func json() throws {
        #expect(codeAndRange("{\"actors\": {\"a\": {\"nmae\": \"A\"}}}", path: "model.json") == "model.unknown-key 1:19-1:25")
    }

    @Test("every diagnostic of every class of bad input has a code from the catalogue")
    func everyCodeIsInTheCatalogue() throws {
        let ids = Set(MessageCatalogue.entries.map(\.id))
        let inputs = [
            "fields:\n  mobilitaet: { name: Mobilität\nprojects:\n  p: {}\n", "fields:\n\tmobilitaet: {}\n",
            "ecosystem: X\nprojekts:\n  p: {}\n", "fields:\n  f: { federführend: x }\n", "fields:\n  f: { name: [a, b] }\n",
            "fields: [a]\n", "projects:\n  p: { status: laufend, feld: nowhere, accountable: nobody }\n",
            "systems:\n  s: { name: S }\n", "roles:\n  r: { type: chef }\n", "projects:\n  p: { field: p }\n",
            "relations:\n  - { from: a, to: b, type: pilots }\n", "relations:\n  - { from: a, to: b, type: nonsense }\n",
            "actors:\n  a: {}\n  a: {}\n", "fields:\n  f: {}\nprojects:\n  f: {}\n", "# nothing\n", "- a\n- b\n",
            "actors:\n  anna müller: {}\n", "base: &b { name: X }\nactors:\n  a: { <<: *b, name: Y }\n",
            "projects:\n  p: { waive: [{ rule: r }] }\n", "projects:\n  p: { waive: [{ reason: x }] }\n",
            "a: " + String(repeating: "[", count: 200) + String(repeating: "]", count: 200) + "\n",
        ]
        var seen = 0
        for text in inputs {
            for diagnostic in diagnostics(of: text, path: "model.yaml") {
                seen += 1
                #expect(diagnostic.code != Diagnostic.unclassifiedCode, "\(diagnostic)")
                #expect(ids.contains(diagnostic.code), "\(diagnostic.code) is not a catalogue id: \(diagnostic)")
            }
        }
        let notUTF8 = ModelSource(path: "latin1.yaml", bytes: Array("actors:\n  m: { name: M".utf8) + [0xFC] + Array("ller }\n".utf8))
        do {
            _ = try ModelLoader().load(sources: [notUTF8])
        } catch {
            #expect(error.diagnostics.map(\.code) == ["model.not-utf8"])
            seen += error.diagnostics.count
        }
        #expect(seen > inputs.count, "every input gave at least one diagnostic")
    }

    @Test("a code is the same whatever the language or the words in the message")
    func codesAreStable() throws {
        let english = try #require(diagnostics(of: "actors:\n  a: { nmae: A }\n", path: "m.yaml").first)
        let german = try #require(diagnostics(of: "akteure:\n  a: { nahme: A }\n", path: "m.yaml").first)
        #expect(english.code == german.code)
        #expect(english.message(in: .de) != german.message(in: .de))
    }
}
