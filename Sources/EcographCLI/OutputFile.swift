import ArgumentParser
import EcographMessages
import EcographCore
import Foundation

/// Writes a command's output atomically, turning failures into a message and exit status 3.
enum OutputFile {
    static func write(_ data: Data, to path: String) throws {
        do {
            try AtomicFile.write(data, to: path)
        } catch {
            Notice.error(CommandMessage.cannotWrite(["path": path, "reason": error.localizedDescription]))
            throw ExitCode(ExitStatus.outputFailed)
        }
    }
}
