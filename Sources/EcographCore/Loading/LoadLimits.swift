package import EcographSyntax

/// Bounds on what one model file can make the loader spend, whatever is in it.
///
/// A file of a few hundred bytes can ask for gigabytes through YAML aliases (each `*a` copies
/// the anchored node, and anchors can hold aliases to earlier anchors), and for a deep stack
/// through nesting. Both are cut off with an error at the place in the file that crossed the
/// limit. The command line sets them with `--max-alias-nodes` and `--max-depth`.
///
/// ```swift
/// var limits = LoadLimits()
/// limits.maxDepth = 20
/// let model = try ModelLoader(limits: limits).load(["model.yaml"])
/// ```
public struct LoadLimits: Sendable, Equatable {
    /// How many nodes all aliases of one file may copy together. Default 100,000: a model
    /// written with anchors for shared lists stays far below it.
    public var maxAliasNodes: Int = 100_000
    /// How deeply collections may nest (a model needs 4–6 levels). Default 100, at most
    /// ``maxDepthCeiling``.
    public var maxDepth: Int = 100

    /// The largest ``maxDepth`` the loader accepts: deeper nesting would risk the stack of the
    /// code that walks the document.
    public static let maxDepthCeiling = SyntaxLimits.maxDepthCeiling

    public init() {}

    /// The bounds as the syntax stage takes them.
    package var syntax: SyntaxLimits { SyntaxLimits(maxAliasNodes: maxAliasNodes, maxDepth: maxDepth) }
}
