import EcographCore
import EcographMessages

/// Prints diagnostics one a line, `FILE:LINE:COLUMN: error: MESSAGE; ADVICE`, coloured on a
/// terminal, in the command's language.
struct DiagnosticPrinter {
    let terminal: Terminal
    var language: Language { CommandLanguage.current }

    static let standardError = DiagnosticPrinter(terminal: .standardError)

    func print(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics {
            terminal.write(line(for: diagnostic) + "\n")
        }
    }

    func printCount(of diagnostics: [Diagnostic]) {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        var parts = [CommandMessage.errorCount.text(in: language, ["n": errors])]
        if warnings > 0 { parts.append(CommandMessage.warningCount.text(in: language, ["n": warnings])) }
        let line = CommandMessage.invalidModel.text(in: language, ["counts": parts.joined(separator: ", ")])
        terminal.write(terminal.styled(line, .bold) + "\n")
    }

    func line(for diagnostic: Diagnostic) -> String {
        let place = diagnostic.location.map { "\($0): " } ?? diagnostic.path.map { "\($0): " } ?? ""
        let severity = terminal.styled(
            diagnostic.severity.word(in: language) + ":", diagnostic.severity == .error ? .red : .yellow)
        let advice = diagnostic.advice(in: language).map { "; " + ControlCharacters.escaped($0) } ?? ""
        return terminal.styled(ControlCharacters.escaped(place), .bold) + severity + " " + ControlCharacters.escaped(diagnostic.message(in: language)) + advice
    }
}
