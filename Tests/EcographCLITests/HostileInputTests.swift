import Foundation
import Testing

/// Hostile models: alias bombs, deep nesting, control characters, huge misspellings — each a
/// located error with exit 2, in bounded time and memory (issue 11, items 2, 3, 7, 9, 10).
@Suite("Hostile input: bounded, located errors")
struct HostileInputTests {
    /// `levels` anchors, each a list of ten aliases to the one before: 10^levels nodes.
    static func aliasBomb(levels: Int) -> String {
        var text = "ecosystem: Bombe\nfields:\n  f:\n    name: F\n    x-a0: &a0 [lol]\n"
        for level in 1...levels {
            text += "    x-a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        return text
    }

    @Test("a YAML alias bomb stops at the alias budget with a located error, in little memory")
    func aliasBomb() throws {
        let scratch = ScratchDirectory()
        scratch.write(Self.aliasBomb(levels: 8), to: "bomb.yaml")
        let started = Date()
        let result = try CommandRunner.run(["validate", "bomb.yaml"], in: scratch.url)
        #expect(result.status == 2, "\(result.standardError)")
        #expect(result.standardError.contains("bomb.yaml:10:"), "\(result.standardError)")
        #expect(result.standardError.contains("the aliases in the file expand to more than 100,000 nodes"), "\(result.standardError)")
        #expect(result.standardError.contains("--max-alias-nodes"))
        #expect(Date().timeIntervalSince(started) < 30)
    }

    @Test("--max-alias-nodes sets the budget; a model within it loads")
    func aliasBudgetOption() throws {
        let scratch = ScratchDirectory()
        scratch.write("""
            ecosystem: T
            fields:
              f: { name: F, x-tags: &tags [digital, offen, sicher] }
              g: { name: G, x-tags: *tags }
            """, to: "m.yaml")
        let loaded = try CommandRunner.run(["validate", "m.yaml"], in: scratch.url)
        #expect(loaded.status == 0, "\(loaded.standardError)")
        let tight = try CommandRunner.run(["validate", "m.yaml", "--max-alias-nodes", "3"], in: scratch.url)
        #expect(tight.status == 2)
        #expect(tight.standardError.contains("m.yaml:4:25: error: the aliases in the file expand to more than 3 nodes"), "\(tight.standardError)")
        let negative = try CommandRunner.run(["validate", "m.yaml", "--max-alias-nodes", "-1"], in: scratch.url)
        #expect(negative.status == 2)
    }

    @Test("JSON nested 50,000 deep is a located error, not a stack overflow", arguments: ["d.json", "d.yaml"])
    func deepNesting(file: String) throws {
        let scratch = ScratchDirectory()
        scratch.write(String(repeating: "[", count: 50_000) + String(repeating: "]", count: 50_000), to: file)
        let result = try CommandRunner.run(["validate", file], in: scratch.url)
        #expect(result.status == 2, "\(result.standardError)")
        // The syntax stage stops at the first bracket beyond the limit, the 101st.
        #expect(result.standardError.contains("\(file):1:101: error: the file nests collections deeper than 100 levels"), "\(result.standardError)")
    }

    @Test("--max-depth sets the depth limit, between 1 and 1000")
    func depthOption() throws {
        let scratch = ScratchDirectory()
        scratch.write("{\"ecosystem\": \"Tief\", \"fields\": {\"f\": {\"name\": \"F\", \"x-a\": [\"b\"]}}}", to: "m.json")
        #expect(try CommandRunner.run(["validate", "m.json"], in: scratch.url).status == 0)
        #expect(try CommandRunner.run(["validate", "m.json", "--max-depth", "4"], in: scratch.url).status == 0)
        let tight = try CommandRunner.run(["validate", "m.json", "--max-depth", "3"], in: scratch.url)
        #expect(tight.status == 2)
        #expect(tight.standardError.contains("m.json:1:60: error: the file nests collections deeper than 3 levels"), "\(tight.standardError)")
        for bad in ["0", "1001"] {
            let refused = try CommandRunner.run(["validate", "m.json", "--max-depth", bad], in: scratch.url)
            #expect(refused.status == 2)
            #expect(refused.standardError.contains("--max-depth must be between 1 and 1000"), "\(refused.standardError)")
        }
    }

    @Test("a JSON key longer than 1,024 characters is read (libyaml would refuse it)")
    func longJSONKey() throws {
        let scratch = ScratchDirectory()
        let key = "x-" + String(repeating: "k", count: 2_000)
        scratch.write("{\"ecosystem\": \"Lang\", \"fields\": {\"f\": {\"name\": \"F\", \"\(key)\": \"v\"}}}", to: "m.json")
        let result = try CommandRunner.run(["validate", "m.json"], in: scratch.url)
        #expect(result.status == 0, "\(result.standardError)")
    }

    @Test(
        "control characters in names are refused at load with their place",
        arguments: [
            ("m.yaml", "ecosystem: T\nfields:\n  f: { name: \"Nul\\0l\" }\n", "m.yaml:3:14: error: 'name' of field 'f' contains the control character U+0000"),
            ("m.yaml", "ecosystem: T\nfields:\n  f: \"Esc\\e[31mrot\"\n", "m.yaml:3:6: error: the name of field 'f' contains the control character U+001B"),
            ("m.json", "{\"ecosystem\": \"T\", \"fields\": {\"f\": {\"name\": \"Bel\\u0007\"}}}", "m.json:1:45: error: 'name' of field 'f' contains the control character U+0007"),
        ])
    func controlCharacters(file: String, text: String, expected: String) throws {
        let scratch = ScratchDirectory()
        scratch.write(text, to: file)
        let result = try CommandRunner.run(["validate", file], in: scratch.url)
        #expect(result.status == 2, "\(result.standardError)")
        #expect(result.standardError.contains(expected), "\(result.standardError)")
        #expect(!result.standardError.contains("\u{1B}") && !result.standardError.contains("\u{07}"))
    }

    @Test("a misspelt long id among 300 long ids gets its error at once, without a suggestion")
    func hugeMisspelling() throws {
        // 300 fields with ids of 1,000 characters, and a reference differing from them in one
        // character: comparing it with every id cost 300 × 1,000,000 steps before the cut-off
        // (more than 100 s); ids over 100 characters now get no suggestion.
        let scratch = ScratchDirectory()
        let stem = String(String(repeating: "mobilitaet", count: 100).dropLast(4))
        let fields = (0..<300).map { "  \(stem)\(String(format: "%04d", $0)): { name: M\($0) }" }.joined(separator: "\n")
        let misspelt = String(stem.prefix(500)) + "x" + String(stem.dropFirst(501)) + "0001"
        scratch.write("ecosystem: T\nfields:\n\(fields)\nprojects:\n  p: { name: P, field: \(misspelt) }\n", to: "m.yaml")
        let started = Date()
        let result = try CommandRunner.run(["validate", "m.yaml"], in: scratch.url)
        #expect(result.status == 2)
        #expect(result.standardError.hasPrefix("m.yaml:304:24: error: unknown id"), "\(result.standardError.prefix(300))")
        #expect(!result.standardError.contains("did you mean"))
        #expect(Date().timeIntervalSince(started) < 20)
    }

    @Test("a duplicate id gives one error, not a misleading second one about the duplicate's keys")
    func duplicateID() throws {
        let scratch = ScratchDirectory()
        scratch.write("""
            ecosystem: T
            fields:
              bildung: { name: Bildung }
            roles:
              bildung: { name: Lotsin Bildung, type: lotse, pilots: bildung }
            """, to: "m.yaml")
        let result = try CommandRunner.run(["validate", "m.yaml"], in: scratch.url)
        #expect(result.status == 2)
        #expect(result.standardError.contains("m.yaml:5:3: error: duplicate id 'bildung'"), "\(result.standardError)")
        #expect(!result.standardError.contains("expects a"), "\(result.standardError)")
        #expect(result.standardError.contains("invalid model: 1 error"), "\(result.standardError)")
    }
}
