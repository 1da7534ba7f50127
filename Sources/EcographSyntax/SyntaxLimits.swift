/// Bounds on what one YAML or JSON text can make the syntax stage spend: how deeply collections
/// may nest and how many nodes aliases may copy. Beyond either, parsing stops with an error at
/// the place that crossed it. `EcographCore`'s `LoadLimits` is the public face of these bounds.
package struct SyntaxLimits: Sendable, Equatable {
    /// How many nodes all aliases of one text may copy together.
    package var maxAliasNodes: Int
    /// How deeply collections may nest, at most ``maxDepthCeiling``.
    package var maxDepth: Int

    /// The deepest nesting ever accepted: deeper would risk the stack of code walking a document.
    package static let maxDepthCeiling = 1_000

    package init(maxAliasNodes: Int = 100_000, maxDepth: Int = 100) {
        self.maxAliasNodes = maxAliasNodes
        self.maxDepth = maxDepth
    }

    /// The limits with ``maxDepth`` clamped to 1…``maxDepthCeiling`` and ``maxAliasNodes`` to 0 or more.
    package var clamped: SyntaxLimits {
        SyntaxLimits(maxAliasNodes: max(maxAliasNodes, 0), maxDepth: min(max(maxDepth, 1), Self.maxDepthCeiling))
    }
}
