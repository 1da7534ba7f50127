import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// What a plugin says reaches people cleaned up: no control characters, no empty hint lines,
/// and keys the protocol does not have are named in a warning (issue 11, items 9 and 10).
@Suite("Plugin replies as people see them")
struct PluginReplyTests {
    static let model = "ecosystem: T\nfields: { f: { name: Feld } }\nprojects:\n  p: { name: P, field: f }\n"

    private func check(plugin: String, arguments: [String] = []) throws -> CommandRunner.Result {
        let scratch = ScratchDirectory()
        scratch.write(Self.model, to: "model.yaml")
        let path = scratch.write(plugin, to: "plugin.py")
        chmod(path, 0o755)
        return try CommandRunner.run(["check", "model.yaml", "--plugin", "./plugin.py", "--fail-on", "never"] + arguments, in: scratch.url)
    }

    static func plugin(rule: String, finding: String) -> String {
        """
        #!/usr/bin/env python3
        import json, sys
        request = json.load(sys.stdin)
        if request["request"] == "describe":
            print(json.dumps({"protocol": "ecograph.rule/1", "rules": [\(rule)]}))
        else:
            print(json.dumps({"protocol": "ecograph.rule/1", "findings": [\(finding)]}))
        """
    }

    @Test("control characters in a plugin's message and hint reach neither terminal nor SVG")
    func controlCharactersStripped() throws {
        let plugin = Self.plugin(
            rule: #"{"id": "loud", "severity": "warning"}"#,
            finding: #"{"subjects": ["p"], "message": "Achtung\u001b[2J\u0007 laut", "hint": "Hin\u001bweis"}"#)
        let result = try check(plugin: plugin)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("[loud] Achtung[2J laut"), "\(result.standardOutput)")
        #expect(result.standardOutput.contains("hint: Hinweis"))
        #expect(!result.standardOutput.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })

        // The map marks the node with the finding in its tooltip: still well-formed XML.
        let scratch = ScratchDirectory()
        scratch.write(Self.model, to: "model.yaml")
        chmod(scratch.write(plugin, to: "plugin.py"), 0o755)
        let map = try CommandRunner.run(["render", "model.yaml", "--plugin", "./plugin.py", "-o", "map.svg"], in: scratch.url)
        #expect(map.status == 0, "\(map.standardError)")
        let svg = try Data(contentsOf: scratch.url.appendingPathComponent("map.svg"))
        #expect(String(decoding: svg, as: UTF8.self).contains("Achtung[2J laut"))
        let parser = XMLParser(data: svg)
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
    }

    @Test("a finding without a hint prints no empty hint line")
    func noEmptyHint() throws {
        let plugin = Self.plugin(rule: #"{"id": "bare", "severity": "warning"}"#, finding: #"{"subjects": ["p"], "message": "Ohne Tipp"}"#)
        let result = try check(plugin: plugin)
        let lines = result.standardOutput.split(separator: "\n", omittingEmptySubsequences: false)
        let finding = try #require(lines.firstIndex { $0.hasSuffix("[bare] Ohne Tipp") }, "\(result.standardOutput)")
        #expect(!lines[finding + 1].contains("hint:"), "\(result.standardOutput)")
    }

    @Test("keys the protocol does not have are named in a warning, with the plugin")
    func unknownKeysWarned() throws {
        let plugin = Self.plugin(
            rule: #"{"id": "typo", "defaultSeverity": "error"}"#,
            finding: #"{"subjects": ["p"], "message": "Tippfehler", "severty": "error"}"#)
        let result = try check(plugin: plugin)
        #expect(result.standardError.contains(
            "ecograph: warning: plugin './plugin.py' answered 'describe' with the key 'defaultSeverity' in rules[0], which protocol ecograph.rule/1 does not have; it is ignored"),
            "\(result.standardError)")
        #expect(result.standardError.contains("with the key 'severty' in findings[0]"), "\(result.standardError)")
    }
}
