import EcographCore
import EcographRules
import Foundation
import Testing

/// Rule files and `.ecograph.yml` are read by the model files' syntax stage: the same decoding,
/// the same limits and the same located diagnostics (before, they went through a second YAML
/// path whose errors named the file but no line, and which expanded aliases without a bound).
@Suite("Rule files and configuration through the model's syntax stage")
struct SyntaxStageTests {
    private func diagnostics(_ load: () throws -> Void) -> [Diagnostic] {
        do {
            try load()
            Issue.record("accepted")
            return []
        } catch let error as InvalidModel {
            return error.diagnostics
        } catch {
            Issue.record("unexpected \(error)")
            return []
        }
    }

    private func configurationDiagnostics(_ text: String) -> [Diagnostic] {
        let scratch = ModelScratch()
        let file = scratch.write(text, to: ".ecograph.yml")
        return diagnostics { _ = try ConfigurationLoader(registry: .builtIn).load(file: file) }
    }

    private func ruleFileDiagnostics(_ bytes: [UInt8]) -> [Diagnostic] {
        let scratch = ModelScratch()
        let file = scratch.directory.appendingPathComponent("regeln.yaml").path
        #expect(FileManager.default.createFile(atPath: file, contents: Data(bytes)))
        return diagnostics { _ = try RuleFileLoader().load(file: file) }
    }

    @Test("malformed YAML in the configuration names line and column, with the model's advice, in both languages")
    func malformedConfiguration() throws {
        let found = configurationDiagnostics("rules:\n  orphan-node: off\n  vacant-role: [warning\n")
        let diagnostic = try #require(found.first)
        let location = try #require(diagnostic.location, "a place in the file, not only its path: \(diagnostic)")
        #expect(location.file.hasSuffix(".ecograph.yml") && location.line == 4 && location.column == 1, "\(diagnostic)")
        #expect(diagnostic.message.hasPrefix("malformed YAML: "))
        #expect(diagnostic.advice(in: .de)?.contains("Einrückung") == true)
        #expect(diagnostic.description(in: .de).contains(":4:1: Fehler: fehlerhaftes YAML: "))
    }

    @Test("a configuration saved as Windows-1252 is reported at the first byte that is not UTF-8")
    func configurationNotUTF8() throws {
        // "# Lotsin für …" with 'ü' as Windows-1252 writes it (0xFC).
        let bytes = Array("rules:\n  orphan-node: off # Lotsin f".utf8) + [0xFC] + Array("r Bürger\n".utf8)
        let scratch = ModelScratch()
        let file = scratch.directory.appendingPathComponent(".ecograph.yml").path
        #expect(FileManager.default.createFile(atPath: file, contents: Data(bytes)))
        let found = diagnostics { _ = try ConfigurationLoader(registry: .builtIn).load(file: file) }
        let diagnostic = try #require(found.first)
        #expect(diagnostic.location?.line == 2 && diagnostic.location?.column == 30, "\(diagnostic)")
        #expect(diagnostic.message(in: .de) == "die Datei ist kein UTF-8-Text")
    }

    @Test("configuration and rule-file problems carry codes and ranges too")
    func codesAndRanges() throws {
        let configuration = try #require(configurationDiagnostics("rules:\n  orphan-nodes: off\n").first)
        #expect(configuration.code == "configuration.unknown-rule")
        #expect(configuration.location?.column == 3 && configuration.end?.column == 15, "\(configuration)")
        let ruleFileProblems = ruleFileDiagnostics(Array("rules:\n  - id: r\n    selct: { kind: project }\n".utf8))
        #expect(ruleFileProblems.map(\.code).contains("rule-file.no-select"))
        let ruleFile = try #require(ruleFileProblems.first { $0.code == "rule-file.unknown-key" })
        #expect(ruleFile.location?.line == 3 && ruleFile.location?.column == 5 && ruleFile.end?.column == 10, "\(ruleFile)")
        let syntax = try #require(configurationDiagnostics("rules: [\n").first)
        #expect(syntax.code == "model.malformed-yaml", "one syntax stage, one set of codes")
    }

    @Test("a key written twice in the configuration names both lines")
    func duplicateKeyInConfiguration() throws {
        let found = configurationDiagnostics("rules:\n  orphan-node: off\nplugins: []\nrules:\n  vacant-role: info\n")
        let diagnostic = try #require(found.first)
        #expect(diagnostic.message == "duplicate key 'rules' in one mapping (first at line 1)")
        #expect(diagnostic.location?.line == 4)
    }

    @Test("aliases that would expand a small rule file to billions of nodes are stopped at the alias")
    func aliasBombInRuleFile() throws {
        var text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 {
            let previous = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
            text += "a\(level): &a\(level) [\(previous)]\n"
        }
        text += "rules: *a9\n"
        let found = ruleFileDiagnostics(Array(text.utf8))
        let diagnostic = try #require(found.first)
        #expect(diagnostic.message == "the aliases in the file expand to more than 100,000 nodes")
        #expect(diagnostic.location?.line == 5, "at the alias of a4 that crosses the budget: \(diagnostic)")
    }

    @Test("nesting deeper than the load limit in a rule file is an error at its place")
    func tooDeepRuleFile() throws {
        let text = "rules:\n  - select: " + String(repeating: "[", count: 150) + String(repeating: "]", count: 150) + "\n"
        let found = ruleFileDiagnostics(Array(text.utf8))
        let diagnostic = try #require(found.first)
        #expect(diagnostic.message == "the file nests collections deeper than 100 levels")
        #expect(diagnostic.location?.line == 2)
    }

    @Test("YAML 1.1 flags and numbers still read as before: 'no', 'On', '0x10', '1_000'")
    func scalarsAsBefore() throws {
        let scratch = ModelScratch()
        let file = scratch.write("""
            rules:
              orphan-node: { enabled: no }
              vacant-role: { enabled: On }
              overloaded-actor: { max-projects: 0x10 }
            plugins:
              - wasm: regel.wasm
                fuel: 1_000
            """, to: ".ecograph.yml")
        let configuration = try ConfigurationLoader(registry: .builtIn).load(file: file)
        #expect(configuration.settings["orphan-node"]?.enabled == false)
        #expect(configuration.settings["vacant-role"]?.enabled == true)
        #expect(configuration.settings["overloaded-actor"]?.options["max-projects"] == .integer(16))
        guard case .wasm(_, _, let limits)? = ConfigurationLoader.plugins(declaredIn: file).first else {
            Issue.record("no wasm plugin read")
            return
        }
        #expect(limits.fuel == 1_000)
    }

    @Test("an attribute test whose operand is not a text is reported, not silently dropped")
    func matchesWithoutPattern() throws {
        let text = "rules:\n  - id: r\n    select: { kind: project }\n    require: [{ attribute: x, matches: [a, b] }]\n    message: m\n"
        let found = ruleFileDiagnostics(Array(text.utf8))
        let diagnostic = try #require(found.first)
        #expect(diagnostic.message.contains("'x'"), "\(diagnostic)")
        #expect(diagnostic.location?.line == 4 && diagnostic.location?.column == 40, "\(diagnostic)")
    }
}
