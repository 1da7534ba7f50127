import Foundation

/// Runs the package's `ecograph` tool and collects what it prints.
enum EcographTool {
    struct Run {
        let status: Int32
        let output: Data
        let errors: String
    }

    /// `ecograph` ended with a non-zero status; SwiftPM shows the diagnostics already emitted.
    struct Failure: Error, CustomStringConvertible {
        let status: Int32
        var description: String { "ecograph exited with status \(status)" }
    }

    static func run(_ tool: URL, _ arguments: [String], in directory: URL) throws -> Run {
        let process = Process()
        process.executableURL = tool
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let errorData = ErrorCollector(errors.fileHandleForReading)
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: data, errors: errorData.text())
    }
}

/// Reads standard error on a thread of its own, so that neither pipe can fill up and block.
final class ErrorCollector: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    func text() -> String {
        done.wait()
        return String(decoding: data, as: UTF8.self)
    }
}
