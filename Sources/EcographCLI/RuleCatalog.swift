import EcographCore
import EcographRules

/// The rules the command line knows: the built-in ones plus those a host program adds through
/// ``EcographCLI/main(_:extraRules:module:)``, with the configuration that applies.
enum RuleCatalog {
    /// Set once by `EcographCLI.main` before any command runs.
    nonisolated(unsafe) static var extraRules: [RegisteredRule] = []

    /// The registry of built-in and extra rules; an id clash is invalid input.
    static func registry() throws -> RuleRegistry {
        var registry = RuleRegistry.builtIn
        for rule in extraRules {
            do {
                try registry.register(rule)
            } catch {
                Terminal.standardError.write("ecograph: error: \(error)\n")
                throw ExitCodeError.invalidInput
            }
        }
        return registry
    }

    /// The configuration for a check: `--config FILE`, or `.ecograph.yml` beside the model.
    static func configuration(explicit: String?, modelPaths: [String], registry: RuleRegistry) throws -> RuleConfiguration {
        guard let file = explicit ?? ConfigurationLoader.discover(besideModelPaths: modelPaths) else { return .defaults }
        do {
            return try ConfigurationLoader(registry: registry).load(file: file)
        } catch {
            DiagnosticPrinter.standardError.print(error.diagnostics)
            throw ExitCodeError.invalidInput
        }
    }
}
