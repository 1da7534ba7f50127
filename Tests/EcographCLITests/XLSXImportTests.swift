import Foundation
import Testing

/// `ecograph import xlsx`: workbooks written by openpyxl (and, for hostile ones, by Python's
/// zipfile around them) — see `Fixtures/workbooks.py` — read directly.
@Suite("ecograph import xlsx")
struct XLSXImportTests {
    /// Writes the fixture workbook `name` to `file` in `scratch`.
    static func workbook(_ name: String, to file: String = "projekte.xlsx", in scratch: ScratchDirectory) throws {
        let script = CommandRunner.repository.appendingPathComponent("Tests/EcographCLITests/Fixtures/workbooks.py").path
        let python = try CommandRunner.run(["python3", script, name, scratch.url.appendingPathComponent(file).path], using: CommandRunner.environmentTool)
        try #require(python.status == 0, "workbooks.py \(name): \(python.standardError)")
    }

    /// Imports `projekte.xlsx` from `scratch` and returns the result and the YAML written, if any.
    static func importWorkbook(in scratch: ScratchDirectory, _ extra: [String] = []) throws -> (CommandRunner.Result, String?) {
        let result = try CommandRunner.run(["import", "xlsx", "projekte.xlsx", "--kind", "projects", "-o", "out.yaml"] + extra, in: scratch.url)
        return (result, try? String(contentsOf: scratch.url.appendingPathComponent("out.yaml"), encoding: .utf8))
    }

