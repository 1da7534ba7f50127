import ArgumentParser
import EcographCore

/// The model paths every command takes, the load limits, and loading with diagnostics on failure.
struct ModelOptions: ParsableArguments {
    @Argument(
        help: ArgumentHelp(
            "Model files (YAML or JSON) or directories; all are merged into one ecosystem.",
            valueName: "path"))
    var paths: [String]

    @OptionGroup var limits: LoadLimitOptions

    /// Loads the model; on invalid input prints every diagnostic to standard error and exits 2.
    func load() throws -> LoadedModel { try Self.load(paths, limits: limits.loadLimits) }

    /// Loads a model from paths; on invalid input prints every diagnostic and exits 2.
    static func load(_ paths: [String], limits: LoadLimits = LoadLimits()) throws -> LoadedModel {
        try report { () throws(InvalidModel) in try ModelLoader(limits: limits).load(paths) }
    }

    /// Loads model files given with their bytes (a git revision's), reporting as ``load(_:limits:)``.
    static func load(sources: [ModelSource], limits: LoadLimits = LoadLimits()) throws -> LoadedModel {
        try report { () throws(InvalidModel) in try ModelLoader(limits: limits).load(sources: sources) }
    }

    /// Prints a load's warnings, or its problems and their count (then exit 2).
    private static func report(_ load: () throws(InvalidModel) -> LoadedModel) throws -> LoadedModel {
        do {
            let model = try load()
            DiagnosticPrinter.standardError.print(model.warnings)
            return model
        } catch {
            DiagnosticPrinter.standardError.print(error.diagnostics)
            DiagnosticPrinter.standardError.printCount(of: error.diagnostics)
            throw ExitCode(ExitStatus.invalidInput)
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
