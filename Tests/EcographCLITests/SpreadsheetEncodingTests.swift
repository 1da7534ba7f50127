import Foundation
import Testing

/// CSV files as Excel in Germany saves them — Windows-1252, `;` — read without mojibake. The
/// bytes are encoded by Python's codecs, not by ecograph, so the test compares against an
/// independent encoder.
@Suite("ecograph import csv: character sets")
struct SpreadsheetEncodingTests {
    /// Text with every letter that Windows-1252 and UTF-8 write differently and a German
    /// spreadsheet holds: umlauts, ß, €, typographic quotes and the dash.
    static let heading = "Projektname;Federführung;Status;Bemerkung"
    static let row = "Bürgerportal „Größer & schöner“ – Äpfel, Öl, Übermut;werke;läuft;Kosten 12.000 € für Straßen"

    /// Writes `text` encoded by Python as `codec` (`cp1252`, `utf-8-sig`) to `name` in `scratch`.
    static func encode(_ text: String, as codec: String, to name: String, in scratch: ScratchDirectory) throws {
        let script = "import sys; open(sys.argv[1], 'wb').write(sys.argv[2].encode(sys.argv[3]))"
        let target = scratch.url.appendingPathComponent(name).path
        let python = try CommandRunner.run(["python3", "-c", script, target, text, codec], using: CommandRunner.environmentTool)
        #expect(python.status == 0, "python3: \(python.standardError)")
    }

    /// Imports `projekte.csv` from `scratch` as projects and returns the result and the YAML written.
    static func importCSV(in scratch: ScratchDirectory, _ extra: [String] = []) throws -> (CommandRunner.Result, String?) {
        let result = try CommandRunner.run(
            ["import", "csv", "projekte.csv", "--kind", "projects", "--keep-unmapped", "-o", "out.yaml"] + extra, in: scratch.url)
        let yaml = try? String(contentsOf: scratch.url.appendingPathComponent("out.yaml"), encoding: .utf8)
        return (result, yaml)
    }

