import EcographCore
import EcographRules
import EcographWasm
import Foundation
import Testing

/// Modules that misbehave (Fixtures/hostile.c, one variant each, and a few files that are no
/// rule at all): each is contained — its rule fails with a message naming the module and saying
/// what happened, the built-in rules still report, and ecograph's process goes on.
@Suite("Hostile WebAssembly modules")
struct HostileModuleTests {
    static let model = """
        ecosystem: Hostile
        fields: { f: { name: Feld } }
        projects:
          p1: { name: Eins, field: f, status: running }
        """

    /// Checks the model with the built-in rules and the module's; returns the one failure.
    private func failure(of module: URL, limits: WasmLimits = .defaults) throws -> (message: String, plugin: WasmRulePlugin) {
        let plugin = WasmRulePlugin(name: "rules/\(module.lastPathComponent)", module: module, limits: limits)
        let result = try check(WasmScratch().load(Self.model), with: plugin)
        #expect(result.findings.contains { $0.rule == "unclear-ownership" }, "the built-in rules still report")
        #expect(result.failures.count == 1)
        let failure = try #require(result.failures.first)
        #expect(failure.source == .plugin(executable: plugin.name))
        #expect(failure.message.hasPrefix("plugin rules/\(module.lastPathComponent) "), "names the module: \(failure.message)")
        return (failure.message, plugin)
    }

    @Test("misbehaviour while checking is that rule failing, with a message saying what happened", arguments: [
        ("TRAP", "trapped answering 'check hostile': unreachable"),
        ("DEEP_RECURSION", "trapped answering 'check hostile': call stack exhausted (too deep a recursion)"),
        ("STACK_OVERFLOW", "trapped answering 'check hostile': out of bounds memory access"),
        ("LOG_AND_TRAP", "trapped answering 'check hostile': unreachable (its log: looking at the graph | it hurts)"),
        ("HUGE_REPLY", "answered 'check hostile' with 20 MB; a reply may have at most 16 MB"),
        ("REPLY_OUTSIDE_MEMORY", "answered 'check hostile' with bytes outside its memory (address 4294963200, 4,096 bytes; its memory has 131,072)"),
        ("INVALID_UTF8", "answered 'check hostile' with bytes that are not UTF-8 (at byte 75)"),
        ("INVALID_JSON", "answered 'check hostile' with invalid JSON (not JSON): 'findings: none, I think'"),
        ("UNKNOWN_NODE", "reported a finding of 'hostile' about the unknown node 'ghost'"),
    ] as [(String, String)])
    func misbehaviour(variant: String, complaint: String) throws {
        let (message, _) = try failure(of: WasmBuild.hostile(variant))
        #expect(message.contains(complaint), "\(message)")
    }

    @Test("an endless loop runs out of fuel: the budget of instructions per request")
    func endlessLoop() throws {
        let limits = WasmLimits(fuel: 5_000_000, memoryBytes: 16 << 20, timeout: 60)
        let (message, plugin) = try failure(of: WasmBuild.hostile("ENDLESS_LOOP"), limits: limits)
        #expect(message.contains("ran out of fuel answering 'check hostile': it may execute 5,000,000 instructions per request ('fuel:' in .ecograph.yml)"), "\(message)")
        #expect(plugin.lastUsage?.fuel ?? 0 > 4_900_000)
    }

    @Test("an endless loop with fuel to spare is stopped at the wall-clock deadline")
    func deadline() throws {
        let limits = WasmLimits(fuel: .max / 2, memoryBytes: 16 << 20, timeout: 1)
        let started = Date()
        let (message, _) = try failure(of: WasmBuild.hostile("ENDLESS_LOOP"), limits: limits)
        let elapsed = Date().timeIntervalSince(started)
        #expect(message.contains("did not answer 'check hostile' within 1 s and was stopped"), "\(message)")
        #expect(elapsed >= 1 && elapsed < 10, "stopped \(elapsed) s after it began")
    }

    @Test("a memory-growth bomb gets no more memory than its cap, and is reported with the cap")
    func memoryBomb() throws {
        let limits = WasmLimits(fuel: 1_000_000_000, memoryBytes: 16 << 20, timeout: 60)
        let (message, plugin) = try failure(of: WasmBuild.hostile("MEMORY_BOMB"), limits: limits)
        #expect(message.contains("trapped answering 'check hostile': unreachable — its memory was refused to grow to 16.1 MB, past its cap of 16 MB ('memory:' in .ecograph.yml)"), "\(message)")
        let usage = try #require(plugin.lastUsage)
        #expect(usage.memoryBytes <= 16 << 20 && usage.memoryBytes > 15 << 20)
    }

    @Test("a module that asks for more memory at start than its cap is refused before it runs")
    func startMemory() throws {
        let module = try WasmBuild.hostile("TRAP", flags: ["-Wl,--initial-memory=536870912"])
        let (message, _) = try failure(of: module)
        #expect(message.contains("needs 512 MB of memory at start, more than its cap of 256 MB ('memory:' in .ecograph.yml)"), "\(message)")
    }

    @Test("a module that imports anything but ecograph.log is refused at load, with advice")
    func forbiddenImport() throws {
        let (message, _) = try failure(of: WasmBuild.hostile("FORBIDDEN_IMPORT"))
        #expect(message.contains("imports wasi_snapshot_preview1.fd_write (a function), which the sandbox does not provide: a WebAssembly rule may import only the function ecograph.log"), "\(message)")
        #expect(message.contains("clang --target=wasm32 -nostdlib"))
    }

    @Test("files that are no rule module are refused at load, saying why", arguments: [
        ("not-wasm.wasm", Data("#!/bin/sh\necho hello\n".utf8), "is not a WebAssembly module: it does not begin with the bytes \\0asm"),
        ("truncated.wasm", Data([0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00, 0x01, 0x7F]), "is not a valid WebAssembly module"),
        ("empty-module.wasm", Data([0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00]),
         "does not export its memory as 'memory', the function 'ecograph_alloc', the function 'ecograph_describe', the function 'ecograph_check'"),
    ] as [(String, Data, String)])
    func notARule(name: String, bytes: Data, complaint: String) throws {
        let scratch = WasmScratch()
        let (message, _) = try failure(of: scratch.write(bytes, to: name))
        #expect(message.contains(complaint), "\(message)")
    }

    @Test("a module file that does not exist is reported like a program that cannot start")
    func missing() throws {
        let (message, _) = try failure(of: URL(fileURLWithPath: "/nonexistent/rule.wasm"))
        #expect(message.contains("cannot be read"), "\(message)")
    }
}
