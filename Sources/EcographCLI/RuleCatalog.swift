import ArgumentParser
import EcographCore
import EcographMessages
import EcographRules
import Foundation

/// The rules the command line knows: the built-in ones, those a host program adds through
/// ``EcographCLI/main(_:extraRules:module:)``, and those of rule files, with the configuration
/// that applies.
enum RuleCatalog {
    /// Set once by `EcographCLI.main` before any command runs.
    nonisolated(unsafe) static var extraRules: [RegisteredRule] = []
    /// What runs WebAssembly plugins, set once by `EcographCLI.main`; `nil` in a program built
    /// without EcographWasm.
    nonisolated(unsafe) static var sandbox: (@Sendable (String, URL, WasmLimits) -> any PluginTransport)?

    /// The registry and configuration for the given options and model paths; problems with a
    /// rule file or the configuration are thrown as ``CommandFailure/invalidRules(_:)``.
    static func load(_ options: RuleSetOptions, modelPaths: [String]) throws(CommandFailure) -> (registry: RuleRegistry, configuration: RuleConfiguration) {
        do {
            return try prepare(options, modelPaths: modelPaths)
        } catch {
            throw .invalidRules(error.diagnostics)
        }
    }

    /// Checks a loaded model with the rules and configuration of the options; problems with them
    /// or a waiver of an unknown rule are thrown as ``CommandFailure/invalidRules(_:)``.
    static func check(_ model: LoadedModel, _ options: RuleSetOptions, modelPaths: [String]) throws(CommandFailure) -> CheckResult {
        defer { printPluginWarnings() }
        do {
            return try checked(model, options, modelPaths: modelPaths)
        } catch {
            throw .invalidRules(error.diagnostics)
        }
    }

    /// Checks a loaded model with the rules and configuration of the options; every problem with a
    /// rule file, the configuration or a waiver comes back as the error's diagnostics.
    static func checked(_ model: LoadedModel, _ options: RuleSetOptions, modelPaths: [String]) throws(InvalidModel) -> CheckResult {
        let (registry, configuration) = try prepare(options, modelPaths: modelPaths)
        return try RuleEngine(registry: registry, configuration: configuration).check(model)
    }

    /// The files the rules are read from besides the model: the configuration and the rule files
    /// it and the options name.
    static func files(_ options: RuleSetOptions, modelPaths: [String]) -> [String] {
        let configFile = options.config ?? ConfigurationLoader.discover(besideModelPaths: modelPaths)
        let ruleFiles = (configFile.map(ConfigurationLoader.ruleFiles(declaredIn:)) ?? []) + options.ruleFiles
        return (configFile.map { [$0] } ?? []) + ProfileSet.current + ruleFiles
    }

    /// The registry and configuration for the given options and model paths; problems with a rule
    /// file or the configuration come back as the error's diagnostics.
    static func prepare(_ options: RuleSetOptions, modelPaths: [String]) throws(InvalidModel) -> (registry: RuleRegistry, configuration: RuleConfiguration) {
        let configFile = options.config ?? ConfigurationLoader.discover(besideModelPaths: modelPaths)
        if let configFile { ProtectedInputs.shared.protect(file: configFile) }
        defer { printPluginWarnings() }
        let ruleFiles = (configFile.map(ConfigurationLoader.ruleFiles(declaredIn:)) ?? []) + options.ruleFiles
        var registry = RuleRegistry.builtIn
        var problems: [Diagnostic] = []
        // The profiles the model was read with; without a model (`rules`), the configuration's.
        let profiles = ProfileSet.current.isEmpty ? ProfileSet.files(configuration: configFile, options: []) : ProfileSet.current
        let metamodel = try ProfileSet.metamodelOrProblems(profiles)
        func register(_ rule: RegisteredRule) {
            do {
                try registry.register(rule)
            } catch {
                problems.append(Diagnostic(.error, error.text))
            }
        }
        extraRules.forEach(register)
        let plugins = (configFile.map(ConfigurationLoader.plugins(declaredIn:)) ?? []) + options.plugins.map(PluginDeclaration.commandLine)
        for plugin in plugins {
            switch plugin {
            case .executable(let program):
                ProtectedInputs.shared.protect(file: program.executable.path)
                program.registeredRules().forEach(register)
            case .wasm(let name, let module, let limits):
                (sandbox?(name, module, limits) ?? NoSandbox(name: name)).registeredRules().forEach(register)
            }
        }
        for (file, isProfile) in profiles.map({ ($0, true) }) + ruleFiles.map({ ($0, false) }) {
            do {
                try RuleFileLoader(metamodel: metamodel).load(file: file, isProfile: isProfile).forEach { register($0.registered(from: file)) }
            } catch {
                problems += error.diagnostics
            }
        }
        guard problems.isEmpty else { throw InvalidModel(diagnostics: problems) }
        guard let configFile else { return (registry, .defaults) }
        return (registry, try ConfigurationLoader(registry: registry).load(file: configFile))
    }
}

extension RuleCatalog {
    /// Prints the warnings plugins have given since the last time.
    static func printPluginWarnings() {
        for warning in PluginWarnings.shared.drain() { Notice.warning(warning) }
    }
}

/// Stands in for a WebAssembly plugin in a program built without the sandbox: its rule fails.
private struct NoSandbox: PluginTransport {
    let name: String

    func exchange(_ request: Data, asking what: String) throws(PluginError) -> PluginReply {
        throw failure(PluginMessage.noSandbox.text)
    }
}
