import Foundation

/// A drawn map and what Graphviz warned about while drawing it.
public struct RenderedMap: Sendable {
    /// The drawing, in the format asked for.
    public let data: Data
    /// Graphviz's warnings, one line each.
    public let warnings: [String]

    public init(data: Data, warnings: [String]) {
        self.data = data
        self.warnings = warnings
    }
}
