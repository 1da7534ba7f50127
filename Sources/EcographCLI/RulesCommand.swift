import ArgumentParser
import EcographMessages
import EcographCore
import EcographReports
import EcographRules
import Foundation

/// `ecograph rules`: lists and explains the rules.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List the rules, or explain one.",
        discussion: """
            Examples:
              ecograph rules
              ecograph rules --format json
              ecograph rules explain unclear-ownership
              ecograph rules explain missing-lotse --lang de
            """,
        subcommands: [ListRulesCommand.self, ExplainRuleCommand.self],
        defaultSubcommand: ListRulesCommand.self
    )
}

/// `ecograph rules list`: id, default severity, source and summary of every rule.
struct ListRulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List every rule with its id, default severity, source and summary.",
        discussion: """
            Examples:
              ecograph rules list
              ecograph rules list --format markdown > docs/rules.md
            """
    )

    @Option(help: "Output format: text, json, or markdown (the rules reference page).")
    var format: RuleListFormat = .text

    @OptionGroup var language: LanguageOption
    var lang: Language { language.chosen }

    @OptionGroup var ruleSet: RuleSetOptions

    enum RuleListFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json, markdown
    }

    func run() throws {
        let registry = try RuleCatalog.load(ruleSet, modelPaths: ["."]).registry
        let catalog = RuleCatalogReport(rules: registry.rules, language: lang)
        switch format {
        case .text: try OutputFile.standardOutput(catalog.text())
        case .json: try OutputFile.write(try catalog.json(), to: "-")
        case .markdown: try OutputFile.standardOutput(catalog.markdown())
        }
    }
}

/// `ecograph rules explain ID`: what a rule finds, why, how to fix, options and examples.
struct ExplainRuleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain a rule: what it finds, why it matters, how to fix, and examples.",
        discussion: """
            Examples:
              ecograph rules explain cdo-bridge
              ecograph rules explain overloaded-actor --lang de
            """
    )

    @Argument(help: "The rule's id, as 'ecograph rules' lists it.")
    var id: String

    @OptionGroup var language: LanguageOption
    var lang: Language { language.chosen }

    @OptionGroup var ruleSet: RuleSetOptions

    func run() throws {
        let registry = try RuleCatalog.load(ruleSet, modelPaths: ["."]).registry
        guard let rule = registry.rule(id: id) else {
            let advice = Suggestion.advice(id, in: registry.ids) ?? CommandMessage.ruleIdsListed.text
            throw CommandFailure.invalidInput(CommandMessage.unknownRule(["id": id, "advice": advice]))
        }
        try OutputFile.standardOutput(RuleCatalogReport(rules: [rule], language: lang).explanation(of: rule))
    }
}
