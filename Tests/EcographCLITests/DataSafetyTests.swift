import Foundation
import Testing

/// ecograph never replaces its inputs, and every output failure is a message and exit 3, never
/// a crash or a silent loss (issue 11, items 1, 4 and 10).
@Suite("Data safety: inputs are never overwritten, outputs fail cleanly")
struct DataSafetyTests {
    static let minimal = (try? String(contentsOf: CommandRunner.repository.appendingPathComponent("samples/minimal.yaml"), encoding: .utf8)) ?? ""

    @Test(
        "an output that is the model itself is refused with exit 2 and the model stays as it was",
        arguments: [
            ["check", "s.yaml", "--format", "json", "-o", "s.yaml"],
            ["render", "s.yaml", "--format", "svg", "-o", "s.yaml"],
            ["report", "s.yaml", "-o", "s.yaml"],
            ["export", "s.yaml", "--format", "json", "-o", "s.yaml"],
            ["portfolio", "s.yaml", "--format", "json", "-o", "s.yaml"],
            ["matrix", "s.yaml", "--format", "csv", "-o", "s.yaml"],
            ["export", "s.yaml", "-o", "./link.yaml"],
            ["export", "s.yaml", "-o", "hard.yaml"],
        ])
    func modelIsNotOverwritten(arguments: [String]) throws {
        let scratch = ScratchDirectory()
        let model = scratch.write(Self.minimal, to: "s.yaml")
        symlink(model, scratch.url.appendingPathComponent("link.yaml").path)
        link(model, scratch.url.appendingPathComponent("hard.yaml").path)
        let result = try CommandRunner.run(arguments, in: scratch.url)
        #expect(result.status == 2, "\(result.standardError)")
        #expect(result.standardError.contains("never overwrites a model, configuration or rule file"), "\(result.standardError)")
        #expect(try String(contentsOfFile: model, encoding: .utf8) == Self.minimal)
        #expect(try CommandRunner.run(["validate", "s.yaml"], in: scratch.url).status == 0)
    }

    @Test("a configuration or rule file is not overwritten either")
    func configurationIsNotOverwritten() throws {
        let scratch = ScratchDirectory()
        scratch.write(Self.minimal, to: "s.yaml")
        let configuration = "rules:\n  orphan-node: off\n"
        scratch.write(configuration, to: ".ecograph.yml")
        let result = try CommandRunner.run(["check", "s.yaml", "--format", "json", "-o", ".ecograph.yml"], in: scratch.url)
        #expect(result.status == 2, "\(result.standardError)")
        #expect(try String(contentsOf: scratch.url.appendingPathComponent(".ecograph.yml"), encoding: .utf8) == configuration)
    }

    @Test("a JSON or YAML output written into a model folder is refused; the folder still loads")
    func modelFolderStaysLoadable() throws {
        let scratch = ScratchDirectory()
        scratch.write(Self.minimal, to: "dir/model.yaml")
        let refused = try CommandRunner.run(["export", "dir", "--format", "json", "-o", "dir/graph.json"], in: scratch.url)
        #expect(refused.status == 2, "\(refused.standardError)")
        #expect(refused.standardError.contains("model folder 'dir'"), "\(refused.standardError)")
        #expect(!FileManager.default.fileExists(atPath: scratch.url.appendingPathComponent("dir/graph.json").path))
        #expect(try CommandRunner.run(["validate", "dir"], in: scratch.url).status == 0)
        // A map beside the model is fine: it is not read as a model.
        let map = try CommandRunner.run(["render", "dir", "-o", "dir/map.svg"], in: scratch.url)
        #expect(map.status == 0, "\(map.standardError)")
    }

    @Test("replacing an output keeps its permissions")
    func outputKeepsMode() throws {
        let scratch = ScratchDirectory()
        let output = scratch.write("old", to: "graph.json")
        chmod(output, 0o640)
        let result = try CommandRunner.run(["export", "samples/minimal.yaml", "-o", output])
        #expect(result.status == 0, "\(result.standardError)")
        let mode = try FileManager.default.attributesOfItem(atPath: output)[.posixPermissions] as? Int
        #expect(mode == 0o640)
    }

