import ArgumentParser
import EcographBenchmarks
import Foundation

/// `rule-forms`: one rule as a YAML rule file, as an executable plugin and as a sandboxed
/// WebAssembly module, timed on a generated region; printed as a Markdown table.
struct RuleFormsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rule-forms",
        abstract: "Time one rule as a rule file, an executable plugin and a sandboxed WebAssembly module.",
        discussion: """
            The rule is the C sample of samples/wasm ("a project under way names its start date"), built \
            from source by samples/wasm/build for wasm32 and for this machine; its rule-file twin is \
            samples/wasm/project-has-start-date.yml.

            Example:
              swift run -c release ecograph-benchmark rule-forms --size 1000
            """)

    @Option(help: "Municipalities of the generated region (54 nodes each).")
    var size: Int = 1000

    @Option(help: "Timed checks per form and round.")
    var repetitions: Int = 3

    @Option(help: "Rounds: each runs every form once, in turn, so that a ratio compares runs close in time.")
    var rounds: Int = 3

    @Option(help: "Where the region and the built rules are written; a temporary directory by default.")
    var workDirectory: String?

    @Flag(help: "Also print every measurement as JSON lines.")
    var json = false

    /// The repository this benchmark was built from, where samples/wasm lives.
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func run() throws {
        let directory = workDirectory ?? FileManager.default.temporaryDirectory
            .appendingPathComponent("ecograph-rule-forms-\(ProcessInfo.processInfo.processIdentifier)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { if workDirectory == nil { try? FileManager.default.removeItem(atPath: directory) } }

        let build = Process()
        build.executableURL = Self.repository.appendingPathComponent("samples/wasm/build")
        build.arguments = ["\(directory)/rules"]
        build.standardOutput = FileHandle.standardError
        try build.run()
        build.waitUntilExit()
        guard build.terminationStatus == 0 else { throw BenchmarkError("samples/wasm/build could not build the rules (see above)") }

        let model = "\(directory)/region-\(size).yaml"
        try Data(RegionGenerator(municipalities: size).yaml().utf8).write(to: URL(fileURLWithPath: model))
        let artifacts: [RuleForm: String] = [
            .ruleFile: Self.repository.appendingPathComponent("samples/wasm/project-has-start-date.yml").path,
            .executable: "\(directory)/rules/rule-c-native",
            .wasm: "\(directory)/rules/rule-c.wasm",
        ]
        var rounds: [[RuleFormResult]] = []
        for round in 1...max(1, self.rounds) {
            var results: [RuleFormResult] = []
            for form in RuleForm.allCases {
                let process = Process()
                process.executableURL = URL(fileURLWithPath: try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
                process.arguments = ["measure-rule", form.rawValue, model, artifacts[form]!, "--repetitions", String(repetitions)]
                let pipe = Pipe()
                process.standardOutput = pipe
                try process.run()
                let output = pipe.fileHandleForReading.readDataToEndOfFile()
                process.waitUntilExit()
                guard process.terminationStatus == 0 else { throw BenchmarkError("\(form.rawValue) failed with status \(process.terminationStatus)") }
                FileHandle.standardError.write(Data("measured \(form.rawValue) on region-\(size), round \(round)\n".utf8))
                results.append(try JSONDecoder().decode(RuleFormResult.self, from: output))
            }
            rounds.append(results)
        }
        if json {
            for result in rounds.joined() { print(String(decoding: try JSONEncoder().encode(result), as: UTF8.self)) }
        }
        print(Self.table(rounds, size: size, repetitions: repetitions))
    }

    /// One row per form: medians over the rounds' medians; the ratio to the rule file is taken
    /// within each round, then its median.
    static func table(_ rounds: [[RuleFormResult]], size: Int, repetitions: Int) -> String {
        let first = rounds[0]
        let request = first.compactMap(\.requestBytes).first.map { Report.megabytes($0) } ?? "–"
        var lines = [
            "| the rule on region-\(size) (\(first.first?.nodes ?? 0) nodes; request \(request)) | check, wall | check, CPU | CPU × rule file "
                + "| of which the plugin (wall / CPU) | fuel | the plugin's memory | peak RSS ecograph | findings |",
            "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
        ]
        let names: [RuleForm: String] = [
            .ruleFile: "YAML rule file", .executable: "executable plugin (C, native)", .wasm: "WebAssembly, sandboxed (C)",
        ]
        func median(_ values: [Double]) -> Double { BenchmarkResult.median(values) }
        for (index, form) in first.map(\.form).enumerated() {
            let runs = rounds.map { $0[index] }
            let ratio = median(rounds.map { round in round[index].cpuMedian / (round.first { $0.form == .ruleFile }?.cpuMedian ?? .nan) })
            let share = runs[0].exchangeSeconds == nil ? "–"
                : String(format: "%.3f s / %.3f s", median(runs.map { median($0.exchangeSeconds ?? []) }), median(runs.map { median($0.exchangeCPUSeconds ?? []) }))
            let memory = runs[0].moduleMemoryBytes ?? runs.compactMap(\.programPeakResidentBytes).max()
            lines.append(
                "| \(names[form]!) | \(String(format: "%.3f s", median(runs.map(\.median)))) | \(String(format: "%.3f s", median(runs.map(\.cpuMedian)))) "
                    + "| \(String(format: "%.1f×", ratio)) | \(share) | \(runs[0].fuel.map { String(format: "%.2f G", Double($0) / 1e9) } ?? "–") "
                    + "| \(memory.map { Report.megabytes($0) } ?? "–") | \(Report.megabytes(runs.map(\.peakResidentBytes).max())) | \(runs[0].findings) |")
        }
        lines.append("")
        lines.append(
            "\(rounds.count) rounds of every form in turn, each form in its own process, \(repetitions) checks each after a warm-up; medians. "
                + "The model's load is not timed. A plugin's check includes writing the request (the graph as JSON) and reading the findings; "
                + "'of which the plugin' is the exchange alone. CPU counts ecograph's process and the plugin program's. "
                + "The plugin's memory: the module's memory, or the program's peak RSS.")
        return lines.joined(separator: "\n")
    }
}

/// `measure-rule FORM MODEL ARTIFACT`: one form in this process; prints its measurement as JSON.
struct MeasureRuleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "measure-rule", abstract: "Time one form of the sample rule in this process; print JSON.", shouldDisplay: false)

    @Argument var form: String
    @Argument var model: String
    @Argument var artifact: String
    @Option var repetitions: Int = 5

    func run() throws {
        guard let ruleForm = RuleForm(rawValue: form) else {
            throw ValidationError("unknown form '\(form)'; one of \(RuleForm.allCases.map(\.rawValue))")
        }
        let result = try ruleForm.measure(model: model, artifact: artifact, repetitions: repetitions)
        FileHandle.standardOutput.write(try JSONEncoder().encode(result) + Data("\n".utf8))
    }
}
