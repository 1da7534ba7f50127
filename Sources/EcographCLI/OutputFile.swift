import ArgumentParser
import EcographMessages
import EcographCore
import Foundation

/// Writes a command's output — a file, atomically, or standard output — turning failures into a
/// ``CommandFailure`` with its exit status: 2 when the output would replace an input (a model, configuration
/// or rule file, or a model folder's contents), 3 when it cannot be written. A reader that goes
/// away (`| head`) ends the command quietly with status 3.
enum OutputFile {
    static func write(_ data: Data, to path: String) throws {
        do {
            try AtomicFile.write(data, to: path)
        } catch {
            throw failure(for: error)
        }
    }

    /// Writes text to standard output.
    static func standardOutput(_ text: String) throws {
        try write(Data(text.utf8), to: "-")
    }

    /// What an output failure ends the command with: a closed pipe quietly with status 3, an
    /// output that would replace an input with 2, anything else with 3 — the last two saying why.
    static func failure(for error: OutputFileError) -> any Error {
        switch error {
        case .brokenPipe: return ExitCode(ExitStatus.outputFailed)
        case _ where error.protectsInput: return CommandFailure.invalidInput(error.text)
        default: return CommandFailure.outputFailed(error.text)
        }
    }
}
