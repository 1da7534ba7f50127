import ArgumentParser
import EcographMessages
import EcographRules
import Foundation

/// `ecograph init [DIR]`: writes a commented starter model and a `.ecograph.yml`.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a commented starter model and .ecograph.yml to begin with.",
        discussion: """
            Three systems, a CDO advising the chief executive, one field with its Lotse, one \
            project with accountable, responsible, consulted and informed parties. Existing files \
            are not overwritten unless --force is given.

            Examples:
              ecograph init --lang de
              ecograph init my-town
            """
    )

    @Argument(help: "The directory to write into (created if missing).")
    var directory: String = "."

    @OptionGroup var language: LanguageOption
    var lang: Language { language.chosen }

    @Flag(help: "Overwrite existing files.")
    var force = false

    func run() throws {
        let files = [
            (StarterModel.fileName(lang), StarterModel.model(lang)),
            (".ecograph.yml", StarterModel.configuration(lang)),
        ].map { ((directory as NSString).appendingPathComponent($0.0), $0.1) }
        if !force {
            let existing = files.map(\.0).filter { FileManager.default.fileExists(atPath: $0) }
            if !existing.isEmpty {
                throw CommandFailure.invalidInput(CommandMessage.initExists(["files": existing.joined(separator: ", "), "n": existing.count]))
            }
        }
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw CommandFailure.outputFailed(CommandMessage.cannotCreate(["path": directory, "reason": error.localizedDescription]))
        }
        for (path, text) in files { try OutputFile.write(Data(text.utf8), to: path) }
        let model = files[0].0
        try OutputFile.standardOutput(CommandMessage.initWrote.text(in: lang, ["model": model, "configuration": files[1].0]) + "\n")
    }
}
