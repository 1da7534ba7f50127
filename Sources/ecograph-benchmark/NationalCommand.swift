import ArgumentParser
import EcographBenchmarks
import Foundation

/// `national`: Germany's ~10,800 municipalities as one region, timed as a new user meets it —
/// `ecograph validate` and `ecograph check --format json -o FILE` as processes — against the
/// bare libyaml parse of the same file, as ratios measured in one run, with peak memory.
struct NationalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "national",
        abstract: "Time validate and check on a national model (10,800 municipalities) against the bare libyaml parse.")

    @Option(help: "Municipalities (54 nodes each).")
    var municipalities: Int = 10_800

    @Option(help: "Timed runs of each step (the median is shown); rounds alternate the steps.")
    var repetitions: Int = 3

    @Option(help: "Where the model and outputs are written; a temporary directory by default.")
    var workDirectory: String?

    @Flag(help: "Also time the in-process steps (load, rules, JSON report) to show where check's time goes.")
    var breakdown = false

    func run() throws {
        guard let ecograph = AtlasTiming.ecograph() else {
            throw ValidationError("build the command first: swift build -c release --product ecograph")
        }
        let directory = workDirectory ?? FileManager.default.temporaryDirectory
            .appendingPathComponent("ecograph-national-\(ProcessInfo.processInfo.processIdentifier)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { if workDirectory == nil { try? FileManager.default.removeItem(atPath: directory) } }

        let file = "\(directory)/national-\(municipalities).yaml"
        let generator = RegionGenerator(municipalities: municipalities)
        if !FileManager.default.fileExists(atPath: file) {
            try Data(generator.yaml().utf8).write(to: URL(fileURLWithPath: file))
        }
        let bytes = (try FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
        FileHandle.standardError.write(Data("national model: \(generator.nodeCount) nodes, \(Report.megabytes(bytes))\n".utf8))

        let output = "\(directory)/findings.json"
        let steps: [(name: String, arguments: [String])] = [
            ("validate", [ecograph.path, "validate", file]),
            ("check --format json -o FILE", [ecograph.path, "check", file, "--format", "json", "-o", output, "--fail-on", "never"]),
        ]
        var parse: [Double] = []
        var timings = Array(repeating: [Double](), count: steps.count)
        var peaks = Array(repeating: 0, count: steps.count)
        var parsePeak = 0
        // Rounds: the parse and each step in turn, so that the machine's load falls on all alike.
        for round in 0...repetitions {
            let bare = try ProcessTiming.run([selfPath(), "measure", "parse-yaml", file, "--repetitions", "1"])
            let result = try JSONDecoder().decode(BenchmarkResult.self, from: bare.output)
            for (index, step) in steps.enumerated() {
                let timing = try ProcessTiming.run(step.arguments)
                guard timing.status == 0 else { throw BenchmarkError("\(step.name) exited with \(timing.status)") }
                if round > 0 {
                    timings[index].append(timing.seconds)
                    peaks[index] = max(peaks[index], timing.peakResidentBytes)
                }
            }
            if round > 0 {
                parse.append(result.median)
                parsePeak = max(parsePeak, result.peakResidentBytes)
            }
            FileHandle.standardError.write(Data("round \(round) of \(repetitions) (round 0 warms up)\n".utf8))
        }
        let findings = (try? JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: output)))) as? [String: Any]
        let findingCount = (findings?["findings"] as? [Any])?.count ?? 0

        let bare = BenchmarkResult.median(parse)
        var lines = [
            "| national model: \(municipalities) municipalities, \(generator.nodeCount) nodes, \(Report.megabytes(bytes)) YAML, \(findingCount) findings | time | × bare parse | peak RSS |",
            "| --- | ---: | ---: | ---: |",
            "| bare libyaml parse (events only) | \(String(format: "%.2f s", bare)) | 1.00× | \(Report.megabytes(parsePeak)) |",
        ]
        for (index, step) in steps.enumerated() {
            let median = BenchmarkResult.median(timings[index])
            lines.append("| `ecograph \(step.name)` | \(String(format: "%.2f s", median)) | \(String(format: "%.2f×", median / bare)) | \(Report.megabytes(peaks[index])) |")
        }
        lines.append("Median of \(repetitions) rounds after a warm-up round; in each round the parse and the commands ran in turn, each a process of its own (peak RSS: its VmHWM).")
        print(lines.joined(separator: "\n"))

        guard breakdown else { return }
        print("")
        var parts = ["| in-process step on the same file | time | × bare parse | peak RSS |", "| --- | ---: | ---: | ---: |"]
        for benchmark in [BenchmarkCase.loadYAML, .check, .checkJSONReport] {
            let child = try ProcessTiming.run([selfPath(), "measure", benchmark.rawValue, file, "--repetitions", String(repetitions)])
            let result = try JSONDecoder().decode(BenchmarkResult.self, from: child.output)
            parts.append("| \(benchmark.rawValue) | \(String(format: "%.2f s", result.median)) | \(String(format: "%.2f×", result.median / bare)) | \(Report.megabytes(result.peakResidentBytes)) |")
        }
        print(parts.joined(separator: "\n"))
    }

    private func selfPath() throws -> String { try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") }
}

/// A program run as a child process: its wall time, exit status, standard output and peak
/// resident memory (the children's `ru_maxrss`, taken in a process of its own per run).
struct ProcessTiming {
    let status: Int32
    let seconds: Double
    let peakResidentBytes: Int
    let output: Data

    /// Runs `arguments` through `ecograph-benchmark measure-process`, which waits for it and
    /// reports its peak memory — so that this process's other children do not count.
    static func run(_ arguments: [String]) throws -> ProcessTiming {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
        process.arguments = ["measure-process", "--"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0,
            let report = try? JSONDecoder().decode(MeasureProcessCommand.Report.self, from: data)
        else { throw BenchmarkError("measure-process \(arguments.joined(separator: " ")) failed") }
        return ProcessTiming(
            status: report.status, seconds: report.seconds, peakResidentBytes: report.peakResidentBytes,
            output: Data(base64Encoded: report.output) ?? Data())
    }
}

/// `measure-process -- PROGRAM ARGS...`: runs one program, prints its time, status, peak memory
/// and standard output as JSON.
struct MeasureProcessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "measure-process", shouldDisplay: false)

    struct Report: Codable {
        let status: Int32
        let seconds: Double
        let peakResidentBytes: Int
        let output: String
    }

    @Argument(parsing: .captureForPassthrough) var command: [String]

    func run() throws {
        let arguments = command.first == "--" ? Array(command.dropFirst()) : command
        guard let program = arguments.first else { throw ValidationError("no program given") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = Array(arguments.dropFirst())
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        let start = ContinuousClock.now
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let elapsed = ContinuousClock.now - start
        var usage = rusage()
        #if canImport(Glibc)
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        #else
        getrusage(RUSAGE_CHILDREN, &usage)
        #endif
        let report = Report(
            status: process.terminationStatus,
            seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18,
            peakResidentBytes: Int(usage.ru_maxrss) * 1024, output: output.base64EncodedString())
        FileHandle.standardOutput.write(try JSONEncoder().encode(report))
    }
}