    @Test("the first sheet, below its title row: texts, dates and times as ISO, numbers, booleans")
    func projects() throws {
        let scratch = ScratchDirectory()
        try Self.workbook("projects", in: scratch)
        let (result, yaml) = try Self.importWorkbook(in: scratch, ["--keep-unmapped"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.contains("projekte.xlsx: Projekte, row 3: note: the headings are in row 3; the rows above them are not imported"))
        let written = try #require(yaml)
        #expect(written.contains("""
              park-app-smart:
                name: "Park-App „smart“"
                accountable: "lotse-mobilitaet"
                status: "running"
                start: "2026-03-01"
                budget: "185000"
                x-gefoerdert: "true"
                x-anteil: "0.25"
                x-termin: "2026-05-04T14:30"
                x-bemerkung: "Förderung 12.000 €"
            """))
        #expect(written.contains("""
              schul-wlan:
                name: "Schul-WLAN"
                accountable: "lotse-mobilitaet"
                status: "idea"
                start: "1999-12-31"
                budget: "1234.5"
                x-gefoerdert: "false"

            """))
    }

    @Test("--sheet picks a sheet by name; an unknown one lists the sheets (exit 2)")
    func sheets() throws {
        let scratch = ScratchDirectory()
        try Self.workbook("projects", in: scratch)
        let actors = try CommandRunner.run(["import", "xlsx", "projekte.xlsx", "--sheet", "Akteure 2026", "--kind", "actors", "-o", "-"], in: scratch.url)
        #expect(actors.status == 0, "\(actors.standardError)")
        #expect(actors.standardOutput.contains("actors:\n  stadtwerke:\n    name: \"Stadtwerke\"\n    contact: \"info@werke.example\"\n"))
        let (unknown, yaml) = try Self.importWorkbook(in: scratch, ["--sheet", "Tabelle1"])
        #expect(unknown.status == 2 && yaml == nil)
        #expect(unknown.standardError.contains(
            "projekte.xlsx: error: the workbook has no sheet 'Tabelle1'; its sheets are 'Projekte', 'Akteure 2026'; choose one with --sheet NAME"))
        let german = try Self.importWorkbook(in: scratch, ["--sheet", "Tabelle1", "--lang", "de"])
        #expect(german.0.standardError.contains(
            "projekte.xlsx: Fehler: die Arbeitsmappe hat kein Tabellenblatt 'Tabelle1'; ihre Tabellenblätter sind 'Projekte', 'Akteure 2026'"))
    }

    @Test("problems name sheet, row and column; error values and unsaved formulas too; nothing is written")
    func problems() throws {
        let scratch = ScratchDirectory()
        try Self.workbook("problems", in: scratch)
        let (result, yaml) = try Self.importWorkbook(in: scratch)
        #expect(result.status == 2 && yaml == nil)
        let lines = result.standardError.split(separator: "\n").map(String.init)
        #expect(lines == [
            "projekte.xlsx: Projekte!C2: error: unknown status 'laufend' in column 'Status'; use one of idea, planned, starting, running, done",
            "projekte.xlsx: Projekte!B3: error: 'Amt für Bildung' in column 'Federführung' is not an id (letters, digits, '-', '_', '.', no spaces); write the id of the entry it names, such as 'amt-fuer-bildung'",
            "projekte.xlsx: Projekte!D3: error: the cell in column 'Budget' shows the error #N/A; correct its formula or enter the value",
            "projekte.xlsx: Projekte!D4: error: the cell in column 'Budget' holds a formula whose result was not saved; open the workbook in Excel or LibreOffice and save it again, or enter the value",
            "ecograph: 4 problems; nothing written",
        ], "\(result.standardError)")
        let german = try Self.importWorkbook(in: scratch, ["--lang", "de"])
        #expect(german.0.standardError.contains("projekte.xlsx: Projekte!D3: Fehler: die Zelle in der Spalte 'Budget' zeigt den Fehler #N/A"))
    }

    @Test("shared texts as Excel writes them (rich text runs, phonetic guides, prefixes), formula results, inline texts")
    func sharedAndInlineStrings() throws {
        let scratch = ScratchDirectory()
        try Self.workbook("shared-strings", in: scratch)
        let (shared, yaml) = try Self.importWorkbook(in: scratch)
        #expect(shared.status == 0, "\(shared.standardError)")
        #expect(yaml?.contains("  buergerportal-co:\n    name: \"Bürgerportal & Co\"\n    target-groups: \"pendler\"\n    status: \"running\"\n") == true, "\(yaml ?? "")")
        try Self.workbook("inline-strings", in: scratch)
        let (inline, _) = try Self.importWorkbook(in: scratch, ["--force"])
        #expect(inline.status == 2)
        #expect(inline.standardError.contains(
            "projekte.xlsx: Projekte!C2: error: the cell holds 'ohne Überschrift' but its column has no heading; give the column a heading or empty the cell"))
    }

    @Test("hostile and broken workbooks are refused with a clear message, quickly", arguments: [
        ("zip-bomb", "projekte.xlsx: error: the part 'xl/worksheets/sheet1.xml' unpacks to more than 100 MB; ecograph refuses it"),
        ("xxe", "projekte.xlsx: error: the part 'xl/worksheets/sheet1.xml' declares a DOCTYPE, which no spreadsheet program writes; ecograph refuses it"),
        ("missing-sheet", "projekte.xlsx: error: the workbook lacks its part 'xl/worksheets/sheet1.xml'"),
        ("name-not-utf8", "projekte.xlsx: error: the part 'xl/worksheets/sheet1.xml' is not UTF-8 text, as every spreadsheet program writes it"),
        // Offsets past the end of the file crashed ZIPFoundation's in-memory archive (found by fuzzing).
        ("directory-past-the-end", "projekte.xlsx: error: the workbook lacks its part 'xl/workbook.xml'; it is damaged"),
        ("entry-past-the-end", "projekte.xlsx: error: the workbook lacks its part 'xl/workbook.xml'; it is damaged"),
    ] as [(String, String)])
    func hostile(name: String, message: String) throws {
        let scratch = ScratchDirectory()
        try Self.workbook(name, in: scratch)
        let started = Date()
        let (result, yaml) = try Self.importWorkbook(in: scratch)
        #expect(result.status == 2 && yaml == nil)
        #expect(result.standardError.contains(message), "\(result.standardError)")
        #expect(!result.standardError.contains("root:"), "an external entity was read")
        #expect(Date().timeIntervalSince(started) < 30)
    }

    @Test("a workbook whose packed part never ends (found by fuzzing) is reported as damaged at once, exit 2, nothing written")
    func endlessPart() throws {
        let scratch = ScratchDirectory()
        let workbook = CommandRunner.repository.appendingPathComponent("Tests/EcographCLITests/Fixtures/endless-part.xlsx").path
        let started = Date()
        let result = try CommandRunner.run(["import", "xlsx", workbook, "--kind", "projects", "-o", "out.yaml"], in: scratch.url)
        #expect(result.status == 2)
        #expect(result.standardError.contains("error: the part 'xl/workbook.xml' of the workbook is damaged and cannot be unpacked"), "\(result.standardError)")
        #expect(Date().timeIntervalSince(started) < 30)
        #expect(!FileManager.default.fileExists(atPath: scratch.url.appendingPathComponent("out.yaml").path))
    }

    @Test("reading that takes longer than --timeout is given up, exit 2, nothing written")
    func timeout() throws {
        let scratch = ScratchDirectory()
        let workbook = CommandRunner.repository.appendingPathComponent("samples/tabellen/projekte.xlsx").path
        let result = try CommandRunner.run(["import", "xlsx", workbook, "--kind", "projects", "--timeout", "0.000001", "-o", "out.yaml"], in: scratch.url)
        #expect(result.status == 2)
        #expect(result.standardError.contains("error: reading the workbook did not end within 1e-06 s; it is damaged or far larger than a list of projects"), "\(result.standardError)")
        #expect(!FileManager.default.fileExists(atPath: scratch.url.appendingPathComponent("out.yaml").path))
        let zero = try CommandRunner.run(["import", "xlsx", workbook, "--kind", "projects", "--timeout", "0", "-o", "out.yaml"], in: scratch.url)
        #expect(zero.status == 2)
    }

    @Test("not a workbook, an old .xls, and a workbook given to 'import csv' are named for what they are")
    func notWorkbooks() throws {
        let scratch = ScratchDirectory()
        scratch.write("Projektname;Status\nA;idee\n", to: "projekte.xlsx")
        let (csv, _) = try Self.importWorkbook(in: scratch)
        #expect(csv.status == 2 && csv.standardError.contains("projekte.xlsx: error: this is no Excel workbook (an .xlsx file is a zip archive, this is not)"))
        try Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0]).write(to: scratch.url.appendingPathComponent("projekte.xlsx"))
        let (old, _) = try Self.importWorkbook(in: scratch)
        #expect(old.status == 2 && old.standardError.contains("is a workbook of Excel 97–2003 (.xls); save it as 'Excel Workbook (*.xlsx)' or as CSV"))
        try Self.workbook("projects", in: scratch)
        let wrong = try CommandRunner.run(["import", "csv", "projekte.xlsx", "--kind", "projects", "-o", "out.yaml"], in: scratch.url)
        #expect(wrong.status == 2 && wrong.standardError.contains("projekte.xlsx is an Excel workbook (.xlsx); import it with 'ecograph import xlsx'"))
    }

    @Test("a workbook on standard input")
    func standardInput() throws {
        let scratch = ScratchDirectory()
        try Self.workbook("projects", in: scratch)
        let bytes = try Data(contentsOf: scratch.url.appendingPathComponent("projekte.xlsx"))
        let result = try CommandRunner.run(["import", "xlsx", "-", "--kind", "projects", "-o", "-", "--lang", "de"], in: scratch.url, input: bytes)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("projekte:\n  park-app-smart:\n    bezeichnung: \"Park-App „smart“\"\n    federführend: \"lotse-mobilitaet\"\n    status: \"läuft\"\n    beginn: \"2026-03-01\""))
        #expect(result.standardError.contains("(Standardeingabe): Projekte, Zeile 3: Hinweis: die Überschriften stehen in Zeile 3"))
    }
}
