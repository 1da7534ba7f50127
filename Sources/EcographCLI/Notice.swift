import ArgumentParser
import EcographCore
import EcographMessages

/// Lines the command line prints to standard error about itself, `ecograph: error: …`, in the
/// command's language. Control characters from the user's input are escaped.
enum Notice {
    static func error(_ text: LocalizedText) { write(.errorLabel, text) }
    static func warning(_ text: LocalizedText) { write(.warningLabel, text) }
    static func note(_ text: LocalizedText) { write(.noteLabel, text) }

    /// `ecograph: TEXT`, without a label.
    static func plain(_ text: LocalizedText) {
        Terminal.standardError.write("ecograph: \(ControlCharacters.escaped(text.text(in: CommandLanguage.current)))\n")
    }

    private static func write(_ label: CommandMessage, _ text: LocalizedText) {
        let language = CommandLanguage.current
        Terminal.standardError.write("ecograph: \(label.text(in: language)): \(ControlCharacters.escaped(text.text(in: language)))\n")
    }
}

/// A usage problem found after parsing (`--depth -1`), in the command's language.
func usageProblem(_ text: LocalizedText) -> ValidationError {
    ValidationError(text.text(in: CommandLanguage.current))
}
