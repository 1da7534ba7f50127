import ArgumentParser
import EcographMessages
import EcographCore
import EcographReports
import EcographRules
import Foundation

/// `ecograph diff OLD NEW`: what changed between two versions of a model.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "What changed between two versions of a model: nodes, responsibilities, statuses, findings.",
        discussion: """
            OLD and NEW are model files, directories, or REV:PATH for a version in git (read with \
            'git show'; PATH relative to the repository's top). The findings of both versions are \
            compared with the rules and configuration of NEW.

            Examples:
              ecograph diff model-oktober.yaml model.yaml
              ecograph diff HEAD~1:samples/musterstadt.yaml samples/musterstadt.yaml --lang de
              ecograph diff main:region region --format md -o aenderungen.md
            """
    )

    @Argument(help: "The old version: file, directory or REV:PATH.")
    var old: String

    @Argument(help: "The new version: file, directory or REV:PATH.")
    var new: String

    @Option(help: "text, json or md.")
    var format: Format = .text

    @OptionGroup var language: LanguageOption
    var lang: Language { language.chosen }

    @OptionGroup var ruleSet: RuleSetOptions

    @OptionGroup var limits: LoadLimitOptions

    @Option(
        name: .customLong("profile"),
        help: ArgumentHelp("A profile of your own kinds, keys and relations (repeatable); see docs/profiles.md.", valueName: "file"))
    var profiles: [String] = []

    @Option(name: .shortAndLong, help: "Output file; '-' for standard output.")
    var output: String = "-"

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, md
    }

    func run() throws {
        // Both versions are read with the profiles of the new one's configuration and --profile.
        let newPaths = [new]
        let modelPaths = GitRevision.isRevisionPath(new) ? ["."] : newPaths
        let configuration = ruleSet.config ?? ConfigurationLoader.discover(besideModelPaths: modelPaths)
        let metamodel = try ProfileSet.metamodel(ProfileSet.files(configuration: configuration, options: profiles))
        func load(_ argument: String) throws -> LoadedModel {
            guard GitRevision.isRevisionPath(argument) else {
                return try ModelOptions.load([argument], limits: limits.loadLimits, metamodel: metamodel)
            }
            let revision: GitRevision
            do {
                revision = try GitRevision(argument)
            } catch let error as GitRevision.GitError {
                throw CommandFailure.invalidInput(error.message)
            } catch {
                throw CommandFailure.invalidInput(LocalizedText("\(error)"))
            }
            return try ModelOptions.load(sources: revision.sources, limits: limits.loadLimits, metamodel: metamodel)
        }
        let oldModel = try load(old)
        let newModel = try load(new)
        let (registry, ruleConfiguration) = try RuleCatalog.load(ruleSet, modelPaths: modelPaths)
        let engine = RuleEngine(registry: registry, configuration: ruleConfiguration)
        let oldFindings: [Finding], newFindings: [Finding]
        do {
            oldFindings = try engine.check(oldModel).findings
            newFindings = try engine.check(newModel).findings
        } catch {
            throw CommandFailure.invalidRules(error.diagnostics)
        }
        let diff = ModelDiff(old: oldModel.graph, new: newModel.graph, oldFindings: oldFindings, newFindings: newFindings)
        let report = ModelDiffReport(diff: diff, language: lang)
        let data: Data
        switch format {
        case .text: data = Data(report.text().utf8)
        case .md: data = Data(report.markdown(title: CommandMessage.diffTitle.text(in: lang, ["old": old, "new": new])).utf8)
        case .json: data = try report.json()
        }
        try OutputFile.write(data, to: output)
    }
}
