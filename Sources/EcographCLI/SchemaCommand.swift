import ArgumentParser
import EcographMessages
import EcographCore
import Foundation

/// `ecograph schema`: the model format, as a JSON Schema for editors or as the reference page.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Write the model format: its JSON Schema, or its Markdown reference page.",
        discussion: """
            Both are generated from the words the loader knows, so they cannot drift from it. \
            The repository keeps the outputs in schema/ecograph-model.schema.json and \
            docs/model-format.md; a test checks that they are current.

            In VS Code (with the YAML extension), put this first line in a model:
              # yaml-language-server: $schema=PATH/TO/ecograph-model.schema.json

            Examples:
              ecograph schema -o schema/ecograph-model.schema.json
              ecograph schema --format markdown -o docs/model-format.md
            """
    )

    @Option(help: "Output format: json (the JSON Schema, Draft 7) or markdown (the reference page).")
    var format: SchemaFormat = .json

    @Option(name: .shortAndLong, help: "Output file; '-' for standard output.")
    var output: String = "-"

    @OptionGroup var language: LanguageOption
    var lang: Language { language.chosen }

    @Option(
        name: .customLong("profile"),
        help: ArgumentHelp("A profile whose kinds, keys and relations the JSON Schema accepts too (repeatable); see docs/profiles.md.", valueName: "file"))
    var profiles: [String] = []

    enum SchemaFormat: String, ExpressibleByArgument, CaseIterable {
        case json, markdown
    }

    func run() throws {
        let text: String
        switch format {
        case .json: text = ModelSchema.json(metamodel: try ProfileSet.metamodel(profiles))
        case .markdown: text = ModelFormatReference.markdown()
        }
        try OutputFile.write(Data(text.utf8), to: output)
    }
}
