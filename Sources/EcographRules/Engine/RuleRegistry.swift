import EcographMessages
/// The rules a check can run: the built-in ones and any a user adds.
///
/// ```swift
/// var registry = RuleRegistry.builtIn
/// try registry.register(ProjectNeedsStartRule.self, source: .swift(module: "MyRules"))
/// ```
public struct RuleRegistry: Sendable {
    /// The registered rules, in registration order.
    public private(set) var rules: [RegisteredRule] = []

    public init() {}

    /// A registry with the built-in rules.
    public static var builtIn: RuleRegistry {
        var registry = RuleRegistry()
        for rule in BuiltInRules.all {
            // Built-in ids are unique; a test guards it.
            try? registry.register(rule, source: .builtIn)
        }
        return registry
    }

    /// Adds a compiled rule. Throws ``RuleIdClash`` if its id is taken.
    public mutating func register<R: Rule>(_ rule: R.Type, source: RuleSource) throws(RuleIdClash) {
        try register(RegisteredRule(rule, source: source))
    }

    /// Adds a rule of any origin. Throws ``RuleIdClash`` if its id is taken.
    public mutating func register(_ rule: RegisteredRule) throws(RuleIdClash) {
        if let existing = self.rule(id: rule.description.id) {
            throw RuleIdClash(id: rule.description.id, existing: existing.source, new: rule.source)
        }
        rules.append(rule)
    }

    /// The rule with an id.
    public func rule(id: String) -> RegisteredRule? { rules.first { $0.description.id == id } }

    /// All rule ids.
    public var ids: [String] { rules.map(\.description.id) }
}

/// Two rules with the same id.
public struct RuleIdClash: Error, Sendable, CustomStringConvertible {
    public let id: String
    public let existing: RuleSource
    public let new: RuleSource

    /// The clash in English and German.
    public var text: LocalizedText {
        RuleFileMessage.idClash(["id": id, "new": new.description, "existing": existing.description])
    }

    public var description: String {
        text.en
    }
}
