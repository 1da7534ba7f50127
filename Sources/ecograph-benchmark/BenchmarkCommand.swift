import ArgumentParser
import EcographBenchmarks
import Foundation

/// `ecograph-benchmark`: generates synthetic regions and times loading, checking and drawing them.
@main
struct BenchmarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ecograph-benchmark",
        abstract: "Generate synthetic regions and time ecograph on them (build with -c release).",
        discussion: """
            Examples:
              swift run -c release ecograph-benchmark                     # N = 10, 100, 1000
              swift run -c release ecograph-benchmark run --sizes 1000 --repetitions 10
              swift run -c release ecograph-benchmark generate 1000 -o region-1000.yaml
              swift run -c release ecograph-benchmark rule-forms --size 1000
              swift run -c release ecograph-benchmark national          # 10,800 municipalities
            """,
        subcommands: [
            RunCommand.self, GenerateCommand.self, MeasureCommand.self, RuleFormsCommand.self, MeasureRuleCommand.self,
            NationalCommand.self, MeasureProcessCommand.self,
        ],
        defaultSubcommand: RunCommand.self
    )
}

/// `generate N -o FILE`: writes a region of N municipalities.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate", abstract: "Write a synthetic region of N municipalities (YAML or JSON).")

    @Argument(help: "How many municipalities (54 nodes each).")
    var municipalities: Int

    @Option(name: .shortAndLong, help: "Output file; '.json' writes JSON. '-' for standard output.")
    var output: String = "-"

    @Option(help: "yaml or json; default from the output file's extension.")
    var format: String?

    func validate() throws {
        guard municipalities >= 1 else { throw ValidationError("a region has at least one municipality") }
    }

    func run() throws {
        let json = (format ?? (output.hasSuffix(".json") ? "json" : "yaml")) == "json"
        let generator = RegionGenerator(municipalities: municipalities)
        let text = json ? generator.json() : generator.yaml()
        if output == "-" {
            FileHandle.standardOutput.write(Data(text.utf8))
        } else {
            try Data(text.utf8).write(to: URL(fileURLWithPath: output))
        }
    }
}

/// `measure CASE FILE`: one case in this process; prints its measurement as JSON.
struct MeasureCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "measure", abstract: "Run one case in this process and print the measurement as JSON.",
        shouldDisplay: false)

    @Argument var benchmark: String
    @Argument var file: String
    @Option var repetitions: Int = 5

    func run() throws {
        guard let benchmarkCase = BenchmarkCase(rawValue: benchmark) else {
            throw ValidationError("unknown case '\(benchmark)'; one of \(BenchmarkCase.allCases.map(\.rawValue))")
        }
        let measurement = try benchmarkCase.measure(file: file, repetitions: repetitions)
        FileHandle.standardOutput.write(try JSONEncoder().encode(measurement) + Data("\n".utf8))
    }
}

