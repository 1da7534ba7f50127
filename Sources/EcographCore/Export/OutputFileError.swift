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
    /// The system refused: the reason as `strerror` gives it.
    case failed(output: String, reason: String)

    /// Whether the output was refused to protect an input (exit 2), rather than failing (exit 3).
    public var protectsInput: Bool {
        switch self {
        case .wouldOverwriteInput, .wouldWriteIntoModelFolder: return true
        default: return false
        }
    }

    public var description: String { OutputTexts.describe(self, german: false) }

    /// The message in German (formal).
    public var germanDescription: String { OutputTexts.describe(self, german: true) }
}

/// The words of output errors, English and German, in one place.
enum OutputTexts {
    static func describe(_ error: OutputFileError, german: Bool) -> String {
        switch error {
        case .wouldOverwriteInput(let output, let input):
            return german
                ? "'\(output)' ist die Eingabedatei '\(input)', die ecograph gerade gelesen hat; ecograph überschreibt keine Modell-, Konfigurations- oder Regeldatei. Geben Sie mit -o eine andere Datei an."
                : "'\(output)' is the input file '\(input)' that ecograph has just read; ecograph never overwrites a model, configuration or rule file. Give another file with -o."
        case .wouldWriteIntoModelFolder(let output, let folder):
            return german
                ? "'\(output)' läge im Modellordner '\(folder)' und würde beim nächsten Laden als Modelldatei gelesen; schreiben Sie die Ausgabe in einen anderen Ordner oder wählen Sie eine andere Endung."
                : "'\(output)' would go into the model folder '\(folder)' and be read as a model file the next time it is loaded; write it to another folder or use another extension."
        case .brokenPipe:
            return german ? "der Leser der Ausgabe hat die Verbindung geschlossen" : "the reader of the output has gone away"
        case .missingFolder(let output, let folder):
            return german
                ? "'\(output)' kann nicht geschrieben werden: der Ordner '\(folder)' existiert nicht; legen Sie ihn an (mkdir -p) oder wählen Sie einen anderen Pfad."
                : "cannot write '\(output)': the folder '\(folder)' does not exist; create it (mkdir -p) or choose another path."
        case .isDirectory(let output):
            return german
                ? "'\(output)' kann nicht geschrieben werden: es ist ein Ordner; geben Sie einen Dateinamen an."
                : "cannot write '\(output)': it is a directory; give a file name."
        case .failed(let output, let reason):
            return german ? "'\(output)' kann nicht geschrieben werden: \(reason)" : "cannot write '\(output)': \(reason)"
        }
    }
}
