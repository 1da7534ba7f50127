import EcographBenchmarks
import EcographCore
import EcographRules
import EcographWasm
import Foundation
import Testing

/// The two sample rules of samples/wasm, built from source by samples/wasm/build and run in the
/// sandbox: what they find, in both languages, and that the C rule finds the same sandboxed, as
/// an executable plugin and as a rule file.
@Suite("WebAssembly sample rules")
struct SampleRuleTests {
    static let model = """
        ecosystem: Wasm-Test
        fields: { f: { name: Mobilität }, g: { name: Bildung }, h: { name: Kultur } }
        roles:
          lotse-f: { name: Lotsin Mobilität, type: lotse, pilots: f }
          lotse-g: { name: Lotse Bildung, type: lotsin, pilots: g }
          lotse-h: { name: Lotse Kultur, type: lotse, pilots: h }
        actors:
          müller: { name: "Anna \\"Ä\\" Müller", holds: [lotse-f, lotse-g] }
          schmidt: { name: Ben Schmidt, holds: lotse-h }
        projects:
          dated:     { name: Datiert, field: f, status: running, start: "2026-05" }
          undated:   { name: Ohne Start, field: f, status: läuft }
          malformed: { name: Mai-Projekt, field: g, status: starting, start: "Mai 2026" }
          badmonth:  { name: Monat 13, field: g, status: running, start: "2026-13-01" }
          idea:      { name: Nur eine Idee, field: h, status: idea }
        """

    private func plugin(_ file: String, limits: WasmLimits = .defaults) throws -> WasmRulePlugin {
        let url = try WasmBuild.samples().appendingPathComponent(file)
        return WasmRulePlugin(name: file, module: url, limits: limits)
    }

    @Test("the C rule finds the running and starting projects without a start date written YYYY-MM[-DD], in English and German")
    func cRule() throws {
        let model = try WasmScratch().load(Self.model)
        let result = try check(model, with: plugin("rule-c.wasm"))
        #expect(result.failures.isEmpty, "\(result.failures)")
        let findings = result.findings.filter { $0.rule == "project-has-start-date" }
        #expect(findings.map(\.subjects).sorted { $0[0] < $1[0] } == [["badmonth"], ["malformed"], ["undated"]])
        let malformed = try #require(findings.first { $0.subjects == ["malformed"] })
        #expect(malformed.message.en == "Project 'Mai-Projekt' is starting but its start date 'Mai 2026' is not written YYYY-MM or YYYY-MM-DD.")
        #expect(malformed.message.de == "Projekt 'Mai-Projekt' beginnt, sein Startdatum 'Mai 2026' hat aber nicht die Form JJJJ-MM oder JJJJ-MM-TT.")
        #expect(malformed.severity == .warning)
        #expect(malformed.location.line == 13, "reported at the project's place in the model")
        #expect(result.findings.contains { $0.rule == "cdo-bridge" }, "the built-in rules report too")
    }

    @Test("the Embedded Swift rule reports an actor who pilots two fields, names them, and honours max-fields")
    func swiftRule() throws {
        let model = try WasmScratch().load(Self.model)
        let lotse = try plugin("rule-swift.wasm")
        let description = try #require(try lotse.describe().first)
        #expect(description.id == "lotse-pilots-one-field")
        #expect(description.name.de == "Eine Lotsin, ein Lotse lotst ein Gestaltungsfeld")
        #expect(description.options.map(\.name) == ["max-fields"])
        let violations = try lotse.check(model.graph, rule: description.id, options: RuleOptions(defaultsOf: description))
        #expect(violations.count == 1)
        let violation = try #require(violations.first)
        #expect(violation.subjects.map { model.graph.nodes[$0].id } == ["müller", "f", "g"])
        #expect(violation.message.en == #"Actor 'Anna "Ä" Müller' is the Lotse of 2 fields: 'Mobilität', 'Bildung'."#)
        #expect(violation.message.de == #"Akteur 'Anna "Ä" Müller' lotst 2 Gestaltungsfelder: 'Mobilität', 'Bildung'."#)
        let relaxed = RuleOptions(defaultsOf: description, configured: ["max-fields": .integer(2)])
        #expect(try lotse.check(model.graph, rule: description.id, options: relaxed).isEmpty)
    }

