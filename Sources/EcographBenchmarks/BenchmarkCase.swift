import CLibYAML
import EcographCore
import EcographRendering
import EcographReports
import EcographRules
import Foundation

/// One thing the benchmark times, run on one model file.
///
/// Each case runs in a process of its own (see `ecograph-benchmark`), so that its peak memory
/// is its own: a warm-up run, then `repetitions` timed runs.
public enum BenchmarkCase: String, CaseIterable, Sendable {
    /// libyaml's event parser over the file, building nothing: the floor for loading YAML.
    case parseYAML = "parse-yaml"
    /// ``ModelLoader`` on a YAML file: read, parse, check every key and reference, build the graph.
    case loadYAML = "load-yaml"
    /// ``ModelLoader`` on the same model written as JSON.
    case loadJSON = "load-json"
    /// All built-in rules on a loaded model (the load is not timed).
    case check
    /// All built-in rules and the JSON report of their findings, as `check --format json` makes it.
    case checkJSONReport = "check-json-report"
    /// A map of the whole model as SVG with the `dot` layout; also times ecograph's own part
    /// (view selection and DOT text) separately from Graphviz.
    case render
    /// On a folder of model files: one file changed (a project renamed, alternating between
    /// two names), then the model loaded again with ``IncrementalModelLoader`` — every file's
    /// bytes read and compared, the changed one parsed, the graph assembled — and all built-in
    /// rules run: the time from a save to updated findings, as `ecograph serve` spends it.
    /// The stages are timed too: `load` and `rules`, and `full` for a fresh load and check.
    case recheckOneFile = "recheck-one-file"

    /// Runs the case on a file and measures it.
    public func measure(file: String, repetitions: Int) throws -> BenchmarkResult {
        var seconds: [Double] = []
        var ownSeconds: [Double] = []
        switch self {
        case .parseYAML:
            _ = try BareYAMLParse.events(in: file)
            for _ in 0..<repetitions { seconds.append(try time { _ = try BareYAMLParse.events(in: file) }) }
        case .loadYAML, .loadJSON:
            _ = try ModelLoader().load([file])
            for _ in 0..<repetitions { seconds.append(try time { _ = try ModelLoader().load([file]) }) }
        case .check:
            let model = try ModelLoader().load([file])
            _ = try RuleEngine().check(model)
            for _ in 0..<repetitions { seconds.append(try time { _ = try RuleEngine().check(model) }) }
        case .checkJSONReport:
            let model = try ModelLoader().load([file])
            _ = try FindingsJSONReport().render(try RuleEngine().check(model))
            for _ in 0..<repetitions { seconds.append(try time { _ = try FindingsJSONReport().render(try RuleEngine().check(model)) }) }
        case .render:
            let model = try ModelLoader().load([file])
            let map = EcosystemMap(graph: model.graph, findings: try RuleEngine().check(model).findings)
            _ = try map.render(.svg)
            for _ in 0..<repetitions {
                ownSeconds.append(try time { _ = try map.dotSource() })
                seconds.append(try time { _ = try map.render(.svg) })
            }
        case .recheckOneFile:
            return try Self.measureRecheck(directory: file, repetitions: repetitions)
        }
        return BenchmarkResult(
            benchmark: rawValue, file: file, seconds: seconds, ownSeconds: ownSeconds.isEmpty ? nil : ownSeconds,
            peakResidentBytes: PeakMemory.residentHighWaterMark())
    }

