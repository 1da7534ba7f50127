import Foundation
import Testing

/// Rule files through the command line: `--rules`, `rule-files:` in `.ecograph.yml`, listing,
/// configuring and reporting them.
@Suite("Rule files on the command line")
struct RuleFileCommandTests {
    @Test("--rules adds the rules of a file to check, with the model's locations")
    func rulesOption() throws {
        let result = try CommandRunner.run(["check", "samples/musterstadt.yaml", "--rules", "samples/rules/kommune.yml", "--format", "json"])
        #expect(result.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        let findings = try #require(json["findings"] as? [[String: Any]])
        let lotse = try #require(findings.first { $0["rule"] as? String == "lotse-in-administration-or-group" })
        #expect(lotse["subject"] as? String == "lotse-bildung")
        let location = try #require(lotse["location"] as? [String: Any])
        #expect(location["file"] as? String == "samples/musterstadt.yaml" && (location["line"] as? Int ?? 0) > 0)
    }

    @Test("rule-files in .ecograph.yml are found relative to it, and its rules can be configured there")
    func configuredRuleFile() throws {
        let scratch = ScratchDirectory()
        let model = try String(contentsOfFile: CommandRunner.repository.appendingPathComponent("samples/musterstadt.yaml").path, encoding: .utf8)
        scratch.write(model, to: "musterstadt.yaml")
        try FileManager.default.createDirectory(at: scratch.url.appendingPathComponent("regeln"), withIntermediateDirectories: true)
        let rules = try String(contentsOfFile: CommandRunner.repository.appendingPathComponent("samples/rules/kommune.yml").path, encoding: .utf8)
        scratch.write(rules, to: "regeln/kommune.yml")
        scratch.write("rule-files: [regeln/kommune.yml]\nrules:\n  lotse-in-administration-or-group: error\n", to: ".ecograph.yml")
        let result = try CommandRunner.run(["check", "musterstadt.yaml"], in: scratch.url)
        #expect(result.standardOutput.contains("error: [lotse-in-administration-or-group]"), "\(result.standardOutput)\(result.standardError)")
        let listed = try CommandRunner.run(["rules"], in: scratch.url)
        #expect(listed.standardOutput.contains("lotse-in-administration-or-group"))
    }

    @Test("rules explain shows a rule-file rule with its source")
    func explain() throws {
        let result = try CommandRunner.run(["rules", "explain", "running-project-has-start", "--rules", "samples/rules/kommune.yml"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("Running projects have a start date"))
    }

    @Test("a broken rule file exits 2 with file, line and column, before any check runs")
    func brokenRuleFile() throws {
        let scratch = ScratchDirectory()
        let file = scratch.write("rules:\n  - id: r\n    select: { kind: projct }\n    require: [{ attribute: x }]\n    message: m\n", to: "bad.yml")
        let result = try CommandRunner.run(["check", "samples/minimal.yaml", "--rules", file])
        #expect(result.status == 2)
        #expect(result.standardError.contains("bad.yml:3:21: error: unknown kind 'projct'; did you mean 'project'?"))
        #expect(result.standardOutput.isEmpty)
    }

    @Test("a rule file may not reuse a built-in rule's id")
    func clash() throws {
        let scratch = ScratchDirectory()
        let file = scratch.write("rules:\n  - id: missing-lotse\n    select: { kind: field }\n    require: [{ edges: pilots }]\n    message: m\n", to: "clash.yml")
        let result = try CommandRunner.run(["check", "samples/minimal.yaml", "--rules", file])
        #expect(result.status == 2)
        #expect(result.standardError.contains("missing-lotse"))
    }
}