/// `run`: the whole benchmark, each case in a child process, printed as a Markdown table.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run", abstract: "Generate the regions and time every case on each (the default).")

    @Option(help: "Region sizes in municipalities, comma-separated.")
    var sizes: String = "10,100,1000"

    @Option(help: "Timed runs per case (the median is shown).")
    var repetitions: Int = 5

    @Option(help: "Municipalities of the region whose whole map is drawn (54 nodes each; 10 gives ~510 drawn nodes).")
    var renderSize: Int = 10

    @Option(help: "Region sizes whose atlas report ('ecograph report') is timed, comma-separated; '' for none.")
    var reportSizes: String = "10,100"

    @Option(help: "Municipalities of the region written as one file each, on which a re-check after one changed file is timed; 0 for none.")
    var recheckSize: Int = 1000

    @Option(help: "Where the generated regions are written; a temporary directory by default.")
    var workDirectory: String?

    @Flag(help: "Also print every measurement as JSON lines.")
    var json = false

    func run() throws {
        let sizes = sizes.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        let directory = workDirectory ?? FileManager.default.temporaryDirectory
            .appendingPathComponent("ecograph-benchmark-\(ProcessInfo.processInfo.processIdentifier)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { if workDirectory == nil { try? FileManager.default.removeItem(atPath: directory) } }

        var rows: [Row] = []
        for size in sizes {
            let generator = RegionGenerator(municipalities: size)
            let yaml = "\(directory)/region-\(size).yaml"
            let json = "\(directory)/region-\(size).json"
            try Data(generator.yaml().utf8).write(to: URL(fileURLWithPath: yaml))
            try Data(generator.json().utf8).write(to: URL(fileURLWithPath: json))
            let bytes = (try FileManager.default.attributesOfItem(atPath: yaml)[.size] as? Int) ?? 0
            var row = Row(size: size, nodes: generator.nodeCount, yamlBytes: bytes)
            row.parse = try child(.parseYAML, yaml)
            row.loadYAML = try child(.loadYAML, yaml)
            row.loadJSON = try child(.loadJSON, json)
            row.check = try child(.check, yaml)
            rows.append(row)
        }
        let renderFile = "\(directory)/render-\(renderSize).yaml"
        try Data(RegionGenerator(municipalities: renderSize).yaml().utf8).write(to: URL(fileURLWithPath: renderFile))
        let render = try child(.render, renderFile, repetitions: max(1, min(repetitions, 3)))

        var recheck: BenchmarkResult?
        if recheckSize > 0 {
            let folder = "\(directory)/region-\(recheckSize)-files"
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            for (name, text) in RegionGenerator(municipalities: recheckSize).files() {
                try Data(text.utf8).write(to: URL(fileURLWithPath: "\(folder)/\(name)"))
            }
            recheck = try child(.recheckOneFile, folder)
        }

        if json {
            for measurement in rows.flatMap({ [$0.parse, $0.loadYAML, $0.loadJSON, $0.check] }).compactMap({ $0 }) + [render] + [recheck].compactMap({ $0 }) {
                print(String(decoding: try JSONEncoder().encode(measurement), as: UTF8.self))
            }
        }
        let drawn = RegionGenerator(municipalities: renderSize).nodeCount - 3 * renderSize  // systems are clusters
        print(Report.table(rows: rows, render: render, renderNodes: drawn, repetitions: repetitions))
        if let recheck {
            print("")
            print(Report.recheck(recheck, files: recheckSize))
        }

        let reports = reportSizes.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard !reports.isEmpty else { return }
        guard let ecograph = AtlasTiming.ecograph() else {
            print("\nAtlas report: not timed — build the command first: swift build -c release --product ecograph")
            return
        }
        var timings: [AtlasTiming] = []
        for size in reports {
            let file = "\(directory)/atlas-\(size).yaml"
            try Data(RegionGenerator(municipalities: size).yaml().utf8).write(to: URL(fileURLWithPath: file))
            // A region of 100 takes most of a minute: one timed run; small ones the median of three after a warm-up.
            let runs = size <= 20 ? 3 : 1
            timings.append(try AtlasTiming.measure(ecograph: ecograph, model: file, municipalities: size, runs: runs, warmUp: runs > 1, directory: directory))
            FileHandle.standardError.write(Data("measured report on region-\(size)\n".utf8))
        }
        print("")
        print(AtlasTiming.table(timings))
    }

    private func child(_ benchmark: BenchmarkCase, _ file: String, repetitions: Int? = nil) throws -> BenchmarkResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
        process.arguments = ["measure", benchmark.rawValue, file, "--repetitions", String(repetitions ?? self.repetitions)]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw BenchmarkError("\(benchmark.rawValue) on \(file) failed with status \(process.terminationStatus)")
        }
        FileHandle.standardError.write(Data("measured \(benchmark.rawValue) on \((file as NSString).lastPathComponent)\n".utf8))
        return try JSONDecoder().decode(BenchmarkResult.self, from: output)
    }
}

/// The measurements of one region size.
struct Row {
    let size: Int
    let nodes: Int
    let yamlBytes: Int
    var parse: BenchmarkResult?
    var loadYAML: BenchmarkResult?
    var loadJSON: BenchmarkResult?
    var check: BenchmarkResult?
}

enum Report {
    static func table(rows: [Row], render: BenchmarkResult, renderNodes: Int, repetitions: Int) -> String {
        var lines = [
            "| N | nodes | YAML | bare libyaml parse | load YAML | load JSON | load / parse | check | peak RSS load | peak RSS load+check |",
            "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
        ]
        for row in rows {
            let ratio = (row.loadYAML?.median ?? .nan) / (row.parse?.median ?? .nan)
            lines.append(
                "| \(row.size) | \(row.nodes) | \(megabytes(row.yamlBytes)) | \(seconds(row.parse)) | \(seconds(row.loadYAML)) "
                    + "| \(seconds(row.loadJSON)) | \(String(format: "%.2f×", ratio)) | \(seconds(row.check)) "
                    + "| \(megabytes(row.loadYAML?.peakResidentBytes)) | \(megabytes(row.check?.peakResidentBytes)) |")
        }
        if let small = rows.first(where: { $0.size == 100 })?.check?.median, let large = rows.first(where: { $0.size == 1000 })?.check?.median {
            lines.append("")
            lines.append(String(format: "Check time N=1000 / N=100: %.1f× for 10× the model.", large / small))
        }
        let total = render.median
        let own = BenchmarkResult.median(render.ownSeconds ?? [])
        lines.append("")
        lines.append(
            String(
                format: "Render, SVG map (dot layout) of a region with %d drawn nodes (%@): %.3f s; Graphviz (parse, layout, SVG) %.3f s, "
                    + "ecograph (view, DOT text) %.4f s = %.1f %% of the total; peak RSS %@.",
                renderNodes, (render.file as NSString).lastPathComponent, total, total - own, own, own / total * 100,
                megabytes(render.peakResidentBytes)))
        lines.append("Median of \(repetitions) runs after a warm-up (render: \(render.seconds.count)); each case in its own process.")
        return lines.joined(separator: "\n")
    }

