import Dispatch
import EcographCore

/// Runs rules over a loaded model and collects their findings, applying the configuration
/// (enabled rules, severities, options) and the model's waivers.
///
/// ```swift
/// let model = try ModelLoader().load(["samples/musterstadt.yaml"])
/// let result = try RuleEngine(registry: .builtIn).check(model)
/// for finding in result.findings { print(finding.location, finding.message.en) }
/// ```
public struct RuleEngine: Sendable {
    public let registry: RuleRegistry
    public let configuration: RuleConfiguration

    public init(registry: RuleRegistry = .builtIn, configuration: RuleConfiguration = .defaults) {
        self.registry = registry
        self.configuration = configuration
    }

    /// The rules that run under the configuration, in registration order.
    public var enabledRules: [RegisteredRule] {
        registry.rules.filter { configuration.setting(for: $0.description.id).enabled }
    }

    /// Checks a model.
    ///
    /// - Throws: ``InvalidModel`` when a waiver names a rule that does not exist.
    public func check(_ model: LoadedModel) throws(InvalidModel) -> CheckResult {
        let graph = model.graph
        try validateWaivers(in: graph)
        let fallbackLocation = SourceLocation(file: model.files.first ?? "", line: 1, column: 1)

        var findings: [Finding] = []
        var waived: [WaivedFinding] = []
        var failures: [RuleFailure] = []
        let rules = enabledRules
        let outcomes = run(rules, on: graph)
        for (rule, outcome) in zip(rules, outcomes) {
            let description = rule.description
            let violations: [Violation]
            do {
                violations = try outcome.get()
            } catch {
                failures.append(RuleFailure(
                    rule: description.id, source: rule.source,
                    text: (error as? PluginError)?.text ?? LocalizedText("\(error)")))
                continue
            }
            let severity = configuration.severity(of: description)
            for violation in violations {
                let finding = Finding(
                    rule: description.id, severity: severity,
                    subjects: violation.subjects.map { graph.nodes[$0].id },
                    message: violation.message, hint: violation.hint,
                    location: violation.subjects.first.map { graph.nodes[$0].location } ?? fallbackLocation)
                if let waiver = violation.subjects.lazy
                    .compactMap({ graph.nodes[$0].waivers.first { $0.rule == description.id } }).first {
                    waived.append(WaivedFinding(finding: finding, waiver: waiver))
                } else {
                    findings.append(finding)
                }
            }
        }
        findings.sort(by: Finding.canonicalOrder)
        waived.sort { Finding.canonicalOrder($0.finding, $1.finding) }
        return CheckResult(
            ecosystem: graph.name, files: model.files, findings: findings, waived: waived,
            rules: enabledRules.map(\.description), failures: failures)
    }

    /// Every rule's violations, or why it failed, in the rules' order. Rules that compute in
    /// this process — built in, Swift modules, rule files — run side by side on the processors
    /// (the graph is immutable); plugins, which start processes or sandboxes with deadlines of
    /// their own, run one after another.
    private func run(_ rules: [RegisteredRule], on graph: EcosystemGraph) -> [Result<[Violation], any Error>] {
        let outcomes = UnsafeMutablePointer<Result<[Violation], any Error>>.allocate(capacity: rules.count)
        defer { outcomes.deallocate() }
        let inProcess = rules.indices.filter { rules[$0].runsInProcess }
        nonisolated(unsafe) let slots = outcomes
        let configuration = configuration
        DispatchQueue.concurrentPerform(iterations: inProcess.count) { position in
            let rule = rules[inProcess[position]]
            (slots + inProcess[position]).initialize(to: Result { try rule.check(graph, options: configuration.options(of: rule.description)) })
        }
        for index in rules.indices where !rules[index].runsInProcess {
            (outcomes + index).initialize(to: Result { try rules[index].check(graph, options: configuration.options(of: rules[index].description)) })
        }
        return (0..<rules.count).map { (outcomes + $0).move() }
    }

    private func validateWaivers(in graph: EcosystemGraph) throws(InvalidModel) {
        var problems: [Diagnostic] = []
        for node in graph.nodes {
            for waiver in node.waivers where registry.rule(id: waiver.rule) == nil {
                problems.append(Diagnostic(
                    .error, ConfigurationMessage.waiverUnknownRule(["kind": node.kind.localizedNoun, "id": node.id, "rule": waiver.rule]),
                    advice: Suggestion.advice(waiver.rule, in: registry.ids) ?? CommandMessage.ruleIdsListed.text,
                    at: waiver.location))
            }
        }
        if !problems.isEmpty { throw InvalidModel(diagnostics: problems) }
    }
}

/// A rule that could not run (a plugin that crashed, timed out or answered nonsense).
public struct RuleFailure: Hashable, Sendable {
    public let rule: String
    public let source: RuleSource
    /// Why it could not run, in English and German.
    public let text: LocalizedText

    public init(rule: String, source: RuleSource, text: LocalizedText) {
        self.rule = rule
        self.source = source
        self.text = text
    }

    /// Why it could not run, in English.
    public var message: String { text.en }

    /// Why it could not run, in a language.
    public func message(in language: Language) -> String { text.text(in: language) }
}

/// The outcome of a check.
public struct CheckResult: Sendable {
    /// The ecosystem's name.
    public let ecosystem: String
    /// The model files checked.
    public let files: [String]
    /// Findings that count, in canonical order (severity, rule, subject).
    public let findings: [Finding]
    /// Findings the model waives, in the same order.
    public let waived: [WaivedFinding]
    /// The rules that ran.
    public let rules: [RuleDescription]
    /// Rules that could not run.
    public let failures: [RuleFailure]

    /// How many findings there are of a severity.
    public func count(of severity: Severity) -> Int { findings.filter { $0.severity == severity }.count }

    /// The same result with only the findings `isIncluded` keeps — e.g. those about one
    /// municipality of a region — under another ecosystem name.
    public func keeping(ecosystem: String, _ isIncluded: (Finding) -> Bool) -> CheckResult {
        CheckResult(
            ecosystem: ecosystem, files: files, findings: findings.filter(isIncluded),
            waived: waived.filter { isIncluded($0.finding) }, rules: rules, failures: failures)
    }

    /// Whether any finding is at least as serious as the threshold (`nil`: never).
    public func fails(at threshold: Severity?) -> Bool {
        guard let threshold else { return false }
        return findings.contains { $0.severity.isAtLeast(threshold) }
    }
}
