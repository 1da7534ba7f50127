import ArgumentParser
import EcographRendering
import EcographMessages

/// The exit statuses as errors a command can throw.
enum ExitCodeError {
    static let invalidInput = ExitCode(ExitStatus.invalidInput)
    static let findings = ExitCode(ExitStatus.findings)
    static let outputFailed = ExitCode(ExitStatus.outputFailed)
    static let ruleFailed = ExitCode(ExitStatus.ruleFailed)

    /// Prints why a map could not be drawn and gives the exit status that says so: 2 for a view
    /// or size the user can change, 3 when Graphviz itself failed.
    static func reporting(_ error: RenderError) -> ExitCode {
        Notice.error(error.text)
        switch error {
        case .invalidView, .tooLarge: return invalidInput
        case .graphviz, .worker: return outputFailed
        }
    }
}
