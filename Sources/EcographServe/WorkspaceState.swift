import EcographCore
import EcographRules

/// A model that loaded and was checked: what the page shows, and what maps are drawn from.
public struct CheckedModel: Sendable {
    public let graph: EcosystemGraph
    public let result: CheckResult
    public let warnings: [Diagnostic]
    /// A hash of the contents of every file read (model, configuration, rules): maps are cached under it.
    public let contentHash: String
}

/// What the workspace knows at one moment.
public struct WorkspaceState: Sendable {
    /// Counts the changes the page has been told about.
    public let version: Int
    /// The last model that loaded; `nil` until one did.
    public let model: CheckedModel?
    /// Why the files as they are now do not load; empty when ``model`` is current.
    public let problems: [Diagnostic]

    /// Whether the files as they are now are shown (not an older, valid state).
    public var isCurrent: Bool { problems.isEmpty && model != nil }
}
