import EcographCore

/// How a check is configured: which rules run, at which severity, with which options.
///
/// Read from `.ecograph.yml` beside the model (or `--config FILE`):
///
/// ```yaml
/// rules:
///   orphan-node: off            # do not run this rule
///   vacant-role: info           # run it with another severity
///   overloaded-actor:
///     severity: error
///     max-projects: 4           # a rule option
/// ```
public struct RuleConfiguration: Sendable {
    /// The configuration of one rule.
    public struct Setting: Sendable {
        /// Whether the rule runs.
        public var enabled: Bool = true
        /// The severity instead of the rule's default.
        public var severity: Severity?
        /// Option values instead of the defaults.
        public var options: [String: RuleOptionValue] = [:]

        public init(enabled: Bool = true, severity: Severity? = nil, options: [String: RuleOptionValue] = [:]) {
            self.enabled = enabled
            self.severity = severity
            self.options = options
        }
    }

    /// Settings by rule id; rules not named run with their defaults.
    public var settings: [String: Setting]
    /// The file the configuration was read from, if any.
    public var file: String?

    public init(settings: [String: Setting] = [:], file: String? = nil) {
        self.settings = settings
        self.file = file
    }

    /// The configuration with every rule at its defaults.
    public static let defaults = RuleConfiguration()

    /// The setting of a rule.
    public func setting(for id: String) -> Setting { settings[id] ?? Setting() }

    /// The severity a rule runs with.
    public func severity(of rule: RuleDescription) -> Severity { setting(for: rule.id).severity ?? rule.defaultSeverity }

    /// The options a rule runs with.
    public func options(of rule: RuleDescription) -> RuleOptions {
        RuleOptions(defaultsOf: rule, configured: setting(for: rule.id).options)
    }

    /// The configuration file name looked up beside a model.
    public static let fileName = ".ecograph.yml"
}
