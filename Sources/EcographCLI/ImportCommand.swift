import ArgumentParser
import EcographCore
import EcographImport
import EcographMessages
import Foundation

/// `ecograph import csv|xlsx FILE --kind KIND -o model.yaml`: a spreadsheet becomes model YAML.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Turn a spreadsheet into model YAML.",
        subcommands: [ImportCSVCommand.self, ImportXLSXCommand.self]
    )
}

struct ImportCSVCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "csv",
        abstract: "Turn a CSV file exported from Excel or LibreOffice into model YAML.",
        discussion: """
            One row per entry. Columns are matched to the model's keys by their headings, as \
            people write them, in German or English ('Projektname', 'Federführung', \
            'Gestaltungsfeld', 'Status', 'Mitwirkende', 'Zielgruppe', 'Beginn', …); an 'ID' \
            column gives the ids, otherwise they are made from the names. Other columns are \
            named in a note and skipped, or kept as own attributes with --map \
            "Bemerkung=x-bemerkung" or --keep-unmapped. Cells with several values separate them \
            with commas. Separators ';' or ','; UTF-8 with or without BOM, or Windows-1252 as \
            Excel saves 'CSV (Trennzeichen-getrennt)' (detected, with a note; --encoding names \
            it). FILE '-' reads standard input. Every problem is reported with its line; then \
            nothing is written (exit 2). An existing output file is only replaced with --force. \
            With --lang de the model is written with German keys.

            Examples:
              ecograph import csv projekte.csv --kind projects -o projekte.yaml
              ecograph import csv akteure.csv --kind actors --map "Organisation=name" --map "Bemerkung=-" -o akteure.yaml
              ecograph import csv - --kind projects --encoding windows-1252 --lang de -o - < projekte.csv
            """
    )

    @Argument(help: "The CSV file; '-' for standard input.")
    var file: String

    @Option(help: "The file's character set: utf-8, windows-1252 or latin1 (default: UTF-8, else Windows-1252 with a note).")
    var encoding: TextEncoding?

    @OptionGroup var options: ImportOptions

    func run() throws {
        try options.checkOutput()
        let data = try ImportInput.read(file)
        let name = ImportInput.name(file)
        switch ImportInput.kind(of: data) {
        case .workbook:
            throw CommandFailure.invalidInput(ImportMessage.isWorkbook(["file": name]))
        case .oldWorkbook:
            throw CommandFailure.invalidInput(ImportMessage.isOldWorkbook(["file": name]))
        case .text:
            break
        }
        let language = options.lang
        let decoded: TextDecoding.Decoded
        do {
            decoded = try TextDecoding.decode(data, forced: encoding)
        } catch {
            Terminal.standardError.write("\(name.text(in: language)):\(error.line): \(CommandMessage.errorLabel.text(in: language)): \(error.message.text(in: language))\n")
            throw ExitCodeError.invalidInput
        }
        if decoded.guessed {
            Notice.note(ImportMessage.readAsWindows1252(["file": name]))
        }
        let table: CSVTable
        do {
            table = try CSVTable(text: decoded.text)
        } catch {
            Terminal.standardError.write("\(name.text(in: language)):\(error.line): \(CommandMessage.errorLabel.text(in: language)): \(error.message.text(in: language))\n")
            throw ExitCodeError.invalidInput
        }
        let fileName = file == "-" ? name.text(in: language) : (file as NSString).lastPathComponent
        try options.importTable(table.spreadsheetTable, source: fileName) { problem in
            "\(name.text(in: language)):\(problem.row)"
        }
    }
}

struct ImportXLSXCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "xlsx",
        abstract: "Turn a sheet of an Excel workbook (.xlsx) into model YAML.",
        discussion: """
            Reads the workbook directly (Excel, LibreOffice, openpyxl and others save .xlsx): the \
            first sheet, or --sheet NAME. A title row above the headings is skipped. Columns are \
            matched as by 'import csv' ('Projektname', 'Federführung', 'Gestaltungsfeld', …); \
            cells count as the sheet shows them: dates as ISO dates (2026-03-01), numbers \
            without a trailing .0, formulas by their saved result. Problems name the sheet, the \
            row and the column ('projekte.xlsx: Projekte!C7'); then nothing is written (exit 2). \
            FILE '-' reads standard input. Workbooks up to 50 MB; no part unpacks beyond 100 MB.

            Examples:
              ecograph import xlsx projekte.xlsx --kind projects -o projekte.yaml
              ecograph import xlsx liste.xlsx --sheet "Projekte 2026" --kind projects --map "Bemerkung=x-bemerkung" --lang de -o projekte.yaml
            """
    )

    @Argument(help: "The workbook; '-' for standard input.")
    var file: String

    @Option(help: "The sheet to read (default: the first).")
    var sheet: String?

    @Option(help: "Seconds reading the workbook may take before it is given up as damaged.")
    var timeout: Double = 60

    @OptionGroup var options: ImportOptions

    func validate() throws {
        if !(timeout > 0) { throw usageProblem(CommandMessage.timeoutNotPositive.text) }
    }

    func run() throws {
        try options.checkOutput()
        let data = try ImportInput.read(file)
        let name = ImportInput.name(file)
        let language = options.lang
        if ImportInput.kind(of: data) == .oldWorkbook {
            throw CommandFailure.invalidInput(ImportMessage.isOldWorkbook(["file": name]))
        }
        let sheet = self.sheet
        // Reading a workbook leans on libraries (ZIPFoundation, zlib, XMLParser) in which fuzzing
        // found an endless loop before (now worked around in WorkbookArchive); so that no other
        // can hang an import, the reading runs on a thread of its own and is given up after
        // --timeout seconds, and this process then ends.
        let reading = Deadline.run(seconds: timeout) { () -> Result<(SpreadsheetTable, String), XLSXWorkbook.Failure> in
            do throws(XLSXWorkbook.Failure) {
                let workbook = try XLSXWorkbook(data: data)
                return .success((try workbook.table(sheet: sheet), sheet ?? workbook.firstSheet ?? ""))
            } catch {
                return .failure(error)
            }
        }
        let failure: LocalizedText
        switch reading {
        case .some(.success(let (table, sheetName))):
            return try importTable(table, sheetName: sheetName, name: name, language: language)
        case .some(.failure(let error)): failure = error.message
        case .none: failure = ImportMessage.workbookTimedOut(["seconds": String(format: "%g", timeout)])
        }
        Terminal.standardError.write("\(name.text(in: language)): \(CommandMessage.errorLabel.text(in: language)): \(failure.text(in: language))\n")
        throw ExitCodeError.invalidInput
    }

    private func importTable(_ table: SpreadsheetTable, sheetName: String, name: LocalizedText, language: Language) throws {
        let fileName = file == "-" ? name.text(in: language) : (file as NSString).lastPathComponent
        try options.importTable(table, source: fileName) { problem in
            let place = problem.column.map { "\(Self.sheetReference(sheetName))!\(SpreadsheetColumn.letters($0))\(problem.row)" }
                ?? ImportMessage.sheetRow.text(in: language, ["sheet": sheetName, "row": problem.row])
            return "\(name.text(in: language)): \(place)"
        }
    }

    /// A sheet's name as Excel writes it in a reference: quoted when it has spaces or punctuation.
    static func sheetReference(_ name: String) -> String {
        let plain = name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }
        return plain ? name : "'" + name.replacingOccurrences(of: "'", with: "''") + "'"
    }
}
