import ArgumentParser
import EcographMessages
import EcographCore
import Foundation

/// Writes a command's output — a file, atomically, or standard output — turning failures into a
/// message and an exit status: 2 when the output would replace an input (a model, configuration
/// or rule file, or a model folder's contents), 3 when it cannot be written. A reader that goes
/// away (`| head`) ends the command quietly with status 3.
enum OutputFile {
    static func write(_ data: Data, to path: String) throws {
        do {
            try AtomicFile.write(data, to: path)
        } catch {
            throw exitCode(reporting: error)
        }
    }

    /// Writes text to standard output.
    static func standardOutput(_ text: String) throws {
        try write(Data(text.utf8), to: "-")
    }

    /// Prints why an output failed (nothing for a closed pipe) and gives the exit status.
    static func exitCode(reporting error: OutputFileError) -> ExitCode {
        switch error {
        case .brokenPipe:
            return ExitCode(ExitStatus.outputFailed)
        case _ where error.protectsInput:
            Notice.error(error.text)
            return ExitCode(ExitStatus.invalidInput)
        default:
            Notice.error(error.text)
            return ExitCode(ExitStatus.outputFailed)
        }
    }
}
