import ArgumentParser
import EcographMessages

/// The exit statuses as errors a command can throw.
enum ExitCodeError {
    static let invalidInput = ExitCode(ExitStatus.invalidInput)
    static let findings = ExitCode(ExitStatus.findings)
    static let outputFailed = ExitCode(ExitStatus.outputFailed)
    static let ruleFailed = ExitCode(ExitStatus.ruleFailed)
}
