/// Thrown when a model cannot be loaded: carries every problem found, in file order.
public struct InvalidModel: Error, Sendable, CustomStringConvertible {
    /// All diagnostics, errors and warnings, sorted by place.
    public let diagnostics: [Diagnostic]

    public init(diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics.sorted(by: Diagnostic.byPlace)
    }

    /// The errors among the diagnostics.
    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
