import EcographCore
import EcographMessages

/// A rule declared in a YAML rule file: the nodes it looks at, what must hold for each, and
/// the message when it does not.
public struct DeclarativeRule: Sendable {
    /// One requirement on a selected node.
    public enum Requirement: Sendable {
        case attribute(AttributeCondition)
        case edges(EdgeCondition)
    }

    public let description: RuleDescription
    public let select: NodeSelector
    public let requirements: [Requirement]
    /// The message, with `{id}`, `{name}`, `{kind}`, `{count}`, `{min}` and `{max}` filled in.
    public let message: LocalizedText
    public let hint: LocalizedText

    public init(description: RuleDescription, select: NodeSelector, requirements: [Requirement], message: LocalizedText, hint: LocalizedText) {
        self.description = description
        self.select = select
        self.requirements = requirements
        self.message = message
        self.hint = hint
    }

    /// Every selected node that fails a requirement, once per failed requirement.
    public func check(_ graph: EcosystemGraph) -> [Violation] {
        var violations: [Violation] = []
        for index in graph.nodes.indices where select.matches(index, in: graph) {
            for requirement in requirements {
                var values = ["id": graph.nodes[index].id, "name": graph.nodes[index].name]
                switch requirement {
                case .attribute(let condition):
                    if condition.holds(for: graph.nodes[index]) { continue }
                    values["attribute"] = condition.name
                case .edges(let condition):
                    let count = condition.count(for: index, in: graph)
                    if condition.accepts(count) { continue }
                    values["count"] = String(count)
                    values["min"] = condition.min.map(String.init) ?? "0"
                    values["max"] = condition.max.map(String.init) ?? "∞"
                }
                let kind = graph.nodes[index].kind
                violations.append(Violation(
                    subjects: [index], message: Self.fill(message, values, kind: kind), hint: Self.fill(hint, values, kind: kind)))
            }
        }
        return violations
    }

    /// Registers the rule with the engine, coming from `file`.
    public func registered(from file: String) -> RegisteredRule {
        RegisteredRule(description: description, source: .ruleFile(path: file)) { graph, _ in check(graph) }
    }

    /// A message of the file with `{id}`, `{name}`, `{kind}` (`project` / `Projekt`) … filled in
    /// each language.
    static func fill(_ text: LocalizedText, _ values: [String: String], kind: NodeKind) -> LocalizedText {
        var english = values, german = values
        english["kind"] = kind.noun(in: .en)
        german["kind"] = kind.noun(in: .de)
        return LocalizedText(en: fill(text.en, english), de: fill(text.de, german))
    }

    private static func fill(_ template: String, _ values: [String: String]) -> String {
        var result = template
        for (key, value) in values { result = result.replacingOccurrences(of: "{\(key)}", with: value) }
        return result
    }
}
