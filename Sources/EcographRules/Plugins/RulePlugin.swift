import EcographCore
import Foundation
import EcographMessages

/// An executable rule plugin: a program in any language that answers `describe` with its rules
/// and `check` with findings, over JSON on standard input and output (``PluginProtocol``).
///
/// Faults stay inside the plugin: a plugin that cannot start, crashes, exits non-zero, runs
/// past its timeout, floods its output, replies with invalid JSON or names unknown nodes makes
/// its rules fail with a ``PluginError``, which the engine reports as a rule failure while the
/// other rules run on. The conversation itself (``PluginTransport/describe()``,
/// ``PluginTransport/check(_:rule:options:)``) is the one every kind of plugin shares.
public struct RulePlugin: PluginTransport {
    /// The program, as configured (`./plugins/check-budget.py`).
    public let name: String
    /// The program's path, resolved.
    public let executable: URL
    /// Further arguments passed to the program.
    public let arguments: [String]
    /// Seconds a request may take.
    public let timeout: TimeInterval

    public init(name: String, executable: URL, arguments: [String] = [], timeout: TimeInterval = 30) {
        self.name = name
        self.executable = executable
        self.arguments = arguments
        self.timeout = timeout
    }

    /// Runs the program once with the request on its standard input and returns what it printed,
    /// turning every way the run can go wrong into an error.
    public func exchange(_ request: Data, asking what: String) throws(PluginError) -> PluginReply {
        var process = ChildProcess(executable: executable, arguments: arguments)
        process.timeout = timeout
        process.outputLimit = PluginProtocol.replyLimit
        let outcome: ChildProcess.Outcome
        do {
            outcome = try process.run(input: request)
        } catch {
            throw fault(PluginMessage.cannotStart(["program": error.executable, "reason": error.reasonText]))
        }
        let stderr = outcome.errorTail
        if outcome.timedOut {
            throw fault(PluginMessage.timedOut(["request": what, "seconds": Self.seconds(timeout)]), stderr: stderr)
        }
        if outcome.flooded {
            throw fault(PluginMessage.flooded(["request": what, "megabytes": PluginProtocol.replyLimit >> 20]), stderr: stderr)
        }
        if outcome.signalled { throw fault(PluginMessage.crashed(["request": what, "signal": "\(outcome.status)"]), stderr: stderr) }
        if outcome.status != 0 { throw fault(PluginMessage.exited(["request": what, "status": "\(outcome.status)"]), stderr: stderr) }
        return PluginReply(output: outcome.output, log: stderr)
    }

    private func fault(_ message: LocalizedText, stderr: String = "") -> PluginError {
        failure(message, log: stderr)
    }

    /// A timeout as people write it: `30`, `0.5` / `0,5`.
    public static func seconds(_ value: TimeInterval) -> LocalizedText {
        let english = String(format: "%g", value)
        return LocalizedText(en: english, de: english.replacingOccurrences(of: ".", with: ","))
    }
}