    @Test("a symbolic link at -o stays a link; the file it points to is replaced")
    func symlinkIsFollowed() throws {
        let scratch = ScratchDirectory()
        let target = scratch.write("old", to: "real/graph.json")
        let linkPath = scratch.url.appendingPathComponent("graph.json").path
        symlink(target, linkPath)
        let result = try CommandRunner.run(["export", "samples/minimal.yaml", "-o", linkPath])
        #expect(result.status == 0, "\(result.standardError)")
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: linkPath)) == target)
        #expect(try String(contentsOfFile: target, encoding: .utf8).contains("\"nodes\""))
    }

    @Test("-o into a missing folder names the folder")
    func missingFolderIsNamed() throws {
        let scratch = ScratchDirectory()
        let result = try CommandRunner.run(["export", "samples/minimal.yaml", "-o", scratch.url.path + "/missing/graph.json"])
        #expect(result.status == 3)
        #expect(result.standardError.contains("the folder '\(scratch.url.path)/missing' does not exist"), "\(result.standardError)")
    }

    @Test(
        "output to a full device exits 3 with a message, not a crash or a silent 0",
        arguments: [
            ["check", "samples/musterstadt.yaml"],
            ["validate", "samples/minimal.yaml"],
            ["validate", "samples/minimal.yaml", "--format", "json"],
            ["rules"],
            ["rules", "--format", "json"],
            ["export", "samples/minimal.yaml"],
        ])
    func fullDevice(arguments: [String]) throws {
        let result = try Self.run(arguments, output: .full)
        #expect(result.status == 3, "\(result.standardError)")
        #expect(result.standardError.contains("No space left on device"), "\(result.standardError)")
        #expect(!result.standardError.contains("Fatal error"))
    }

    @Test(
        "a reader that goes away (| head) ends the command quietly with exit 3",
        arguments: [
            (["render", "samples/musterstadt.yaml", "-o", "-", "--format", "svg"], 0),
            (["report", "samples/musterstadt.yaml", "-o", "-"], 10),
            (["export", "samples/region"], 0),
            (["rules", "--format", "markdown"], 0),
            (["validate", "samples/minimal.yaml"], 0),
        ])
    func closedPipe(arguments: [String], readFirst: Int) throws {
        // Closed after reading some bytes (`| head -c 10`), or at once (what fits into the pipe's
        // buffer would otherwise be written before the reader goes).
        let result = try Self.run(arguments, output: .closedAfter(readFirst))
        #expect(result.status == 3, "\(result.standardError)")
        #expect(!result.standardError.contains("Fatal error"))
        #expect(!result.standardError.contains("error:"), "\(result.standardError)")
    }

    enum Output {
        case full
        case closedAfter(Int)
    }

    /// Runs ecograph with standard output on `/dev/full` or on a pipe closed after some bytes.
    static func run(_ arguments: [String], output: Output) throws -> CommandRunner.Result {
        let process = Process()
        process.executableURL = CommandRunner.executable
        process.arguments = arguments
        process.currentDirectoryURL = CommandRunner.repository
        process.environment = ProcessInfo.processInfo.environment.merging(["NO_COLOR": "1"]) { $1 }
        let error = Pipe()
        process.standardError = error
        process.standardInput = FileHandle.nullDevice
        let pipe = Pipe()
        switch output {
        case .full: process.standardOutput = FileHandle(forWritingAtPath: "/dev/full")
        case .closedAfter: process.standardOutput = pipe
        }
        try process.run()
        if case .closedAfter(let count) = output {
            if count > 0 { _ = try pipe.fileHandleForReading.read(upToCount: count) }
            try pipe.fileHandleForReading.close()
        }
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CommandRunner.Result(
            status: process.terminationStatus, standardOutput: "", standardError: String(decoding: errorData, as: UTF8.self))
    }
}
