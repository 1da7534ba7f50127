import EcographMessages
/// Everything there is to know about a rule without running it: what `ecograph rules` lists and
/// `ecograph rules explain ID` prints.
public struct RuleDescription: Sendable {
    /// The stable id, part of the public interface (`unclear-ownership`).
    public let id: String
    /// A short title.
    public let name: LocalizedText
    /// One sentence: what the rule finds.
    public let summary: LocalizedText
    /// Why it matters for the ecosystem.
    public let rationale: LocalizedText
    /// How to fix a finding.
    public let fix: LocalizedText
    /// The severity unless configured otherwise.
    public let defaultSeverity: Severity
    /// The options the rule takes in `.ecograph.yml`.
    public let options: [RuleOption]
    /// Small models in which the rule must find something.
    public let triggeringExamples: [String]
    /// Small models in which the rule must find nothing.
    public let nonTriggeringExamples: [String]

    public init(
        id: String, name: LocalizedText, summary: LocalizedText, rationale: LocalizedText, fix: LocalizedText,
        defaultSeverity: Severity, options: [RuleOption] = [],
        triggeringExamples: [String] = [], nonTriggeringExamples: [String] = []
    ) {
        self.id = id
        self.name = name
        self.summary = summary
        self.rationale = rationale
        self.fix = fix
        self.defaultSeverity = defaultSeverity
        self.options = options
        self.triggeringExamples = triggeringExamples
        self.nonTriggeringExamples = nonTriggeringExamples
    }

    /// A description whose rationale and fix are written in one language only (a rule of your
    /// own): both languages show that text.
    public init(
        id: String, name: LocalizedText, summary: LocalizedText, rationale: String, fix: String,
        defaultSeverity: Severity, options: [RuleOption] = [],
        triggeringExamples: [String] = [], nonTriggeringExamples: [String] = []
    ) {
        self.init(
            id: id, name: name, summary: summary, rationale: LocalizedText(rationale), fix: LocalizedText(fix),
            defaultSeverity: defaultSeverity, options: options,
            triggeringExamples: triggeringExamples, nonTriggeringExamples: nonTriggeringExamples)
    }
}

/// An option of a rule, set in `.ecograph.yml` under the rule's id.
public struct RuleOption: Sendable {
    /// The option's key (`max-projects`).
    public let name: String
    /// What it controls.
    public let summary: LocalizedText
    /// Its value when not configured.
    public let defaultValue: RuleOptionValue

    public init(name: String, summary: LocalizedText, defaultValue: RuleOptionValue) {
        self.name = name
        self.summary = summary
        self.defaultValue = defaultValue
    }

    /// An option described in one language only.
    public init(name: String, summary: String, defaultValue: RuleOptionValue) {
        self.init(name: name, summary: LocalizedText(summary), defaultValue: defaultValue)
    }
}

/// The value of a rule option.
public enum RuleOptionValue: Hashable, Sendable, CustomStringConvertible {
    case integer(Int)
    case text(String)
    case flag(Bool)

    public var description: String {
        switch self {
        case .integer(let value): return String(value)
        case .text(let value): return value
        case .flag(let value): return String(value)
        }
    }

    /// What kind of value this is, for messages: `"a whole number"`.
    var kindDescription: LocalizedText {
        switch self {
        case .integer: return LocalizedText(en: "a whole number", de: "eine ganze Zahl")
        case .text: return LocalizedText(en: "text", de: "Text")
        case .flag: return LocalizedText(en: "true or false", de: "true oder false")
        }
    }
}

/// The options a rule runs with: the configured values over the defaults.
public struct RuleOptions: Sendable {
    private let values: [String: RuleOptionValue]

    public init(_ values: [String: RuleOptionValue] = [:]) { self.values = values }

    /// The options of a description with their defaults, overridden by `configured`.
    public init(defaultsOf description: RuleDescription, configured: [String: RuleOptionValue] = [:]) {
        var values: [String: RuleOptionValue] = [:]
        for option in description.options { values[option.name] = option.defaultValue }
        values.merge(configured) { $1 }
        self.values = values
    }

    public func integer(_ name: String) -> Int? {
        if case .integer(let value)? = values[name] { return value }
        return nil
    }

    public func text(_ name: String) -> String? {
        if case .text(let value)? = values[name] { return value }
        return nil
    }

    public func flag(_ name: String) -> Bool? {
        if case .flag(let value)? = values[name] { return value }
        return nil
    }

    /// All values, for plugins that receive them as JSON.
    public var all: [String: RuleOptionValue] { values }
}
