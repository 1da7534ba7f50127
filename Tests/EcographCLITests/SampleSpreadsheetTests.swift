import Foundation
import Testing

/// The spreadsheets of `samples/tabellen/` (made by `scripts/make-spreadsheets.py` with Python's
/// csv module and openpyxl, as Excel saves them) import into projects that, with the town's
/// `stadt.yaml`, make a model that validates — the README's walkthrough "Aus Excel übernehmen".
@Suite("samples/tabellen")
struct SampleSpreadsheetTests {
    static let tabellen = CommandRunner.repository.appendingPathComponent("samples/tabellen")

    /// Imports a sample, then validates it with the town; returns both results and the YAML.
    static func importAndValidate(_ arguments: [String]) throws -> (imported: CommandRunner.Result, validated: CommandRunner.Result, yaml: String) {
        let scratch = ScratchDirectory()
        let imported = try CommandRunner.run(arguments + ["--kind", "projects", "--map", "Bemerkung=x-bemerkung", "--lang", "de", "-o", "projekte.yaml"], in: scratch.url)
        let yaml = (try? String(contentsOf: scratch.url.appendingPathComponent("projekte.yaml"), encoding: .utf8)) ?? ""
        let validated = try CommandRunner.run(
            ["validate", tabellen.appendingPathComponent("stadt.yaml").path, "projekte.yaml", "--lang", "de"], in: scratch.url)
        return (imported, validated, yaml)
    }

    @Test("the CSV that Excel saves (Windows-1252, ';', a title row) imports into a model that validates")
    func excelCSV() throws {
        let file = Self.tabellen.appendingPathComponent("projekte-excel.csv")
        let bytes = try Data(contentsOf: file)
        #expect(String(data: bytes, encoding: .utf8) == nil && bytes.contains(0x80), "the sample is no longer Windows-1252")
        let (imported, validated, yaml) = try Self.importAndValidate(["import", "csv", file.path])
        #expect(imported.status == 0, "\(imported.standardError)")
        #expect(imported.standardError.contains("Hinweis: \(file.path) ist nicht in UTF-8 gespeichert; die Datei wird als Windows-1252 gelesen"))
        #expect(imported.standardError.contains("ecograph: 5 Projekte nach projekte.yaml geschrieben"))
        #expect(validated.status == 0, "\(validated.standardOutput)\(validated.standardError)\n\(yaml)")
        #expect(validated.standardOutput.contains("Tabellenstadt: 3 Systeme, 3 Gestaltungsfelder, 4 Zielgruppen, 5 Rollen, 8 Akteure, 0 Formate, 5 Projekte"))
        #expect(yaml.contains("  mobilitaets-app-tabellenstadt-bewegt:\n    bezeichnung: \"Mobilitäts-App „Tabellenstadt bewegt“\""))
        #expect(yaml.contains("    beginn: \"2025-09-01\"\n    ende: \"2026-12-31\""))
        #expect(yaml.contains("    x-bemerkung: \"Idee aus der Bürgerversammlung – „Digital-Paten“ gesucht\""))
        #expect(!yaml.contains("Ã"))
    }

    @Test("the same list as an Excel workbook imports directly into the same projects")
    func excelWorkbook() throws {
        let workbook = Self.tabellen.appendingPathComponent("projekte.xlsx")
        let csv = Self.tabellen.appendingPathComponent("projekte-excel.csv")
        let (imported, validated, yaml) = try Self.importAndValidate(["import", "xlsx", workbook.path])
        #expect(imported.status == 0, "\(imported.standardError)")
        #expect(imported.standardError.contains("ecograph: 5 Projekte nach projekte.yaml geschrieben"))
        #expect(!imported.standardError.contains("Windows-1252"), "a workbook has no text encoding to guess")
        #expect(validated.status == 0, "\(validated.standardOutput)\(validated.standardError)\n\(yaml)")
        #expect(validated.standardOutput.contains("Tabellenstadt: 3 Systeme, 3 Gestaltungsfelder, 4 Zielgruppen, 5 Rollen, 8 Akteure, 0 Formate, 5 Projekte"))
        #expect(yaml.contains("  mobilitaets-app-tabellenstadt-bewegt:\n    bezeichnung: \"Mobilitäts-App „Tabellenstadt bewegt“\""))
        #expect(yaml.contains("    beginn: \"2025-09-01\"\n    ende: \"2026-12-31\""))
        // The workbook and the CSV hold the same list: the projects written are the same but for
        // the first line, which names the file they came from.
        let (_, _, fromCSV) = try Self.importAndValidate(["import", "csv", csv.path])
        #expect(yaml.split(separator: "\n").dropFirst() == fromCSV.split(separator: "\n").dropFirst())
    }
}
