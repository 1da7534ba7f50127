import EcographCore
import EcographRules
import EcographWasm
import Foundation

/// One rule in the three forms a user can write it in, timed on the same model: the sample rule
/// "a project under way names its start date" as a YAML rule file
/// (`samples/wasm/project-has-start-date.yml`), as an executable plugin (`rule-c-native`, the C
/// source compiled for the host) and as a sandboxed WebAssembly module (`rule-c.wasm`, the same C
/// compiled for wasm32). `ecograph-benchmark rule-forms` runs each in a process of its own.
public enum RuleForm: String, CaseIterable, Codable, Sendable {
    case ruleFile = "rule-file"
    case executable
    case wasm

    /// Loads the model, then times checking it with the rule in this form (`artifact`: the rule
    /// file, the program or the module). The first check is a warm-up. For a plugin it also times
    /// the exchange alone (the plugin's share: the request already written), and measures the
    /// plugin's own peak memory: the module's memory, or the program's resident memory.
    public func measure(model file: String, artifact: String, repetitions: Int) throws -> RuleFormResult {
        let graph = try ModelLoader().load([file]).graph
        let check: () throws -> [Violation]
        var exchange: (() throws -> Void)?
        var wasmPlugin: WasmRulePlugin?
        var request = Data()
        switch self {
        case .ruleFile:
            guard let rule = try RuleFileLoader().load(file: artifact).first?.registered(from: artifact) else {
                throw BenchmarkError("\(artifact) has no rule")
            }
            let options = RuleOptions(defaultsOf: rule.description)
            check = { try rule.check(graph, options: options) }
        case .executable, .wasm:
            wasmPlugin = self == .wasm ? WasmRulePlugin(name: artifact, module: URL(fileURLWithPath: artifact)) : nil
            let transport: any PluginTransport = wasmPlugin ?? RulePlugin(name: artifact, executable: URL(fileURLWithPath: artifact))
            guard let description = try transport.describe().first else { throw BenchmarkError("\(artifact) describes no rule") }
            let options = RuleOptions(defaultsOf: description)
            request = try PluginProtocol.checkRequest(rule: description.id, options: options, graph: graph)
            check = { try transport.check(graph, rule: description.id, options: options) }
            exchange = { [request] in _ = try transport.exchange(request, asking: "check \(description.id)") }
        }
        let findings = try check().count
        let checks = try (0..<repetitions).map { _ in try time { _ = try check() } }
        let exchanges = try exchange.map { exchange in try (0..<repetitions).map { _ in try time(exchange) } }
        let usage = wasmPlugin?.lastUsage
        let pluginPeak = self == .executable ? try ProcessPeak.residentHighWaterMark(of: artifact, input: request) : nil
        return RuleFormResult(
            form: self, file: file, nodes: graph.nodes.count, seconds: checks.map(\.wall), cpuSeconds: checks.map(\.cpu),
            exchangeSeconds: exchanges?.map(\.wall), exchangeCPUSeconds: exchanges?.map(\.cpu),
            findings: findings, requestBytes: request.isEmpty ? nil : request.count, fuel: usage?.fuel,
            moduleMemoryBytes: usage?.memoryBytes, programPeakResidentBytes: pluginPeak,
            peakResidentBytes: PeakMemory.residentHighWaterMark())
    }

    /// Wall-clock seconds, and processor seconds of this process and of the programs it ran.
    private func time(_ body: () throws -> Void) throws -> (wall: Double, cpu: Double) {
        let cpu = Self.processorSeconds()
        let start = ContinuousClock.now
        try body()
        let elapsed = ContinuousClock.now - start
        return (Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18, Self.processorSeconds() - cpu)
    }

    private static func processorSeconds() -> Double {
        func seconds(_ who: Int32) -> Double {
            var usage = rusage()
            getrusage(who, &usage)
            return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
        }
        return seconds(RUSAGE_SELF.rawValue) + seconds(RUSAGE_CHILDREN.rawValue)
    }
}

/// What one form of the rule measured.
public struct RuleFormResult: Codable, Sendable {
    public let form: RuleForm
    public let file: String
    public let nodes: Int
    /// Wall-clock seconds of each timed check: for a plugin, writing the request (the whole
    /// graph as JSON), the plugin's work, and reading its findings.
    public let seconds: [Double]
    /// Processor seconds of each timed check: ecograph's and the plugin program's together.
    public let cpuSeconds: [Double]
    /// For a plugin: seconds of each exchange alone (request written to the plugin, reply read).
    public let exchangeSeconds: [Double]?
    public let exchangeCPUSeconds: [Double]?
    public let findings: Int
    /// For a plugin: the size of the check request.
    public let requestBytes: Int?
    /// For the WebAssembly module: fuel (an upper bound on instructions) and memory of one check.
    public let fuel: UInt64?
    public let moduleMemoryBytes: Int?
    /// For the executable: the program's own peak resident memory during one check.
    public let programPeakResidentBytes: Int?
    /// The peak resident memory of ecograph's process (the benchmark's).
    public let peakResidentBytes: Int

    public var median: Double { BenchmarkResult.median(seconds) }
    public var cpuMedian: Double { BenchmarkResult.median(cpuSeconds) }
}

/// The peak resident memory of a program while it answers one request.
///
/// Linux counts a spawned program's `ru_maxrss` from its parent's peak at the time of the spawn,
/// so it would report the benchmark's memory, not the program's. `VmHWM` in `/proc/PID/status`
/// belongs to the program's own address space: it is read every millisecond while the program
/// runs, and the last reading kept.
enum ProcessPeak {
    static func residentHighWaterMark(of program: String, input: Data) throws -> Int {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        let stdin = Pipe()
        process.standardInput = stdin
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let status = "/proc/\(process.processIdentifier)/status"
        DispatchQueue.global().async {
            stdin.fileHandleForWriting.write(input)
            try? stdin.fileHandleForWriting.close()
        }
        var peak = 0
        while process.isRunning {
            if let text = try? String(contentsOfFile: status, encoding: .utf8),
                let line = text.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
                let kilobytes = Int(line.dropFirst("VmHWM:".count).split(whereSeparator: \.isWhitespace).first ?? "") {
                peak = max(peak, kilobytes * 1024)
            }
            usleep(1_000)
        }
        process.waitUntilExit()
        return peak
    }
}
