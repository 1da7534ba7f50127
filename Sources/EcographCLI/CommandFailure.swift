import EcographCore
import EcographMessages
import EcographRendering

/// Why a command stops early, as a value: commands and their helpers (loading a model, reading
/// the rules, drawing a map) throw it instead of printing and exiting from deep inside, and
/// ``EcographCLI/main(_:extraRules:module:sandbox:)`` renders it once — to standard error, in
/// the command's language — and exits with its ``status``.
enum CommandFailure: Error {
    /// A model that cannot be loaded: its diagnostics, then how many there are; exit 2.
    case invalidModel([Diagnostic])
    /// Problems in a rule file, the configuration or a waiver, each with its place; exit 2.
    case invalidRules([Diagnostic])
    /// One problem the command itself found (`ecograph: error: TEXT`), and the exit status.
    case problem(LocalizedText, status: Int32)
    /// A map that could not be drawn: 2 for a view or size the user can change, 3 when Graphviz
    /// itself failed.
    case render(RenderError)

    /// A problem with what the user gave (a path, an option's value, an existing output): exit 2.
    static func invalidInput(_ text: LocalizedText) -> CommandFailure { .problem(text, status: ExitStatus.invalidInput) }

    /// An output that cannot be written where it was asked for: exit 3.
    static func outputFailed(_ text: LocalizedText) -> CommandFailure { .problem(text, status: ExitStatus.outputFailed) }

    /// The process exit status.
    var status: Int32 {
        switch self {
        case .invalidModel, .invalidRules: return ExitStatus.invalidInput
        case .problem(_, let status): return status
        case .render(.invalidView), .render(.tooLarge): return ExitStatus.invalidInput
        case .render(.graphviz), .render(.worker): return ExitStatus.outputFailed
        }
    }

    /// Writes the failure to standard error.
    func report() {
        switch self {
        case .invalidModel(let diagnostics):
            DiagnosticPrinter.standardError.print(diagnostics)
            DiagnosticPrinter.standardError.printCount(of: diagnostics)
        case .invalidRules(let diagnostics):
            DiagnosticPrinter.standardError.print(diagnostics)
        case .problem(let text, _):
            Notice.error(text)
        case .render(let error):
            Notice.error(error.text)
        }
    }
}