    private static func measureRecheck(directory: String, repetitions: Int) throws -> BenchmarkResult {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".yaml") }.sorted()
        guard let middle = names.dropFirst(names.count / 2).first else { throw BenchmarkError("\(directory) holds no model files") }
        let changed = "\(directory)/\(middle)"
        let original = try String(contentsOfFile: changed, encoding: .utf8)
        defer { try? Data(original.utf8).write(to: URL(fileURLWithPath: changed)) }
        var incremental = IncrementalModelLoader()
        _ = try RuleEngine().check(try incremental.load([directory]))
        var seconds: [Double] = []
        var load: [Double] = []
        var rules: [Double] = []
        var full: [Double] = []
        for run in 0..<(repetitions + 1) {
            // A project renamed: the changed file must be parsed again, and the findings follow.
            let text = original.replacingOccurrences(of: "Mitfahrbank-App", with: run % 2 == 0 ? "Mitfahrbank-App (neu)" : "Mitfahrbank-App")
            try Data(text.utf8).write(to: URL(fileURLWithPath: changed))
            var model: LoadedModel?
            let loading = try Self.time { model = try incremental.load([directory]) }
            guard incremental.lastReadCount == 1, let model else {
                throw BenchmarkError("the re-load read \(incremental.lastReadCount) files, not the one changed")
            }
            let checking = try Self.time { _ = try RuleEngine().check(model) }
            let fresh = try Self.time { _ = try RuleEngine().check(try ModelLoader().load([directory])) }
            if run == 0 { continue }  // the warm-up
            load.append(loading)
            rules.append(checking)
            seconds.append(loading + checking)
            full.append(fresh)
        }
        return BenchmarkResult(
            benchmark: Self.recheckOneFile.rawValue, file: directory, seconds: seconds, ownSeconds: nil,
            stageSeconds: ["load": load, "rules": rules, "full": full],
            peakResidentBytes: PeakMemory.residentHighWaterMark())
    }

    private func time(_ body: () throws -> Void) throws -> Double { try Self.time(body) }

    private static func time(_ body: () throws -> Void) throws -> Double {
        let start = ContinuousClock.now
        try body()
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }
}

/// What one case measured.
public struct BenchmarkResult: Codable, Sendable {
    /// The case's name (``BenchmarkCase/rawValue``).
    public let benchmark: String
    public let file: String
    /// Wall-clock seconds of each timed run.
    public let seconds: [Double]
    /// For `render`: seconds of ecograph's own part of each run (view and DOT text).
    public let ownSeconds: [Double]?
    /// For cases with stages (`recheck-one-file`): seconds of each run per stage.
    public let stageSeconds: [String: [Double]]?
    /// The process's peak resident memory (VmHWM) at the end, in bytes.
    public let peakResidentBytes: Int

    public init(
        benchmark: String, file: String, seconds: [Double], ownSeconds: [Double]?, stageSeconds: [String: [Double]]? = nil,
        peakResidentBytes: Int
    ) {
        self.benchmark = benchmark
        self.file = file
        self.seconds = seconds
        self.ownSeconds = ownSeconds
        self.stageSeconds = stageSeconds
        self.peakResidentBytes = peakResidentBytes
    }

    /// The median of the timed runs.
    public var median: Double { Self.median(seconds) }

    public static func median(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return .nan }
        let sorted = values.sorted()
        return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }
}

/// libyaml's parser run over a file, every event produced and dropped: no nodes, no strings.
public enum BareYAMLParse {
    /// The number of events in the file.
    public static func events(in file: String) throws -> Int {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw BenchmarkError("cannot read \(file)")
        }
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { throw BenchmarkError("libyaml: out of memory") }
        defer { yaml_parser_delete(&parser) }
        return try data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) throws -> Int in
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, bytes.bindMemory(to: UInt8.self).baseAddress, bytes.count)
            var count = 0
            var event = yaml_event_t()
            while true {
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    throw BenchmarkError("libyaml: \(parser.problem.map { String(cString: $0) } ?? "parse error")")
                }
                count += 1
                let done = event.type == YAML_STREAM_END_EVENT
                yaml_event_delete(&event)
                if done { return count }
            }
        }
    }
}

/// The process's peak resident memory.
public enum PeakMemory {
    /// `VmHWM` from `/proc/self/status` on Linux; `ru_maxrss` elsewhere. In bytes.
    public static func residentHighWaterMark() -> Int {
        if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
            let kilobytes = Int(line.dropFirst("VmHWM:".count).split(separator: " ").first ?? "") {
            return kilobytes * 1024
        }
        var usage = rusage()
        #if canImport(Glibc)
        getrusage(RUSAGE_SELF.rawValue, &usage)
        #else
        getrusage(RUSAGE_SELF, &usage)
        #endif
        return Int(usage.ru_maxrss) * 1024
    }
}

/// A benchmark could not run.
public struct BenchmarkError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
