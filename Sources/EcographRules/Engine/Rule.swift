import EcographCore
import EcographMessages

/// A responsibility-clarity check over an ecosystem graph.
///
/// To write a rule, copy one of the built-in rule files (e.g. `VacantRoleRule.swift`): give it a
/// static ``description`` with an id, examples that must and must not trigger it, and a
/// ``check(_:)`` that returns a ``Violation`` per problem. Register it in
/// ``BuiltInRules/all`` or pass it to ``RuleRegistry/register(_:source:)``.
///
/// ```swift
/// struct ProjectNeedsStartRule: Rule {
///     static let description = RuleDescription(
///         id: "project-needs-start", name: LocalizedText("Project needs a start date"),
///         summary: LocalizedText(en: "A running project without a start date.", de: "…"),
///         rationale: "…", fix: "Add 'start:'.", defaultSeverity: .warning)
///     init(options: RuleOptions) {}
///     func check(_ graph: EcosystemGraph) -> [Violation] {
///         graph.nodes(of: .project).compactMap { project in
///             graph.nodes[project][attribute: "start"] == nil ? Violation(…) : nil
///         }
///     }
/// }
/// ```
public protocol Rule: Sendable {
    /// The rule's id, texts, default severity, options and examples.
    static var description: RuleDescription { get }
    /// Creates the rule with its options (defaults overridden by `.ecograph.yml`).
    init(options: RuleOptions)
    /// Returns one violation per problem found, in any order.
    func check(_ graph: EcosystemGraph) -> [Violation]
}