    @Test("the C rule finds the same projects sandboxed, as an executable plugin and as a rule file", arguments: [false, true])
    func threeForms(region: Bool) throws {
        let scratch = WasmScratch()
        let model: LoadedModel
        if region {
            model = try ModelLoader().load([scratch.write(Data(RegionGenerator(municipalities: 3).yaml().utf8), to: "region.yaml").path])
        } else {
            model = try scratch.load(Self.model)
        }
        func subjects(_ registry: RuleRegistry) throws -> [[String]] {
            let result = try RuleEngine(registry: registry).check(model)
            #expect(result.failures.isEmpty, "\(result.failures)")
            return result.findings.filter { $0.rule == "project-has-start-date" }.map(\.subjects)
        }
        func registry(_ rules: [RegisteredRule]) throws -> RuleRegistry {
            var registry = RuleRegistry.builtIn
            for rule in rules { try registry.register(rule) }
            return registry
        }
        let samples = try WasmBuild.samples()
        let sandboxed = try subjects(registry(plugin("rule-c.wasm").registeredRules()))
        let native = RulePlugin(name: "rule-c-native", executable: samples.appendingPathComponent("rule-c-native"))
        let executable = try subjects(registry(native.registeredRules()))
        let file = WasmBuild.repository.appendingPathComponent("samples/wasm/project-has-start-date.yml").path
        let ruleFile = try subjects(registry(RuleFileLoader().load(file: file).map { $0.registered(from: file) }))
        #expect(!sandboxed.isEmpty)
        #expect(sandboxed == executable)
        #expect(sandboxed == ruleFile)
    }

    @Test("a request larger than the memory cap is refused before the module sees it")
    func requestAboveCap() throws {
        let scratch = WasmScratch()
        let model = try ModelLoader().load([scratch.write(Data(RegionGenerator(municipalities: 20).yaml().utf8), to: "region.yaml").path])
        let result = try check(model, with: plugin("rule-c.wasm", limits: WasmLimits(fuel: 1_000_000_000, memoryBytes: 256 << 10, timeout: 30)))
        let failure = try #require(result.failures.first)
        #expect(failure.rule == "project-has-start-date")
        #expect(failure.message.contains("cannot take the request for 'check project-has-start-date': it has "), "\(failure.message)")
        #expect(failure.message.contains("more than the module's memory cap of 256 KB ('memory:' in .ecograph.yml)"), "\(failure.message)")
    }

    @Test("what a request spends is measured and repeatable: the same request costs the same fuel")
    func usage() throws {
        let model = try WasmScratch().load(Self.model)
        let rule = try plugin("rule-c.wasm")
        let description = try #require(try rule.describe().first)
        _ = try rule.check(model.graph, rule: description.id, options: RuleOptions())
        let first = try #require(rule.lastUsage)
        _ = try rule.check(model.graph, rule: description.id, options: RuleOptions())
        let second = try #require(rule.lastUsage)
        #expect(first.fuel > 1_000 && first.fuel < WasmLimits.defaults.fuel)
        #expect(first.fuel == second.fuel)
        #expect(first.memoryBytes >= 128 << 10 && first.memoryBytes <= 1 << 20)
        #expect(first.seconds > 0)
    }

    @Test("what both samples answer follows the published JSON Schema", arguments: ["rule-c.wasm", "rule-swift.wasm"])
    func contract(module: String) throws {
        let model = try WasmScratch().load(Self.model)
        let rule = try plugin(module)
        let describe = try rule.exchange(Data(#"{"protocol": "ecograph.rule/1", "request": "describe"}"#.utf8), asking: "describe")
        let id = try #require(try rule.describe().first?.id)
        var request = Data(#"{"protocol": "ecograph.rule/1", "request": "check", "rule": "\#(id)", "options": {}, "graph": "#.utf8)
        request.append(try CanonicalGraph(model.graph).jsonData())
        request.append(contentsOf: Array("}".utf8))
        let check = try rule.exchange(request, asking: "check \(id)")
        for (reply, definition) in [(describe.output, "describeReply"), (check.output, "checkReply")] {
            let problem = try SchemaValidation.problem(in: reply, as: definition)
            #expect(problem == nil, "\(module) \(definition): \(problem ?? "")")
        }
        #expect(String(decoding: check.output, as: UTF8.self).contains("\"subjects\""))
    }
}

/// Validates JSON against one definition of schema/ecograph-rule-plugin.schema.json with
/// Python's jsonschema (installed by scripts/setup).
enum SchemaValidation {
    static func problem(in json: Data, as definition: String) throws -> String? {
        let scratch = WasmScratch()
        let file = scratch.write(json, to: "message.json")
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            schema = dict(schema, oneOf=[{"$ref": "#/definitions/" + sys.argv[3]}])
            jsonschema.Draft7Validator(schema).validate(json.load(open(sys.argv[2])))
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        let schema = WasmBuild.repository.appendingPathComponent("schema/ecograph-rule-plugin.schema.json").path
        process.arguments = ["python3", "-c", script, schema, file.path, definition]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return process.terminationStatus == 0 ? nil : String(decoding: message, as: UTF8.self)
    }
}
