import Foundation
import Testing

/// Sandboxed WebAssembly rule plugins through the command line: `--plugin x.wasm`, `plugins:`
/// entries with `wasm:`, `fuel:`, `memory:` in `.ecograph.yml`, and a refused module reported
/// like a failing executable plugin.
@Suite("WebAssembly rule plugins")
struct WasmPluginCommandTests {
    static let model = """
        ecosystem: Wasm-CLI
        fields: { f: { name: Mobilität }, g: { name: Bildung } }
        roles:
          lotse-f: { name: Lotsin Mobilität, type: lotse, pilots: f }
          lotse-g: { name: Lotse Bildung, type: lotse, pilots: g }
        actors:
          müller: { name: Anna Müller, holds: [lotse-f, lotse-g] }
        projects:
          p1: { name: Eins, field: f, status: running }
          p2: { name: Zwei, field: g, status: running, start: "2026-02" }
        """

    /// A scratch directory with the model and the sample modules under `rules/`.
    private func setUp() throws -> ScratchDirectory {
        let scratch = ScratchDirectory()
        scratch.write(Self.model, to: "model.yaml")
        let build = try CommandRunner.run(
            [scratch.url.appendingPathComponent("rules").path],
            using: CommandRunner.repository.appendingPathComponent("samples/wasm/build"))
        try #require(build.status == 0, "samples/wasm/build failed: \(build.standardError)")
        return scratch
    }

    @Test("--plugin x.wasm runs a sandboxed rule like any other, in both languages; 'rules' lists it")
    func commandLine() throws {
        let scratch = try setUp()
        let result = try CommandRunner.run(["check", "model.yaml", "--plugin", "rules/rule-c.wasm", "--lang", "de"], in: scratch.url)
        #expect(result.status == 1, "\(result.standardError)")
        #expect(result.standardOutput.contains("model.yaml:9:3: Warnung: [project-has-start-date] Projekt 'Eins' läuft, nennt aber kein Startdatum."), "\(result.standardOutput)")
        #expect(!result.standardOutput.contains("Projekt 'Zwei' läuft, nennt"))
        let listed = try CommandRunner.run(["rules", "--plugin", "rules/rule-swift.wasm"], in: scratch.url)
        #expect(listed.standardOutput.contains("lotse-pilots-one-field") && listed.standardOutput.contains("plugin:rules/rule-swift.wasm"), "\(listed.standardOutput)")
    }

    @Test("plugins in .ecograph.yml with fuel, memory and timeout; their rules configured there")
    func configured() throws {
        let scratch = try setUp()
        scratch.write("""
            plugins:
              - { wasm: rules/rule-swift.wasm, fuel: 2_000_000_000, memory: 64 MB, timeout: 20 }
            """, to: ".ecograph.yml")
        let found = try CommandRunner.run(["check", "model.yaml", "--format", "json"], in: scratch.url)
        #expect(found.standardOutput.contains(#""rule" : "lotse-pilots-one-field""#), "\(found.standardOutput)\(found.standardError)")
        scratch.write("""
            plugins:
              - { wasm: rules/rule-swift.wasm, fuel: 2_000_000_000, memory: 64 MB, timeout: 20 }
            rules:
              lotse-pilots-one-field: { max-fields: 2 }
            """, to: ".ecograph.yml")
        let relaxed = try CommandRunner.run(["check", "model.yaml", "--format", "json"], in: scratch.url)
        #expect(relaxed.standardError.isEmpty, "\(relaxed.standardError)")
        #expect(!relaxed.standardOutput.contains("lotse-pilots-one-field\""))
    }

    @Test("a module the sandbox refuses is that plugin failing: named, the other rules report, exit 4")
    func refused() throws {
        let scratch = try setUp()
        scratch.write("#!/bin/sh\necho 'I am a program'\n", to: "rules/program.wasm")
        scratch.write("plugins:\n  - { wasm: rules/program.wasm }\n", to: ".ecograph.yml")
        let result = try CommandRunner.run(["check", "model.yaml"], in: scratch.url)
        #expect(result.status == 4, "\(result.standardError)")
        #expect(result.standardError.contains(
            "ecograph: error: rule 'plugin:rules/program.wasm' (plugin:rules/program.wasm) could not run: plugin rules/program.wasm is not a WebAssembly module"),
            "\(result.standardError)")
        #expect(result.standardOutput.contains("[cdo-bridge]"), "the built-in rules still report")
    }

    @Test("mistakes in a plugin entry are errors at their place in .ecograph.yml, exit 2", arguments: [
        ("  - { wasm: rules/rule-c.wasm, exec: ./x.sh }\n", ".ecograph.yml:2:5: error: a plugin is either a program ('exec') or a WebAssembly module ('wasm'), not both"),
        ("  - { wasm: rules/rule-c.wasm, fuel: lots }\n", ".ecograph.yml:2:38: error: 'fuel' should be a whole number of instructions"),
        ("  - { wasm: rules/rule-c.wasm, memory: 5 TB }\n", ".ecograph.yml:2:40: error: 'memory' should be a size up to 4 GB"),
        ("  - { wasm: rules/rule-c.wasm, args: [-v] }\n", "error: a WebAssembly plugin takes no 'args'"),
        ("  - { exec: ./x.sh, fuel: 1000 }\n", "error: 'fuel' limits a WebAssembly plugin ('wasm: MODULE'); a program has only a 'timeout'"),
        ("  - { wasm: rules/rule-c.wasm, fule: 1000 }\n", "error: unknown key 'fule' of a plugin; did you mean 'fuel'?"),
    ] as [(String, String)])
    func mistakes(entry: String, complaint: String) throws {
        let scratch = ScratchDirectory()
        scratch.write(Self.model, to: "model.yaml")
        scratch.write("plugins:\n" + entry, to: ".ecograph.yml")
        let result = try CommandRunner.run(["check", "model.yaml"], in: scratch.url)
        #expect(result.status == 2)
        #expect(result.standardError.contains(complaint), "\(result.standardError)")
    }
}
