import ArgumentParser
import EcographMessages
import EcographCore
import EcographReports
import EcographRules
import Foundation

/// `ecograph check PATH...`: runs the responsibility-clarity rules.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Find unclear responsibility: run the rules and report their findings.",
        discussion: """
            The text output opens with the number of findings per rule, then lists errors, \
            warnings and info; each info rule lists at most 10 findings (--all lists every one, \
            --max-per-rule N at most N of each rule); JSON and SARIF always hold every finding. \
            Each finding reads FILE:LINE:COLUMN: severity: [rule-id] message, with a hint below. \
            Rules are configured in .ecograph.yml beside the model (or --config FILE); a node can \
            waive a rule with a reason: waive: [{ rule: RULE-ID, reason: "…" }].

            Exit status: 0 no finding at or above --fail-on; 1 there is one; 2 invalid model, \
            configuration or usage; 3 the output could not be written; 4 a rule could not run.

            Examples:
              ecograph check samples/musterstadt.yaml
              ecograph check samples/musterstadt.yaml --lang de --fail-on warning
              ecograph check samples/region --format sarif -o ecograph.sarif
              ecograph check model/ --format codequality -o gl-code-quality-report.json --fail-on never
              ecograph check model/ --format junit -o ecograph-junit.xml
              ecograph check model.yaml --format json | jq '.summary'
            """
    )

    @OptionGroup var model: ModelOptions

    @Option(help: "Output format: text, json, sarif, codequality (GitLab Code Quality) or junit (JUnit XML).")
    var format: OutputFormat = .text

    @Option(name: .customLong("fail-on"), help: "Exit 1 when a finding is at least this severe: error, warning, info, or never.")
    var failOn: FailureThreshold = .error

    @OptionGroup var ruleSet: RuleSetOptions

    @OptionGroup var language: LanguageOption
    var lang: Language { language.chosen }

    @Option(name: .shortAndLong, help: "Write the report to this file instead of standard output.")
    var output: String = "-"

    @Flag(help: "Text output: list every finding (by default each info rule lists at most 10).")
    var all = false

    @Option(name: .customLong("max-per-rule"), help: "Text output: list at most N findings of each rule, of every severity.")
    var maxPerRule: Int?

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json, sarif, codequality, junit
    }

    enum FailureThreshold: String, ExpressibleByArgument, CaseIterable {
        case error, warning, info, never
        var severity: Severity? { Severity(rawValue: rawValue) }
    }

    func validate() throws {
        if let maxPerRule, maxPerRule < 1 { throw usageProblem(CommandMessage.maxPerRuleTooSmall.text) }
        if all, maxPerRule != nil { throw usageProblem(CommandMessage.allAndMaxPerRule.text) }
    }

    func run() throws {
        let loaded = try model.load(config: ruleSet.config)
        let result = try RuleCatalog.check(loaded, ruleSet, modelPaths: model.paths)
        let data: Data
        switch format {
        case .text:
            let terminal = output == "-" ? Terminal.standardOutput : Terminal(fileDescriptor: -1)
            var limits = FindingsTextReport.defaultMaxPerRule
            if all { limits = [:] }
            if let maxPerRule { limits = Dictionary(uniqueKeysWithValues: Severity.allCases.map { ($0, maxPerRule) }) }
            let report = FindingsTextReport(language: lang, style: TextStyle(enabled: terminal.usesColor), maxPerRule: limits)
            data = Data(report.render(result).utf8)
        case .json:
            data = try FindingsJSONReport(language: lang).render(result)
        case .sarif:
            data = try SARIFReport(language: lang, toolVersion: EcographVersion.current).render(result)
        case .codequality:
            data = try CodeQualityReport(language: lang).render(result)
        case .junit:
            data = JUnitReport(language: lang).render(result)
        }
        try OutputFile.write(data, to: output)
        for failure in result.failures {
            Notice.error(CommandMessage.ruleCouldNotRun(["rule": failure.rule, "source": "\(failure.source)", "reason": failure.text]))
        }
        if !result.failures.isEmpty { throw ExitCodeError.ruleFailed }
        if result.fails(at: failOn.severity) { throw ExitCodeError.findings }
    }
}
