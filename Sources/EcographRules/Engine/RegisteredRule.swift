import EcographCore

/// Where a rule comes from, shown by `ecograph rules`.
public enum RuleSource: Hashable, Sendable, CustomStringConvertible {
    /// Shipped with ecograph.
    case builtIn
    /// Compiled into a program that runs ecograph's CLI with extra rules.
    case swift(module: String)
    /// Declared in a YAML rule file.
    case ruleFile(path: String)
    /// Answered by a plugin: a program, or a sandboxed WebAssembly module (named as configured).
    case plugin(executable: String)

    public var description: String {
        switch self {
        case .builtIn: return "built-in"
        case .swift(let module): return "swift:\(module)"
        case .ruleFile(let path): return "rule-file:\(path)"
        case .plugin(let executable): return "plugin:\(executable)"
        }
    }
}

/// A rule as the engine runs it, whatever its origin: its description, its source and how to
/// check a graph with given options. Built-in and custom rules alike are registered as this.
public struct RegisteredRule: Sendable {
    public let description: RuleDescription
    public let source: RuleSource
    private let run: @Sendable (EcosystemGraph, RuleOptions) throws -> [Violation]

    /// Registers a compiled rule type.
    public init<R: Rule>(_ rule: R.Type, source: RuleSource = .builtIn) {
        description = R.description
        self.source = source
        run = { graph, options in R(options: options).check(graph) }
    }

    /// Registers a rule given by a description and a check function (rule files, plugins).
    /// The check may throw when the rule cannot run; the engine reports that as a rule failure.
    public init(
        description: RuleDescription, source: RuleSource,
        check: @escaping @Sendable (EcosystemGraph, RuleOptions) throws -> [Violation]
    ) {
        self.description = description
        self.source = source
        run = check
    }

    /// Runs the rule.
    /// Whether the rule computes in this process (built in, a Swift module, a rule file), so
    /// that it may run beside others; plugins run in processes or sandboxes of their own.
    var runsInProcess: Bool {
        if case .plugin = source { return false }
        return true
    }

    public func check(_ graph: EcosystemGraph, options: RuleOptions) throws -> [Violation] {
        try run(graph, options)
    }
}
