import EcographCore

/// A condition on one attribute of a node (`value`, `start`, `budget`, …).
public struct AttributeCondition: Sendable {
    /// What the attribute must be like.
    public enum Test: Sendable {
        /// Present and not empty.
        case present
        /// Missing or empty.
        case absent
        /// Present, and the pattern is found in it.
        case matches(RuleFilePattern)
        /// Present, and one of these words (compared without regard to case).
        case oneOf([String])
    }

    public let name: String
    public let test: Test

    public init(name: String, test: Test) {
        self.name = name
        self.test = test
    }

    /// Whether the node meets the condition.
    public func holds(for node: Node) -> Bool {
        let values = value(of: node)
        switch test {
        case .present: return !values.isEmpty
        case .absent: return values.isEmpty
        case .matches(let pattern): return !values.isEmpty && values.allSatisfy(pattern.matches)
        case .oneOf(let words):
            let allowed = Set(words.map { $0.lowercased() })
            return !values.isEmpty && values.allSatisfy { allowed.contains($0.lowercased()) }
        }
    }

    private func value(of node: Node) -> [String] {
        if name == "name" { return [node.name] }
        if name == "id" { return [node.id] }
        return (node.attributes[name]?.texts ?? []).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
    }
}
