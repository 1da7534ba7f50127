import EcographMessages
import Foundation

/// Why an output could not be written. ``description`` is the message for people.
public enum OutputFileError: Error, Sendable, CustomStringConvertible {
    /// Writing would replace a model, configuration or rule file that was read in this run
    /// (`input`), or put a model-like file into a model folder that was read (`folder`).
    case wouldOverwriteInput(output: String, input: String)
    case wouldWriteIntoModelFolder(output: String, folder: String)
    /// The reader of standard output (or of a pipe) has gone, e.g. `| head`.
    case brokenPipe
    /// The folder the file should go into does not exist.
    case missingFolder(output: String, folder: String)
    /// The output path is a directory.
    case isDirectory(output: String)
    /// The output path is a symbolic link to a file that does not exist.
    case danglingLink(output: String)
    /// The system refused: the reason as `strerror` gives it.
    case failed(output: String, reason: String)

    /// Whether the output was refused to protect an input (exit 2), rather than failing (exit 3).
    public var protectsInput: Bool {
        switch self {
        case .wouldOverwriteInput, .wouldWriteIntoModelFolder: return true
        default: return false
        }
    }

    /// What went wrong and what to do, in both languages.
    public var text: LocalizedText {
        switch self {
        case .wouldOverwriteInput(let output, let input): OutputMessage.wouldOverwriteInput(["output": output, "input": input])
        case .wouldWriteIntoModelFolder(let output, let folder): OutputMessage.wouldWriteIntoModelFolder(["output": output, "folder": folder])
        case .brokenPipe: OutputMessage.brokenPipe.text
        case .missingFolder(let output, let folder): OutputMessage.missingFolder(["output": output, "folder": folder])
        case .isDirectory(let output): OutputMessage.isDirectory(["output": output])
        case .danglingLink(let output): OutputMessage.danglingLink(["output": output])
        case .failed(let output, let reason): OutputMessage.failed(["output": output, "reason": reason])
        }
    }

    public var description: String { text.text(in: .en) }
}
