import ArgumentParser
import EcographCore

/// The model paths every command takes, and loading with diagnostics on failure.
struct ModelOptions: ParsableArguments {
    @Argument(
        help: ArgumentHelp(
            "Model files (YAML or JSON) or directories; all are merged into one ecosystem.",
            valueName: "path"))
    var paths: [String]

    /// Loads the model; on invalid input prints every diagnostic to standard error and exits 2.
    func load() throws -> LoadedModel { try Self.load(paths) }

    /// Loads a model from paths; on invalid input prints every diagnostic and exits 2.
    static func load(_ paths: [String]) throws -> LoadedModel {
        do {
            let model = try ModelLoader().load(paths)
            DiagnosticPrinter.standardError.print(model.warnings)
            return model
        } catch {
            DiagnosticPrinter.standardError.print(error.diagnostics)
            DiagnosticPrinter.standardError.printCount(of: error.diagnostics)
            throw ExitCode(ExitStatus.invalidInput)
        }
    }
}
