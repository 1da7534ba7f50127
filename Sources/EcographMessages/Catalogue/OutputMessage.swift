/// Why an output file or standard output could not be written.
public enum OutputMessage: String, MessageArea {
    public static let area = "output"

    case wouldOverwriteInput = "would-overwrite-input"
    case wouldWriteIntoModelFolder = "would-write-into-model-folder"
    case brokenPipe = "broken-pipe"
    case missingFolder = "missing-folder"
    case isDirectory = "is-directory"
    case danglingLink = "dangling-link"
    case failed = "failed"

    public var wording: Wording {
        switch self {
        case .wouldOverwriteInput:
            Wording(
                en: "'{output}' is the input file '{input}' that ecograph has just read; ecograph never overwrites a model, configuration or rule file. Give another file with -o.",
                de: "'{output}' ist die Eingabedatei '{input}', die ecograph gerade gelesen hat; ecograph überschreibt keine Modell-, Konfigurations- oder Regeldatei. Geben Sie mit -o eine andere Datei an.")
        case .wouldWriteIntoModelFolder:
            Wording(
                en: "'{output}' would go into the model folder '{folder}' and be read as a model file the next time it is loaded; write it to another folder or use another extension.",
                de: "'{output}' läge im Modellordner '{folder}' und würde beim nächsten Laden als Modelldatei gelesen; schreiben Sie die Ausgabe in einen anderen Ordner oder wählen Sie eine andere Endung.")
        case .brokenPipe:
            Wording(en: "the reader of the output has gone away", de: "der Leser der Ausgabe hat die Verbindung geschlossen")
        case .missingFolder:
            Wording(
                en: "cannot write '{output}': the folder '{folder}' does not exist; create it (mkdir -p) or choose another path.",
                de: "'{output}' kann nicht geschrieben werden: Der Ordner '{folder}' existiert nicht; legen Sie ihn an (mkdir -p) oder wählen Sie einen anderen Pfad.")
        case .isDirectory:
            Wording(
                en: "cannot write '{output}': it is a directory; give a file name.",
                de: "'{output}' kann nicht geschrieben werden: Es ist ein Ordner; geben Sie einen Dateinamen an.")
        case .danglingLink:
            Wording(
                en: "cannot write '{output}': it is a symbolic link to a file that does not exist; give the file itself or create the link's target.",
                de: "'{output}' kann nicht geschrieben werden: Es ist ein symbolischer Link auf eine Datei, die es nicht gibt; geben Sie die Datei selbst an oder legen Sie das Ziel des Links an.")
        case .failed:
            Wording(en: "cannot write '{output}': {reason}", de: "'{output}' kann nicht geschrieben werden: {reason}")
        }
    }
}
