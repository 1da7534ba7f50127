import ArgumentParser

/// The root command: `ecograph SUBCOMMAND …`.
struct EcographCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ecograph",
        abstract: "Map an ecosystem of responsibilities, and check it for unclear responsibility.",
        discussion: """
            A model names the systems, fields of action, roles, actors, participation formats and \
            projects of an ecosystem, and who is accountable, responsible, consulted and informed.

            Examples:
              ecograph validate samples/musterstadt.yaml
              ecograph check samples/musterstadt.yaml
              ecograph check samples/musterstadt.yaml --format sarif -o ecograph.sarif
              ecograph rules explain missing-lotse
              ecograph render samples/musterstadt.yaml -o musterstadt.svg
              ecograph report samples/musterstadt.yaml -o bericht.html --lang de
              ecograph portfolio samples/musterstadt.yaml --lang de
              ecograph diff HEAD~1:model.yaml model.yaml
              ecograph import csv projekte.csv --kind projects -o projekte.yaml
              ecograph export samples/region --format json -o region.json
            """,
        version: EcographVersion.current,
        subcommands: [
            ValidateCommand.self, CheckCommand.self, RenderCommand.self, RulesCommand.self, ExportCommand.self,
            PortfolioCommand.self, MatrixCommand.self, InitCommand.self, ImportCommand.self, DiffCommand.self, ReportCommand.self, ServeCommand.self, SchemaCommand.self, MetamodelCommand.self, GraphvizWorkerCommand.self,
        ]
    )
}

/// The version `ecograph --version` prints.
enum EcographVersion {
    static let current = "0.1.0"
}
