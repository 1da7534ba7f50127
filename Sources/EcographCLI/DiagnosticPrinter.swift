import EcographCore

/// Prints diagnostics one a line, `FILE:LINE:COLUMN: error: MESSAGE; ADVICE`, coloured on a terminal.
struct DiagnosticPrinter {
    let terminal: Terminal

    static let standardError = DiagnosticPrinter(terminal: .standardError)

    func print(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics {
            terminal.write(line(for: diagnostic) + "\n")
        }
    }

    func printCount(of diagnostics: [Diagnostic]) {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        var parts = ["\(errors) \(errors == 1 ? "error" : "errors")"]
        if warnings > 0 { parts.append("\(warnings) \(warnings == 1 ? "warning" : "warnings")") }
        terminal.write(terminal.styled("invalid model: " + parts.joined(separator: ", "), .bold) + "\n")
    }

    func line(for diagnostic: Diagnostic) -> String {
        let place = diagnostic.location.map { "\($0): " } ?? diagnostic.path.map { "\($0): " } ?? ""
        let severity = terminal.styled(
            diagnostic.severity.rawValue + ":", diagnostic.severity == .error ? .red : .yellow)
        let advice = diagnostic.advice.map { "; " + ControlCharacters.escaped($0) } ?? ""
        return terminal.styled(ControlCharacters.escaped(place), .bold) + severity + " " + ControlCharacters.escaped(diagnostic.message) + advice
    }
}
