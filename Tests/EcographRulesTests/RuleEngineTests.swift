import EcographCore
import EcographRules
import Foundation
import Testing
import EcographMessages

@Suite("Rule engine: configuration, waivers, order")
struct RuleEngineTests {
    let gaps = """
        fields:
          f: Feld
        roles:
          lotse: { type: lotse, pilots: f }
        projects:
          p: { field: f, value: V, indicator: I }
          q:
            field: f
            waive: [{ rule: unclear-ownership, reason: "Übergabe an das neue Amt läuft bis März" }]
        """

    @Test("findings are sorted by severity, rule and subject, and carry the subject's location")
    func sortedFindings() throws {
        let result = try check(gaps)
        let keys = result.findings.map { "\($0.severity.rawValue) \($0.rule) \($0.subject ?? "-")" }
        #expect(keys == keys.sorted { lhs, rhs in
            let order = ["error": 0, "warning": 1, "info": 2]
            let (l, r) = (lhs.split(separator: " "), rhs.split(separator: " "))
            return (order[String(l[0])]!, l[1], l[2]) < (order[String(r[0])]!, r[1], r[2])
        })
        let ownership = try #require(result.findings.first { $0.rule == "unclear-ownership" })
        #expect(ownership.subject == "p")
        #expect(ownership.location.line == 6)
        #expect(ownership.location.column == 3)
    }

    @Test("a waived finding is not counted but listed with its reason")
    func waivers() throws {
        let result = try check(gaps)
        #expect(!result.findings.contains { $0.rule == "unclear-ownership" && $0.subject == "q" })
        let waived = try #require(result.waived.first)
        #expect(waived.finding.subject == "q")
        #expect(waived.waiver.reason == "Übergabe an das neue Amt läuft bis März")
        #expect(result.waived.count == 1)
    }

    @Test("a waiver without a reason is a model error at the waiver")
    func waiverWithoutReason() throws {
        let scratch = ModelScratch()
        let path = scratch.write("projects:\n  p: { waive: [{ rule: unclear-ownership }] }\n")
        #expect {
            _ = try ModelLoader().load([path])
        } throws: { error in
            let diagnostic = (error as? InvalidModel)?.diagnostics.first
            return diagnostic?.message == "the waiver of 'unclear-ownership' on project 'p' gives no reason"
                && diagnostic?.location?.line == 2
        }
    }

    @Test("a waiver of an unknown rule is invalid input with a suggestion")
    func waiverOfUnknownRule() throws {
        let model = try ModelScratch().load("projects:\n  p: { waive: [{ rule: unclear-owner, reason: x }] }\n")
        #expect {
            _ = try RuleEngine().check(model)
        } throws: { error in
            (error as? InvalidModel)?.diagnostics.first?.advice == "did you mean 'unclear-ownership'?"
        }
    }

    @Test("the configuration disables rules, overrides severities and sets options")
    func configuration() throws {
        let scratch = ModelScratch()
        let file = scratch.write("""
            rules:
              orphan-node: off
              missing-benefit-indicator: info
              overloaded-actor:
                severity: error
                max-projects: 0
            """, to: ".ecograph.yml")
        let configuration = try ConfigurationLoader(registry: .builtIn).load(file: file)
        let result = try check("""
            target-groups:
              t: T
            actors:
              a: {}
            projects:
              p: { status: running, accountable: a, value: V }
            """, configuration: configuration)
        #expect(!result.findings.contains { $0.rule == "orphan-node" })
        #expect(result.findings.first { $0.rule == "missing-benefit-indicator" }?.severity == .info)
        #expect(result.findings.first { $0.rule == "overloaded-actor" }?.severity == .error)
        #expect(!result.rules.contains { $0.id == "orphan-node" })
    }

    @Test("unknown rule ids, options and values in the configuration are errors with locations")
    func configurationErrors() throws {
        let scratch = ModelScratch()
        let file = scratch.write("""
            rules:
              orphan-nodes: off
              overloaded-actor: { max-project: 3, severity: fatal }
              vacant-role: { max-projects: 3 }
              unclear-ownership: { enabled: maybe }
            colours: true
            """, to: ".ecograph.yml")
        #expect {
            _ = try ConfigurationLoader(registry: .builtIn).load(file: file)
        } throws: { error in
            guard let diagnostics = (error as? InvalidModel)?.diagnostics else { return false }
            let lines = diagnostics.map { "\($0.location!.line):\($0.location!.column) \($0.message) | \($0.advice ?? "")" }
            return lines == [
                "2:3 unknown rule 'orphan-nodes' in the configuration | did you mean 'orphan-node'?",
                "3:23 unknown option 'max-project' for rule 'overloaded-actor' | did you mean 'max-projects'?",
                "3:49 unknown severity 'fatal' for rule 'overloaded-actor' | use one of error, warning, info",
                "4:18 unknown option 'max-projects' for rule 'vacant-role' | rule 'vacant-role' has no options; it takes 'severity' and 'enabled'",
                "5:33 'enabled' of rule 'unclear-ownership' should be true or false | ",
                "6:1 unknown key 'colours' in the configuration | the configuration has 'rules:', 'rule-files:', 'plugins:' and 'profiles:'",
            ]
        }
    }

    @Test("the configuration is found beside the model file or in the model directory")
    func discovery() throws {
        let scratch = ModelScratch()
        let model = scratch.write("fields: {}\n")
        #expect(ConfigurationLoader.discover(besideModelPaths: [model]) == nil)
        scratch.write("rules: {}\n", to: ".ecograph.yml")
        #expect(ConfigurationLoader.discover(besideModelPaths: [model])?.hasSuffix("/.ecograph.yml") == true)
        #expect(ConfigurationLoader.discover(besideModelPaths: [scratch.directory.path]) != nil)
    }

    @Test("an ecosystem-wide finding sits at the start of the first file")
    func ecosystemWideFinding() throws {
        let result = try check("fields:\n  f: { name: F }\n")
        let noCDO = try #require(result.findings.first { $0.rule == "cdo-bridge" })
        #expect(noCDO.subjects.isEmpty)
        #expect(noCDO.location.line == 1 && noCDO.location.column == 1)
    }

    @Test("a registry refuses a second rule with a taken id")
    func idClash() throws {
        var registry = RuleRegistry.builtIn
        #expect(throws: RuleIdClash.self) {
            try registry.register(VacantRoleRule.self, source: .swift(module: "Mine"))
        }
    }

    @Test("a rule that throws is a failure; the other rules still report")
    func failingRule() throws {
        struct Broken: Error, CustomStringConvertible { var description: String { "plugin crashed" } }
        var registry = RuleRegistry.builtIn
        let description = RuleDescription(
            id: "always-broken", name: LocalizedText("Broken"), summary: LocalizedText("Never works."),
            rationale: "", fix: "", defaultSeverity: .error)
        try registry.register(RegisteredRule(description: description, source: .plugin(executable: "./broken")) { _, _ in
            throw Broken()
        })
        let model = try ModelScratch().load("projects:\n  p: {}\n")
        let result = try RuleEngine(registry: registry).check(model)
        #expect(result.failures.map(\.message) == ["plugin crashed"])
        #expect(result.findings.contains { $0.rule == "unclear-ownership" })
    }
}
