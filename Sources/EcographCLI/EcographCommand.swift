import ArgumentParser

/// The root command: `ecograph SUBCOMMAND …`.
struct EcographCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ecograph",
        abstract: "Map an ecosystem of responsibilities, and check it for unclear responsibility.",
        discussion: """
            A model names the systems, fields of action, roles, actors, participation formats and
            projects of an ecosystem, and who is accountable, responsible, consulted and informed.

            Examples:
              ecograph validate samples/musterstadt.yaml
              ecograph export samples/region --format json -o region.json
            """,
        version: EcographVersion.current,
        subcommands: [ValidateCommand.self, ExportCommand.self]
    )
}

/// The version `ecograph --version` prints.
enum EcographVersion {
    static let current = "0.1.0"
}