    @Test("Windows-1252 from Excel is detected, read exactly, and noted in German and English")
    func windows1252() throws {
        let scratch = ScratchDirectory()
        try Self.encode(Self.heading + "\r\n" + Self.row + "\r\n", as: "cp1252", to: "projekte.csv", in: scratch)
        let bytes = try Data(contentsOf: scratch.url.appendingPathComponent("projekte.csv"))
        #expect(bytes.contains(0x80) && bytes.contains(0xFC) && String(data: bytes, encoding: .utf8) == nil, "not Windows-1252 bytes")
        let (result, yaml) = try Self.importCSV(in: scratch)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.contains("note: projekte.csv is not UTF-8; it is read as Windows-1252"))
        let written = try #require(yaml)
        #expect(written.contains("name: \"Bürgerportal „Größer & schöner“ – Äpfel, Öl, Übermut\""))
        #expect(written.contains("x-bemerkung: \"Kosten 12.000 € für Straßen\""))
        #expect(!written.contains("Ã") && !written.contains("â‚¬"), "mojibake: \(written)")
        let german = try CommandRunner.run(["import", "csv", "projekte.csv", "--kind", "projects", "-o", "de.yaml", "--lang", "de"], in: scratch.url)
        #expect(german.standardError.contains(
            "Hinweis: projekte.csv ist nicht in UTF-8 gespeichert; die Datei wird als Windows-1252 gelesen, wie Excel 'CSV (Trennzeichen-getrennt)' speichert"))
    }

    @Test("UTF-8 with a byte order mark (Excel's 'CSV UTF-8') gives the same model, without a note")
    func utf8WithBOM() throws {
        let scratch = ScratchDirectory()
        try Self.encode(Self.heading + "\r\n" + Self.row + "\r\n", as: "utf-8-sig", to: "projekte.csv", in: scratch)
        let (result, yaml) = try Self.importCSV(in: scratch)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(!result.standardError.contains("Windows-1252"))
        let written = try #require(yaml)
        #expect(written.contains("name: \"Bürgerportal „Größer & schöner“ – Äpfel, Öl, Übermut\""))
        #expect(!written.contains("\u{FEFF}"))
    }

    @Test("--encoding windows-1252 on a UTF-8 file is refused rather than turning 'ü' into 'Ã¼'")
    func forcedWrongWay() throws {
        let scratch = ScratchDirectory()
        try Self.encode(Self.heading + "\n" + Self.row + "\n", as: "utf-8", to: "projekte.csv", in: scratch)
        let (result, yaml) = try Self.importCSV(in: scratch, ["--encoding", "windows-1252"])
        #expect(result.status == 2)
        #expect(result.standardError.contains("projekte.csv:1: error: the file is UTF-8; read as Windows-1252 its letters would be garbled ('ü' → 'Ã¼')"))
        #expect(yaml == nil)
    }

    @Test("--encoding utf-8 on a Windows-1252 file names the line of the first byte that is not UTF-8")
    func forcedUTF8() throws {
        let scratch = ScratchDirectory()
        try Self.encode("Projektname;Status\nPark;läuft\nMüller;idee\n", as: "cp1252", to: "projekte.csv", in: scratch)
        let (result, yaml) = try Self.importCSV(in: scratch, ["--encoding", "utf-8"])
        #expect(result.status == 2)
        #expect(result.standardError.contains("projekte.csv:2: error: byte 0xE4 is not UTF-8"), "\(result.standardError)")
        #expect(yaml == nil)
        let latin1 = try Self.importCSV(in: scratch, ["--encoding", "latin1"])
        #expect(latin1.0.status == 0, "\(latin1.0.standardError)")
        #expect(latin1.1?.contains("name: \"Müller\"") == true)
    }

    @Test("text garbled before it reached ecograph ('Ã¤' for 'ä') is an error at its row and column")
    func garbledEarlier() throws {
        let scratch = ScratchDirectory()
        // What happens when a UTF-8 file is opened as Windows-1252 and saved as UTF-8 again.
        let script = "import sys; open(sys.argv[1], 'wb').write('Projektname;Status\\nPark;läuft\\nMüller-Haus;idee\\n'.encode('utf-8').decode('cp1252').encode('utf-8'))"
        let python = try CommandRunner.run(["python3", "-c", script, scratch.url.appendingPathComponent("projekte.csv").path], using: CommandRunner.environmentTool)
        #expect(python.status == 0)
        let (result, yaml) = try Self.importCSV(in: scratch)
        #expect(result.status == 2)
        #expect(result.standardError.contains("projekte.csv:2: error: 'Ã¤' in column 'Status' is 'ä' garbled by an earlier wrong conversion"), "\(result.standardError)")
        #expect(result.standardError.contains("projekte.csv:3: error: 'Ã¼' in column 'Projektname' is 'ü' garbled"))
        #expect(yaml == nil)
    }

    @Test("a byte that Windows-1252 does not define means another encoding, and says how to save the file")
    func undefinedByte() throws {
        let scratch = ScratchDirectory()
        try Data([0x4E, 0x61, 0x6D, 0x65, 0x0A, 0x41, 0x81, 0x42, 0x0A]).write(to: scratch.url.appendingPathComponent("projekte.csv"))
        let (result, _) = try Self.importCSV(in: scratch)
        #expect(result.status == 2)
        #expect(result.standardError.contains("projekte.csv:2: error: byte 0x81 is no character in Windows-1252"))
        #expect(result.standardError.contains("'CSV UTF-8'"))
    }

    @Test("standard input with '-', Windows-1252 included; a workbook given to 'import csv' is named as such")
    func standardInput() throws {
        let scratch = ScratchDirectory()
        try Self.encode(Self.heading + "\r\n" + Self.row + "\r\n", as: "cp1252", to: "projekte.csv", in: scratch)
        let bytes = try Data(contentsOf: scratch.url.appendingPathComponent("projekte.csv"))
        let result = try CommandRunner.run(["import", "csv", "-", "--kind", "projects", "-o", "-", "--lang", "de"], in: scratch.url, input: bytes)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("projekte:\n  buergerportal-groesser-schoener-aepfel-oel-uebermut:\n"))
        #expect(result.standardOutput.contains("    federführend: \"werke\"\n    status: \"läuft\"\n"))
        #expect(result.standardError.contains("(Standardeingabe) ist nicht in UTF-8 gespeichert"))
        let workbook = try CommandRunner.run(["import", "csv", "-", "--kind", "projects", "-o", "-"], in: scratch.url, input: Data([0x50, 0x4B, 0x03, 0x04, 0, 0]))
        #expect(workbook.status == 2 && workbook.standardError.contains("is an Excel workbook (.xlsx); import it with 'ecograph import xlsx'"))
    }
}
