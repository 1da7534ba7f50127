import EcographCore
import EcographRules

/// What a workspace reads on every change: the model checked by its rules, or why it cannot be.
public enum WorkspaceReading: Sendable {
    /// The model loaded and its rules ran.
    case checked(LoadedModel, CheckResult)
    /// The model, its configuration or a rule file is invalid: every problem, with its place.
    case invalid([Diagnostic])
}

/// Where a ``Workspace`` gets its model from: the paths to watch and how to read and check them.
///
/// The command line passes a source that loads the model and runs the rules of its
/// configuration; a test may pass any function.
public struct WorkspaceSource: Sendable {
    /// The model's files and directories as the user named them; directories are watched for new files.
    public let paths: [String]
    /// Reads and checks the model; also returns every file it read (model, configuration, rule
    /// files), which are then watched too.
    public let read: @Sendable () -> (reading: WorkspaceReading, files: [String])

    public init(paths: [String], read: @escaping @Sendable () -> (reading: WorkspaceReading, files: [String])) {
        self.paths = paths
        self.read = read
    }
}
