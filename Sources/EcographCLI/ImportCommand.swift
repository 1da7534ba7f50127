import ArgumentParser
import EcographMessages
import EcographCore
import EcographImport
import Foundation

/// `ecograph import csv FILE --kind KIND -o model.yaml`: a spreadsheet becomes model YAML.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Turn a spreadsheet into model YAML.",
        subcommands: [ImportCSVCommand.self]
    )
}

struct ImportCSVCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "csv",
        abstract: "Turn a CSV file exported from Excel or LibreOffice into model YAML.",
        discussion: """
            One row per entry. Columns are matched to the model's keys by their titles, in German \
            or English ('Bezeichnung', 'Status', 'Federführend', 'Zielgruppen', …); an 'ID' column \
            gives the ids, otherwise they are made from the names. Cells with several values \
            separate them with commas. Separators ';' or ',', UTF-8 with or without BOM, quoted \
            fields. Every problem is reported with its line; then nothing is written (exit 2). \
            An existing output file is only replaced with --force.

            Examples:
              ecograph import csv projekte.csv --kind projects -o projekte.yaml
              ecograph import csv akteure.csv --kind actors --map "Organisation=name" --map "Bemerkung=-" -o akteure.yaml
            """
    )

    @Argument(help: "The CSV file.")
    var file: String

    @Option(help: "What the rows are: projects, actors or roles.")
    var kind: ImportKind

    @Option(name: .customLong("map"), help: ArgumentHelp("COLUMN=KEY: fill KEY from COLUMN; COLUMN=- skips it (repeatable).", valueName: "column=key"))
    var mappings: [String] = []

    @Option(name: .shortAndLong, help: "The model file to write; '-' for standard output.")
    var output: String

    @Flag(help: "Replace an existing output file.")
    var force = false

    @OptionGroup var language: LanguageOption
    var lang: Language { language.chosen }

    enum ImportKind: String, ExpressibleByArgument, CaseIterable {
        case projects, actors, roles
        var nodeKind: NodeKind {
            switch self {
            case .projects: return .project
            case .actors: return .actor
            case .roles: return .role
            }
        }
    }

    func validate() throws {
        for mapping in mappings where !mapping.contains("=") {
            throw ValidationError("--map '\(mapping)' should be COLUMN=KEY (or COLUMN=- to skip a column)")
        }
    }

    func run() throws {
        if output != "-", !force, FileManager.default.fileExists(atPath: output) {
            Terminal.standardError.write("ecograph: error: '\(output)' already exists; use --force to replace it, or another -o\n")
            throw ExitCodeError.invalidInput
        }
        ProtectedInputs.shared.protect(file: file)
        guard let data = FileManager.default.contents(atPath: file) else {
            Terminal.standardError.write("ecograph: error: \(file): cannot read the file\n")
            throw ExitCodeError.invalidInput
        }
        guard let text = String(data: data, encoding: .utf8) else {
            Terminal.standardError.write("ecograph: error: \(file): not UTF-8; save it as 'CSV UTF-8' (Excel) or with character set Unicode (UTF-8) (LibreOffice)\n")
            throw ExitCodeError.invalidInput
        }
        let table: CSVTable
        do {
            table = try CSVTable(text: text)
        } catch {
            Terminal.standardError.write("ecograph: error: \(file):\(error.line): \(error.message)\n")
            throw ExitCodeError.invalidInput
        }
        var mapping: [String: String] = [:]
        for entry in mappings {
            let parts = entry.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            mapping[parts[0]] = parts.count > 1 ? parts[1] : "-"
        }
        switch SpreadsheetImport(kind: kind.nodeKind, mapping: mapping).yaml(from: table) {
        case .failure(let failure):
            for problem in failure.problems {
                Terminal.standardError.write("\(file):\(problem.line): error: \(problem.message)\n")
            }
            Terminal.standardError.write("ecograph: \(failure.problems.count) problem(s); nothing written\n")
            throw ExitCodeError.invalidInput
        case .success(let yaml):
            try OutputFile.write(Data(yaml.utf8), to: output)
            if output != "-" {
                Terminal.standardError.write("ecograph: wrote \(table.rows.count) \(kind.rawValue) to \(output)\n")
            }
        }
    }
}
