import ArgumentParser
import EcographMessages
import EcographRules
import Foundation

/// The `ecograph` command line, as a library: the executable is one call to ``main(_:)``.
///
/// Exit codes: 0 success; 1 findings at or above the failure threshold (`check`); 2 invalid
/// input or usage; 3 an output could not be written.
public enum EcographCLI {
    /// Runs the command line with the given arguments (default: the process's) and exits.
    ///
    /// - Parameter extraRules: Compiled rules to run besides the built-in ones, e.g. from a
    ///   package of your own: `EcographCLI.main(extraRules: [ProjectNeedsStartRule.self])`.
    /// - Parameter sandbox: What runs WebAssembly rule plugins (`wasm:` in `.ecograph.yml`,
    ///   `--plugin x.wasm`): `WasmRulePlugin.init` from EcographWasm, which the `ecograph`
    ///   executable passes. Without it such a plugin fails as a rule, saying why; a package that
    ///   runs the CLI with rules of its own so need not build WasmKit.
    public static func main(
        _ arguments: [String]? = nil, extraRules: [any Rule.Type] = [], module: String = "custom",
        sandbox: (@Sendable (_ name: String, _ module: URL, _ limits: WasmLimits) -> any PluginTransport)? = nil
    ) -> Never {
        let arguments = arguments ?? Array(CommandLine.arguments.dropFirst())
        RuleCatalog.extraRules = extraRules.map { RegisteredRule($0, source: .swift(module: module)) }
        RuleCatalog.sandbox = sandbox
        // A reader that goes away (`| head`) gives EPIPE, which ends the command quietly with
        // status 3, instead of SIGPIPE killing it.
        signal(SIGPIPE, SIG_IGN)
        CommandLanguage.current = CommandLanguage.chosen(by: arguments, environment: ProcessInfo.processInfo.environment)
        do {
            var command = try EcographCommand.parseAsRoot(arguments)
            try command.run()
            exit(0)
        } catch let failure as CommandFailure {
            failure.report()
            exit(failure.status)
        } catch let code as ExitCode {
            exit(code.rawValue)
        } catch {
            let code = EcographCommand.exitCode(for: error)
            var message = EcographCommand.fullMessage(for: error)
            if code == .success {
                print(message)
                exit(0)
            }
            // Usage stays English, as `--help` does; the word before the problem follows --lang.
            if message.hasPrefix("Error: ") {
                message = CommandMessage.errorPrefix.text(in: CommandLanguage.current) + message.dropFirst("Error: ".count)
            }
            Terminal.standardError.write(message + "\n")
            // ArgumentParser's usage errors (64) and validation failures become our "invalid input".
            exit(code == .validationFailure || code.rawValue == 64 ? ExitStatus.invalidInput : code.rawValue)
        }
    }
}

/// The process exit statuses of `ecograph`.
public enum ExitStatus {
    public static let success: Int32 = 0
    /// `check` found findings at or above `--fail-on`.
    public static let findings: Int32 = 1
    /// The model or the command line is invalid.
    public static let invalidInput: Int32 = 2
    /// An output file could not be written.
    public static let outputFailed: Int32 = 3
    /// A rule could not run (a plugin crashed, timed out or answered nonsense).
    public static let ruleFailed: Int32 = 4
}
