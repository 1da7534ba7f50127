import EcographCore
import EcographRules
import Foundation
import Testing

/// Declarative rules in YAML: the samples, their equivalence with built-in rules, the
/// selector language, and every error with its place in the rule file.
@Suite("Rule files")
struct RuleFileTests {
    private func registry(with files: [String]) throws -> RuleRegistry {
        var registry = RuleRegistry.builtIn
        for file in files {
            for rule in try RuleFileLoader().load(file: file) { try registry.register(rule.registered(from: file)) }
        }
        return registry
    }

    /// The main subject of each finding of a rule (the built-in rules add the parties involved).
    private func subjects(_ result: CheckResult, rule: String) -> [String] {
        result.findings.filter { $0.rule == rule }.compactMap(\.subjects.first).sorted()
    }

    @Test("the two built-in rules written as rule files find exactly what the Swift rules find", arguments: [
        "samples/musterstadt.yaml", "samples/minimal.yaml", "samples/region",
    ])
    func equivalentToBuiltIns(sample: String) throws {
        let registry = try registry(with: [Repository.path("samples/rules/builtin-equivalents.yml")])
        let model = try ModelLoader().load([Repository.path(sample)])
        let result = try RuleEngine(registry: registry).check(model)
        #expect(subjects(result, rule: "yaml-unclear-ownership") == subjects(result, rule: "unclear-ownership"))
        #expect(subjects(result, rule: "yaml-missing-lotse") == subjects(result, rule: "missing-lotse"))
        if sample.hasSuffix("musterstadt.yaml") {
            #expect(!subjects(result, rule: "unclear-ownership").isEmpty, "the sample's gaps should be found by both")
        }
    }

    @Test("the sample rules load and run on Musterstadt with the expected findings")
    func sampleRules() throws {
        let registry = try registry(with: [Repository.path("samples/rules/kommune.yml")])
        #expect(registry.rule(id: "running-project-has-start")?.source == .ruleFile(path: Repository.path("samples/rules/kommune.yml")))
        let result = try RuleEngine(registry: registry).check(try ModelLoader().load([Repository.path("samples/musterstadt.yaml")]))
        let lotsen = Set(result.findings.filter { $0.rule == "lotse-in-administration-or-group" }.flatMap(\.subjects))
        #expect(lotsen == ["lotse-bildung", "lotse-wirtschaft"])
        let finding = try #require(result.findings.first { $0.rule == "budget-needs-accountable-person" })
        #expect(finding.severity == .warning)
        #expect(finding.message.de.contains("hat ein Budget"))
        #expect(finding.message.en.contains("(0 found)"))
    }

    @Test("selectors: kinds, statuses, types, id patterns, attributes and nested edge conditions")
    func selectorLanguage() throws {
        let scratch = ModelScratch()
        let rules = scratch.write("""
            rules:
              - id: started-needs-start
                severity: info
                select: { kind: projekte, status: [läuft, beginnt], id: "^p-" }
                require:
                  - attribute: start
                    matches: "^[0-9]{4}-[0-9]{2}$"
                message: "{name} ({id}, {kind})"
              - id: held-by-office
                select:
                  kind: role
                  attributes: { name: { matches: "Lots" } }
                require:
                  - edges: holds
                    from: { kind: actor, has: [{ edges: in-system, direction: out, to: { type: administration } }] }
                message: "{name}: {count} of {min}"
            """, to: "rules.yml")
        let model = try scratch.load("""
            systems: { rathaus: { name: Rathaus, type: administration }, verein-s: { name: Vereine, type: community } }
            roles: { lotse: { name: Lotsin, type: lotse }, cdo: { name: CDO, type: cdo } }
            actors:
              buerger: { name: Bürgerverein, system: verein-s, holds: lotse }
            projects:
              p-one: { name: Eins, status: running, start: 2026-03 }
              p-two: { name: Zwei, status: starting, start: März }
              p-three: { name: Drei, status: idea }
              q-four: { name: Vier, status: running }
            """)
        let result = try RuleEngine(registry: try registry(with: [rules])).check(model)
        #expect(result.findings.filter { $0.rule == "started-needs-start" }.map(\.message.en) == ["Zwei (p-two, project)"])
        #expect(result.findings.filter { $0.rule == "held-by-office" }.map(\.message.en) == ["Lotsin: 0 of 1"])
    }

    @Test("mistakes in a rule file are reported with line, column and advice", arguments: [
        ("rules:\n  - id: r\n    select: { kind: projct }\n    require: [{ attribute: x }]\n    message: m\n", 3, 21, "unknown kind 'projct'"),
        ("rules:\n  - id: r\n    selct: { kind: project }\n", 3, 5, "unknown key 'selct'"),
        ("rules:\n  - id: r\n    select: { kind: project }\n    require: [{ attribute: x, matches: \"(\" }]\n    message: m\n", 4, 40, "not a valid regular expression"),
        ("rules:\n  - id: r\n    select: { kind: project }\n    require: [{ edges: accountable, to: { kind: actor } }]\n    message: m\n", 4, 41, "does not fit direction 'in'"),
        ("rules:\n  - id: r\n    select: { kind: field }\n    require: [{ edges: pilot }]\n    message: m\n", 4, 24, "unknown edge type 'pilot'"),
        ("rules:\n  - id: r\n    select: { kind: field }\n    require: [{ edges: pilots }]\n", 2, 5, "'message' is missing"),
        ("rules:\n  - id: r\n    severity: fatal\n    select: { kind: field }\n    require: [{ edges: pilots }]\n    message: m\n", 3, 15, "unknown severity 'fatal'"),
        ("rules:\n  - id: R 1\n    select: { kind: field }\n    require: [{ edges: pilots }]\n    message: m\n", 2, 9, "lower-case letters"),
        ("rules: [\n", 2, 1, "malformed YAML"),
    ] as [(String, Int, Int, String)])
    func errorsHavePlaces(text: String, line: Int, column: Int, message: String) throws {
        let scratch = ModelScratch()
        let file = scratch.write(text, to: "bad.yml")
        do {
            _ = try RuleFileLoader().load(file: file)
            Issue.record("accepted: \(text)")
        } catch {
            let diagnostic = try #require(error.diagnostics.first { $0.message.contains(message) }, "\(error.diagnostics)")
            #expect(diagnostic.location?.line == line && diagnostic.location?.column == column, "\(diagnostic)")
        }
    }

    @Test("a rule-file rule cannot take a built-in rule's id")
    func idClash() throws {
        let scratch = ModelScratch()
        let file = scratch.write("rules:\n  - id: missing-lotse\n    select: { kind: field }\n    require: [{ edges: pilots }]\n    message: m\n", to: "clash.yml")
        #expect(throws: RuleIdClash.self) { try registry(with: [file]) }
    }
}
