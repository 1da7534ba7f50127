import Foundation
import Testing

/// Executable rule plugins through the command line: the sample plugin, the contract, and every
/// way a plugin can fail without taking ecograph down.
@Suite("Executable rule plugins")
struct PluginCommandTests {
    static let model = """
        ecosystem: Plugin-Test
        fields: { f: { name: Feld } }
        projects:
          p1: { name: Eins, field: f, budget: "viel Geld", start: "2026-05", end: "2026-01" }
          p2: { name: Zwei, field: f, budget: "1,2 Mio. €", start: "2026-01" }
        """

    /// A scratch directory with the model and a plugin script.
    private func setUp(plugin: String? = nil) -> ScratchDirectory {
        let scratch = ScratchDirectory()
        scratch.write(Self.model, to: "model.yaml")
        if let plugin {
            let path = scratch.write(plugin, to: "plugin.sh")
            chmod(path, 0o755)
        }
        return scratch
    }

    /// Validates a JSON file against one definition of the plugin protocol's schema.
    private func validate(_ file: String, as definition: String) throws -> CommandRunner.Result {
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            schema = dict(schema, oneOf=[{"$ref": "#/definitions/" + sys.argv[3]}])
            jsonschema.Draft7Validator(schema).validate(json.load(open(sys.argv[2])))
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, CommandRunner.repository.appendingPathComponent("schema/ecograph-rule-plugin.schema.json").path, file, definition]
        let pipe = Pipe()
        process.standardError = pipe
        try process.run()
        let error = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CommandRunner.Result(status: process.terminationStatus, standardOutput: "", standardError: String(decoding: error, as: UTF8.self))
    }

    @Test("the sample Python plugin's rules run like built-in ones, in both languages")
    func samplePlugin() throws {
        let scratch = setUp()
        let plugin = CommandRunner.repository.appendingPathComponent("samples/plugins/check-budget.py").path
        let result = try CommandRunner.run(["check", "model.yaml", "--plugin", plugin, "--lang", "de"], in: scratch.url)
        #expect(result.status == 1, "\(result.standardError)")
        #expect(result.standardOutput.contains("model.yaml:4:3: Fehler: [project-ends-after-start] Projekt 'Eins' endet (2026-01) vor seinem Beginn (2026-05)."))
        #expect(result.standardOutput.contains("[budget-is-an-amount] Das Budget von Projekt 'Eins' ist kein Betrag: 'viel Geld'."))
        #expect(!result.standardOutput.contains("Projekt 'Zwei' ist kein Betrag"))
        let listed = try CommandRunner.run(["rules", "--plugin", plugin, "--format", "json"], in: scratch.url)
        #expect(listed.standardOutput.contains("budget-is-an-amount") && listed.standardOutput.contains("plugin:"))
    }

    @Test("plugins in .ecograph.yml, with their options configured there")
    func configuredPlugin() throws {
        let scratch = setUp()
        let plugin = CommandRunner.repository.appendingPathComponent("samples/plugins/check-budget.py").path
        scratch.write("plugins:\n  - { exec: \(plugin), timeout: 20 }\nrules:\n  budget-is-an-amount: { max-amount: 1000000, severity: error }\n", to: ".ecograph.yml")
        let result = try CommandRunner.run(["check", "model.yaml"], in: scratch.url)
        #expect(result.standardOutput.contains("error: [budget-is-an-amount] The budget of project 'Zwei' (1,200,000 €) is above 1,000,000 €."), "\(result.standardOutput)\(result.standardError)")
        scratch.write("plugins:\n  - { exec: \(plugin) }\nrules:\n  budget-is-an-amount: { max-amount: lots }\n", to: ".ecograph.yml")
        let invalid = try CommandRunner.run(["check", "model.yaml"], in: scratch.url)
        #expect(invalid.status == 2)
        #expect(invalid.standardError.contains(".ecograph.yml:4:38: error: option 'max-amount' of rule 'budget-is-an-amount' should be"))
    }

    @Test("what ecograph sends and what the sample plugin answers follow the published JSON Schema")
    func contract() throws {
        let recorder = """
            #!/bin/sh
            input=$(cat)
            case "$input" in
              *'"describe"'*) printf '%s' "$input" > describe-request.json
                echo '{"protocol": "ecograph.rule/1", "rules": [{"id": "recorded", "options": [{"name": "limit", "default": 3}]}]}' ;;
              *) printf '%s' "$input" > check-request.json
                echo '{"protocol": "ecograph.rule/1", "findings": [{"subjects": ["p1"], "message": "seen"}]}' ;;
            esac
            """
        let scratch = setUp(plugin: recorder)
        let result = try CommandRunner.run(["check", "model.yaml", "--plugin", "./plugin.sh"], in: scratch.url)
        #expect(result.standardOutput.contains("[recorded] seen"), "\(result.standardError)")
        for (file, definition) in [("describe-request.json", "describeRequest"), ("check-request.json", "checkRequest")] {
            let validation = try validate(scratch.url.appendingPathComponent(file).path, as: definition)
            #expect(validation.status == 0, "\(file): \(validation.standardError)")
        }
        let check = try String(contentsOf: scratch.url.appendingPathComponent("check-request.json"), encoding: .utf8)
        #expect(check.contains("\"limit\":3") && check.contains("\"rule\":\"recorded\"") && check.contains("\"viel Geld\""))

        let plugin = CommandRunner.repository.appendingPathComponent("samples/plugins/check-budget.py")
        var reply = ChildOutput.run(plugin, input: #"{"protocol": "ecograph.rule/1", "request": "describe"}"#)
        scratch.write(reply, to: "describe-reply.json")
        #expect(try validate(scratch.url.appendingPathComponent("describe-reply.json").path, as: "describeReply").status == 0)
        reply = ChildOutput.run(plugin, input: String(decoding: try Data(contentsOf: scratch.url.appendingPathComponent("check-request.json")), as: UTF8.self)
            .replacingOccurrences(of: "\"rule\":\"recorded\"", with: "\"rule\":\"project-ends-after-start\""))
        scratch.write(reply, to: "check-reply.json")
        #expect(try validate(scratch.url.appendingPathComponent("check-reply.json").path, as: "checkReply").status == 0)
        #expect(reply.contains("\"p1\""))
    }

    @Test("a faulty plugin is reported by name, the other rules still report, and the exit status is 4", arguments: [
        ("#!/bin/sh\necho 'it hurts' >&2\nkill -SEGV $$\n", "crashed (signal 11)"),
        ("#!/bin/sh\necho 'no config' >&2\nexit 3\n", "exited with status 3"),
        ("#!/bin/sh\nexec sleep 30\n", "did not answer 'describe' within 1 s"),
        ("#!/bin/sh\necho 'this is not json'\n", "invalid JSON"),
        ("#!/bin/sh\nyes 'flood'\n", "printed more than 16 MB"),
        ("#!/bin/sh\nyes 'err' >&2 &\necho '{\"protocol\": \"ecograph.rule/2\", \"rules\": []}'\n", "speaks protocol 'ecograph.rule/2'"),
        ("#!/bin/sh\nif grep -q describe; then echo '{\"protocol\": \"ecograph.rule/1\", \"rules\": [{\"id\": \"x\"}]}'; else echo '{\"protocol\": \"ecograph.rule/1\", \"findings\": [{\"subjects\": [\"ghost\"], \"message\": \"m\"}]}'; fi\n", "unknown node 'ghost'"),
        ("#!/bin/sh\nif grep -q describe; then echo '{\"protocol\": \"ecograph.rule/1\", \"rules\": [{\"id\": \"missing-lotse\"}]}'; fi\n", "already taken"),
    ] as [(String, String)])
    func faults(script: String, complaint: String) throws {
        let scratch = setUp(plugin: script)
        scratch.write("plugins:\n  - { exec: ./plugin.sh, timeout: 1 }\n", to: ".ecograph.yml")
        let result = try CommandRunner.run(["check", "model.yaml"], in: scratch.url)
        #expect(result.standardError.contains("plugin") && result.standardError.contains("plugin.sh"), "\(result.standardError)")
        #expect(result.standardError.contains(complaint), "\(result.standardError)")
        if complaint == "already taken" {
            #expect(result.status == 2)
        } else {
            #expect(result.status == 4, "\(result.standardError)")
            #expect(result.standardOutput.contains("[missing-lotse]"), "the built-in rules should still report")
        }
    }
}

/// Runs a program with some input and returns its standard output.
enum ChildOutput {
    static func run(_ program: URL, input: String) -> String {
        let process = Process()
        process.executableURL = program
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        try? process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try? stdin.fileHandleForWriting.close()
        let data = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