    /// The re-check after one changed file, with its stages and a fresh load and check for comparison.
    static func recheck(_ result: BenchmarkResult, files: Int) -> String {
        func stage(_ name: String) -> Double { BenchmarkResult.median(result.stageSeconds?[name] ?? []) }
        return String(
            format: "Re-check after one of %d files changed (incremental load: every file read and compared, one parsed, "
                + "graph assembled; then all rules): %.1f ms = load %.1f ms + rules %.1f ms; a fresh load and check: %.1f ms (%.1f×); peak RSS %@.",
            files, result.median * 1000, stage("load") * 1000, stage("rules") * 1000, stage("full") * 1000,
            stage("full") / result.median, megabytes(result.peakResidentBytes))
    }

    static func seconds(_ measurement: BenchmarkResult?) -> String {
        guard let value = measurement?.median else { return "–" }
        return value < 0.01 ? String(format: "%.2f ms", value * 1000) : String(format: "%.3f s", value)
    }

    static func megabytes(_ bytes: Int?) -> String {
        guard let bytes else { return "–" }
        return String(format: "%.1f MB", Double(bytes) / 1_000_000)
    }
}

/// `ecograph report` on a generated region, timed as a user runs it: the command as a process,
/// drawing its maps in Graphviz worker processes, as many at a time as there are processors.
struct AtlasTiming {
    let municipalities: Int
    let seconds: [Double]
    let maps: Int
    let files: Int
    let bytes: Int

    /// The `ecograph` binary beside this one (the same build directory).
    static func ecograph() -> URL? {
        guard let own = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") else { return nil }
        let binary = URL(fileURLWithPath: own).deletingLastPathComponent().appendingPathComponent("ecograph")
        return FileManager.default.isExecutableFile(atPath: binary.path) ? binary : nil
    }

    static func measure(ecograph: URL, model: String, municipalities: Int, runs: Int, warmUp: Bool, directory: String) throws -> AtlasTiming {
        let output = "\(directory)/atlas-\(municipalities)/atlas.html"
        try FileManager.default.createDirectory(atPath: (output as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        func run() throws -> Double {
            let process = Process()
            process.executableURL = ecograph
            process.arguments = ["report", model, "-o", output, "--lang", "de"]
            process.standardError = FileHandle.nullDevice
            let start = ContinuousClock.now
            try process.run()
            process.waitUntilExit()
            let elapsed = ContinuousClock.now - start
            guard process.terminationStatus == 0 else { throw BenchmarkError("ecograph report on \(model) failed with status \(process.terminationStatus)") }
            return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        }
        if warmUp { _ = try run() }
        let seconds = try (0..<runs).map { _ in try run() }
        var maps = 0, files = 0, bytes = 0
        let folder = (output as NSString).deletingPathExtension
        let pages = [output] + ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).map { "\(folder)/\($0)" }
        for page in pages {
            guard let data = FileManager.default.contents(atPath: page) else { continue }
            files += 1
            bytes += data.count
            maps += String(decoding: data, as: UTF8.self).components(separatedBy: "<svg").count - 1
        }
        return AtlasTiming(municipalities: municipalities, seconds: seconds, maps: maps, files: files, bytes: bytes)
    }

    static func table(_ timings: [AtlasTiming]) -> String {
        var lines = [
            "| atlas report | maps | files | size | time | per map |",
            "| ---: | ---: | ---: | ---: | ---: | ---: |",
        ]
        for timing in timings {
            let median = BenchmarkResult.median(timing.seconds)
            lines.append(
                "| region-\(timing.municipalities) | \(timing.maps) | \(timing.files) | \(Report.megabytes(timing.bytes)) "
                    + "| \(String(format: "%.1f s", median)) | \(String(format: "%.0f ms", median / Double(max(1, timing.maps)) * 1000)) |")
        }
        lines.append("'ecograph report' as a process, maps drawn \(ProcessInfo.processInfo.activeProcessorCount) at a time in Graphviz workers; "
            + "median of 3 runs after a warm-up for small regions, one run for large ones.")
        return lines.joined(separator: "\n")
    }
}
