import EcographMessages

/// The rules for node ids, for tools that create them (importers, generators).
public enum Identifier {
    /// Whether the model accepts `id` as a node id.
    public static func isValid(_ id: String) -> Bool { IdentifierRules.problem(with: id) == nil }

    /// What is wrong with `id`, or `nil` when it is fine.
    public static func problem(with id: String) -> LocalizedText? { IdentifierRules.problem(with: id) }
}
