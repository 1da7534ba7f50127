import Synchronization
import ArgumentParser
import EcographCore
import EcographRules

/// The model paths every command takes, the load limits, and loading with diagnostics on failure.
struct ModelOptions: ParsableArguments {
    @Argument(
        help: ArgumentHelp(
            "Model files (YAML or JSON) or directories; all are merged into one ecosystem.",
            valueName: "path"))
    var paths: [String]

    @Option(
        name: .customLong("profile"),
        help: ArgumentHelp("A profile of your own kinds, keys and relations (repeatable); see docs/profiles.md.", valueName: "file"))
    var profiles: [String] = []

    @OptionGroup var limits: LoadLimitOptions

    /// Loads the model with the profiles of the configuration file (`--config`, else
    /// `.ecograph.yml` beside the model) and `--profile`; throws ``CommandFailure/invalidModel(_:)``
    /// with every diagnostic.
    func load(config: String? = nil) throws(CommandFailure) -> LoadedModel {
        try Self.load(paths, limits: limits.loadLimits, metamodel: metamodel(config: config))
    }

    /// The metamodel the model is read with: built in, extended by the profiles in use.
    func metamodel(config: String? = nil) throws(CommandFailure) -> Metamodel {
        let configuration = config ?? ConfigurationLoader.discover(besideModelPaths: paths)
        return try ProfileSet.metamodel(ProfileSet.files(configuration: configuration, options: profiles))
    }

    /// Loads a model from paths; throws ``CommandFailure/invalidModel(_:)`` with every diagnostic.
    static func load(_ paths: [String], limits: LoadLimits = LoadLimits(), metamodel: Metamodel = .builtIn) throws(CommandFailure) -> LoadedModel {
        try report { () throws(InvalidModel) in try ModelLoader(limits: limits, metamodel: metamodel).load(paths) }
    }

    /// Loads model files given with their bytes (a git revision's), reporting as ``load(_:limits:metamodel:)``.
    static func load(sources: [ModelSource], limits: LoadLimits = LoadLimits(), metamodel: Metamodel = .builtIn) throws(CommandFailure) -> LoadedModel {
        try report { () throws(InvalidModel) in try ModelLoader(limits: limits, metamodel: metamodel).load(sources: sources) }
    }

    /// Prints a load's warnings (the model is usable), or throws its problems.
    private static func report(_ load: () throws(InvalidModel) -> LoadedModel) throws(CommandFailure) -> LoadedModel {
        do {
            let model = try load()
            DiagnosticPrinter.standardError.print(model.warnings)
            LoadedModelKeeper.keep(model)
            return model
        } catch {
            throw .invalidModel(error.diagnostics)
        }
    }
}

/// `--max-alias-nodes` and `--max-depth`: what one model file may make ecograph spend.
struct LoadLimitOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "How many nodes the YAML aliases (*name) of one file may copy together.", valueName: "n"))
    var maxAliasNodes: Int = LoadLimits().maxAliasNodes

    @Option(help: ArgumentHelp(
        "How deeply the collections of a model file may nest (at most \(LoadLimits.maxDepthCeiling)).", valueName: "n"))
    var maxDepth: Int = LoadLimits().maxDepth

    func validate() throws {
        guard maxAliasNodes >= 0 else { throw ValidationError("--max-alias-nodes must be 0 or more") }
        guard (1...LoadLimits.maxDepthCeiling).contains(maxDepth) else {
            throw ValidationError("--max-depth must be between 1 and \(LoadLimits.maxDepthCeiling)")
        }
    }

    var loadLimits: LoadLimits {
        var limits = LoadLimits()
        limits.maxAliasNodes = maxAliasNodes
        limits.maxDepth = maxDepth
        return limits
    }
}

/// Holds the model a command loaded last until the process ends, so that it is not taken apart
/// node by node on the way out: for a national model (600,000 nodes) that took about 3 % of
/// `validate`, and the operating system frees a process's memory at once. A later load
/// replaces it (`serve`, `diff`), so at most one model is kept beyond its use.
enum LoadedModelKeeper {
    private static let slot = Mutex<LoadedModel?>(nil)

    static func keep(_ model: LoadedModel) {
        let previous = slot.withLock { slot in
            defer { slot = model }
            return slot
        }
        _ = previous  // freed here, outside the lock
    }
}
