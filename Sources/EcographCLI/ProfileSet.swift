import EcographCore
import EcographRules

/// The profiles a command reads models with (`profiles:` in `.ecograph.yml`, then `--profile`),
/// made into one metamodel once per process and shared by the model loader and the rule files.
enum ProfileSet {
    /// The profile files and their metamodel, once read.
    nonisolated(unsafe) private static var read: (files: [String], metamodel: Metamodel)?

    /// The profile files for a configuration file (or none) and the `--profile` options.
    static func files(configuration: String?, options: [String]) -> [String] {
        (configuration.map(ConfigurationLoader.profiles(declaredIn:)) ?? []) + options
    }

    /// The metamodel of these profile files; mistakes in them are thrown as
    /// ``CommandFailure/invalidModel(_:)`` (exit 2).
    static func metamodel(_ files: [String]) throws(CommandFailure) -> Metamodel {
        do {
            return try metamodelOrProblems(files)
        } catch {
            throw .invalidModel(error.diagnostics)
        }
    }

    /// The metamodel of these profile files, or their problems.
    static func metamodelOrProblems(_ files: [String]) throws(InvalidModel) -> Metamodel {
        if let read, read.files == files { return read.metamodel }
        for file in files { ProtectedInputs.shared.protect(file: file) }
        let metamodel = files.isEmpty ? Metamodel.builtIn : try Metamodel.builtIn.adding(profiles: files)
        read = (files, metamodel)
        return metamodel
    }

    /// The files of the metamodel last read; empty before any.
    static var current: [String] { read?.files ?? [] }
}
