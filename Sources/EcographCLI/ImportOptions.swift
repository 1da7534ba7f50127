import ArgumentParser
import EcographCore
import EcographImport
import EcographMessages
import Foundation

extension TextEncoding: ExpressibleByArgument {}

/// The options every `ecograph import` subcommand takes: what the rows are, how columns map to
/// keys, where the model goes.
struct ImportOptions: ParsableArguments {
    @Option(help: "What the rows are: projects, actors or roles.")
    var kind: ImportKind

    @Option(
        name: .customLong("map"),
        help: ArgumentHelp("COLUMN=KEY: fill KEY from COLUMN; COLUMN=x-NAME keeps it as an own attribute; COLUMN=- skips it (repeatable).", valueName: "column=key"))
    var mappings: [String] = []

    @Flag(help: "Keep every column that fills no key as an own attribute x-HEADING.")
    var keepUnmapped = false

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

        var wrote: ImportMessage {
            switch self {
            case .projects: return .wroteProjects
            case .actors: return .wroteActors
            case .roles: return .wroteRoles
            }
        }
    }

    func validate() throws {
        for mapping in mappings where !mapping.contains("=") {
            throw usageProblem(ImportMessage.mapNotPair(["mapping": mapping]))
        }
    }

    /// `--map` as column → target.
    var mapping: [String: String] {
        var mapping: [String: String] = [:]
        for entry in mappings {
            let parts = entry.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            mapping[parts[0]] = parts.count > 1 ? parts[1] : "-"
        }
        return mapping
    }

    /// Refuses to go on when the output exists and `--force` is not given.
    func checkOutput() throws {
        if output != "-", !force, FileManager.default.fileExists(atPath: output) {
            throw CommandFailure.invalidInput(ImportMessage.outputExists(["path": output]))
        }
    }

    /// Imports the table, prints notices and problems at their places, and writes the model
    /// only when there is no problem.
    func importTable(_ table: SpreadsheetTable, source: String, place: (SpreadsheetImport.Problem) -> String) throws {
        let importer = SpreadsheetImport(kind: kind.nodeKind, mapping: mapping, keepUnmapped: keepUnmapped, language: lang, source: source)
        let language = lang
        func print(_ problems: [SpreadsheetImport.Problem], as label: CommandMessage) {
            for problem in problems {
                Terminal.standardError.write("\(place(problem)): \(label.text(in: language)): \(problem.message.text(in: language))\n")
            }
        }
        switch importer.yaml(from: table) {
        case .failure(let failure):
            print(failure.notices, as: .noteLabel)
            print(failure.problems, as: .errorLabel)
            Notice.plain(ImportMessage.problemCount(["n": failure.problems.count]))
            throw ExitCodeError.invalidInput
        case .success(let outcome):
            print(outcome.notices, as: .noteLabel)
            try OutputFile.write(Data(outcome.yaml.utf8), to: output)
            if output != "-" {
                Notice.plain(kind.wrote(["n": outcome.entries, "path": output]))
            }
        }
    }
}

/// The bytes of a spreadsheet: a file, or standard input for `-`; bounded by
/// ``ImportLimits/fileBytes``.
enum ImportInput {
    /// The file's bytes, or a printed error and exit status 2.
    static func read(_ path: String) throws -> Data {
        let limit = ImportLimits.fileBytes
        let handle: FileHandle
        if path == "-" {
            handle = FileHandle.standardInput
        } else {
            guard let opened = FileHandle(forReadingAtPath: path) else {
                throw CommandFailure.invalidInput(ImportMessage.cannotRead(["file": path, "reason": reason(for: path)]))
            }
            handle = opened
        }
        defer { if path != "-" { try? handle.close() } }
        var data = Data()
        do {
            while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
                data.append(chunk)
                if data.count > limit {
                    throw CommandFailure.invalidInput(ImportMessage.tooLarge(["file": name(path), "limit": limit / 1_000_000]))
                }
            }
        } catch let failure as CommandFailure {
            throw failure
        } catch {
            throw CommandFailure.invalidInput(ImportMessage.cannotRead(["file": path, "reason": error.localizedDescription]))
        }
        return data
    }

    /// How a path is named in messages: standard input as such.
    static func name(_ path: String) -> LocalizedText {
        path == "-" ? ImportMessage.standardInput.text : LocalizedText(path)
    }

    private static func reason(for path: String) -> LocalizedText {
        var directory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: path, isDirectory: &directory) { return ImportMessage.noSuchFile.text }
        return directory.boolValue ? ImportMessage.isDirectory.text : ImportMessage.notReadable.text
    }

    /// What kind of file the bytes are, from their first bytes.
    enum Kind: Equatable {
        case text, workbook, oldWorkbook
    }

    static func kind(of data: Data) -> Kind {
        if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .workbook }
        if data.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return .oldWorkbook }
        return .text
    }
}
