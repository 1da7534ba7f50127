import EcographCore
import Foundation

/// Which nodes a rule-file rule looks at, or which neighbours an edge condition counts:
///
/// ```yaml
/// select:
///   kind: project                 # one kind or a list
///   status: [starting, running]   # projects only; German words work too
///   type: lotse                   # the node's type (role, system, format types)
///   id: "^bs-"                    # a regular expression on the id
///   attributes:
///     budget: present             # present | absent | { matches: REGEX } | { one-of: [..] }
///   has:                          # edge conditions the node must meet, as in `require`
///     - { edges: in-system, direction: out, to: { kind: system, type: administration } }
/// ```
///
/// Every criterion given must hold; a selector without criteria matches every node.
public struct NodeSelector: Sendable {
    public var kinds: Set<NodeKind>?
    public var types: Set<String>?
    public var statuses: Set<ProjectStatus>?
    public var idPattern: RuleFilePattern?
    public var attributes: [AttributeCondition] = []
    public var has: [EdgeCondition] = []

    public init() {}

    /// Whether the node at `index` is selected.
    public func matches(_ index: Int, in graph: EcosystemGraph) -> Bool {
        let node = graph.nodes[index]
        if let kinds, !kinds.contains(node.kind) { return false }
        if let types, !(node.type.map(types.contains) ?? false) { return false }
        if let statuses, !(node.status.map(statuses.contains) ?? false) { return false }
        if let idPattern, !idPattern.matches(node.id) { return false }
        if attributes.contains(where: { !$0.holds(for: node) }) { return false }
        return has.allSatisfy { $0.holds(for: index, in: graph) }
    }
}

/// A regular expression from a rule file, searched anywhere in a text (anchor it with `^…$`).
public struct RuleFilePattern: @unchecked Sendable {
    /// The pattern as written.
    public let source: String
    private let expression: NSRegularExpression

    /// `nil` if the pattern is not a valid regular expression.
    public init?(_ source: String) {
        guard let expression = try? NSRegularExpression(pattern: source) else { return nil }
        self.source = source
        self.expression = expression
    }

    public func matches(_ text: String) -> Bool {
        expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }
}
