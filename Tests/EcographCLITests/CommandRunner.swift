import Foundation
import Testing

/// Runs the built `ecograph` executable as a separate process, as a user or CI would.
struct CommandRunner {
    struct Result {
        let status: Int32
        let standardOutput: String
        let standardError: String
    }

    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `ecograph` binary beside the test bundle (the same build directory), or the one
    /// `ECOGRAPH_TEST_EXECUTABLE` names — to run the tests against an older build and see that
    /// a regression test fails there.
    static let executable: URL = {
        if let chosen = ProcessInfo.processInfo.environment["ECOGRAPH_TEST_EXECUTABLE"], !chosen.isEmpty {
            return URL(fileURLWithPath: chosen)
        }
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            Bundle.main.bundleURL,
            Bundle.main.bundleURL.deletingLastPathComponent(),
        ]
        for directory in candidates {
            let binary = directory.appendingPathComponent("ecograph")
            if FileManager.default.isExecutableFile(atPath: binary.path) { return binary }
        }
        return repository.appendingPathComponent(".build/debug/ecograph")
    }()

    /// `/usr/bin/env`, to run other programs (`swift`, `python3`) found on `PATH`.
    static let environmentTool = URL(fileURLWithPath: "/usr/bin/env")

    /// Runs `ecograph ARGUMENTS` in `directory` (default: the repository) with an environment
    /// without colour and in English unless `environment` says otherwise (`ECOGRAPH_LANG`), and
    /// returns its exit status and output; `input` is its standard input (else none).
    static func run(
        _ arguments: [String], in directory: URL = repository, environment extra: [String: String] = [:],
        using program: URL = executable, input: Data? = nil
    ) throws -> Result {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment["ECOGRAPH_LANG"] = "en"
        environment.merge(extra) { $1 }
        process.environment = environment
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        let inputPipe = input.map { _ in Pipe() }
        process.standardInput = inputPipe ?? FileHandle.nullDevice
        try process.run()
        if let inputPipe, let input {
            // A process that exits before reading all its input must not kill the tests with SIGPIPE.
            signal(SIGPIPE, SIG_IGN)
            // Written from another thread, so that a process that does not read all of it cannot block the test.
            let writer = inputPipe.fileHandleForWriting
            DispatchQueue.global().async {
                try? writer.write(contentsOf: input)
                try? writer.close()
            }
        }
        // Read both pipes while the process runs, so a full pipe cannot block it.
        nonisolated(unsafe) var errorData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errorData = error.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            standardOutput: String(decoding: outputData, as: UTF8.self),
            standardError: String(decoding: errorData, as: UTF8.self))
    }
}

/// A temporary directory for files a test writes, removed afterwards.
final class ScratchDirectory {
    let url: URL

    init() {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("ecograph-cli-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    @discardableResult
    func write(_ text: String, to name: String) -> String {
        let file = url.appendingPathComponent(name)
        try! FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try! Data(text.utf8).write(to: file)
        return file.path
    }
}
