import Foundation
import Testing

/// `ecograph import csv`: spreadsheets as Excel and LibreOffice export them become model YAML
/// that the loader reads back unchanged.
@Suite("ecograph import csv")
struct ImportCommandTests {
    /// The rest of a model, so that imported references resolve.
    static let companion = """
        fields: { mobilitaet: { name: Mobilität }, bildung: { name: Bildung } }
        target-groups: { pendler: { name: Pendelnde }, radfahrende: { name: Radfahrende } }
        roles: { lotse-mobilitaet: { name: Lotsin, type: lotse, pilots: mobilitaet } }
        actors: { werke: { name: Werke, holds: lotse-mobilitaet } }
        """

    /// Imports `csv` as projects into a scratch model directory and returns the exported graph.
    private func importAndLoad(_ csv: [UInt8], arguments: [String] = []) throws -> (CommandRunner.Result, [String: [String: Any]]) {
        let scratch = ScratchDirectory()
        try Data(csv).write(to: scratch.url.appendingPathComponent("projekte.csv"))
        try FileManager.default.createDirectory(at: scratch.url.appendingPathComponent("model"), withIntermediateDirectories: true)
        scratch.write(Self.companion, to: "model/base.yaml")
        let result = try CommandRunner.run(["import", "csv", "projekte.csv", "--kind", "projects", "-o", "model/projekte.yaml"] + arguments, in: scratch.url)
        guard result.status == 0 else { return (result, [:]) }
        let export = try CommandRunner.run(["export", "model"], in: scratch.url)
        #expect(export.status == 0, "the imported YAML does not load: \(export.standardError)")
        let graph = try #require(try JSONSerialization.jsonObject(with: Data(export.standardOutput.utf8)) as? [String: Any])
        var nodes: [String: [String: Any]] = [:]
        for node in graph["nodes"] as? [[String: Any]] ?? [] { nodes[node["id"] as! String] = node }
        return (result, nodes)
    }

    @Test("';', BOM, quotes, a line break in a field, German headers and statuses")
    func excelGerman() throws {
        let csv = "\u{FEFF}Bezeichnung;Status;Federführend;Zielgruppen;Nutzenversprechen;Gestaltungsfeld\r\n"
            + "\"Park-App \"\"smart\"\"\";läuft;lotse-mobilitaet;pendler, radfahrende;\"Freie Plätze;\nin Echtzeit\";mobilitaet\r\n"
            + "Schul-WLAN & Co;Idee;;;;bildung\r\n"
        let (result, nodes) = try importAndLoad(Array(csv.utf8))
        #expect(result.status == 0, "\(result.standardError)")
        let park = try #require(nodes["park-app-smart"])
        #expect(park["name"] as? String == "Park-App \"smart\"")
        let attributes = try #require(park["attributes"] as? [String: Any])
        #expect(attributes["value"] as? String == "Freie Plätze;\nin Echtzeit")
        #expect(attributes["status"] as? String == "running")
        #expect(nodes["schul-wlan-co"]?["name"] as? String == "Schul-WLAN & Co")
    }

    @Test("',' separators without BOM, an ID column, English headers")
    func commaSeparated() throws {
        let csv = "ID,Name,Status,Accountable,Field\np1,\"Portal, new\",planned,werke,bildung\np2,Second,done,werke,bildung\n"
        let (result, nodes) = try importAndLoad(Array(csv.utf8))
        #expect(result.status == 0, "\(result.standardError)")
        #expect(nodes["p1"]?["name"] as? String == "Portal, new")
        #expect(nodes["p2"] != nil)
    }

    @Test("rows with problems are reported with their lines, and nothing is written", arguments: [
        ("Name;Status\nA;läuft\nB;laufend\n", "projekte.csv:3: error: unknown status 'laufend' in column 'Status'"),
        ("Name;Status\nA;läuft;zu viel\n", "projekte.csv:2: error: 3 fields where the heading row has 2"),
        ("ID;Name\na;A\na;B\n", "projekte.csv:3: error: the id 'a' is already used in row 2"),
        ("ID;Name\nmit leerzeichen;A\n", "projekte.csv:2: error: 'mit leerzeichen' is not a valid id"),
        ("Name;Federführend\nA;Amt für Bildung\n", "projekte.csv:2: error: 'Amt für Bildung' in column 'Federführend' is not an id"),
        ("Name;Status\n\"offen;läuft\n", "projekte.csv:2: error: the quote that opens the field at line 2, column 1 is never closed"),
        ("Farbe;Größe\nrot;L\n", "projekte.csv:1: error: no column gives a name or an id"),
        ("", "projekte.csv:1: error: the file is empty"),
    ] as [(String, String)])
    func problems(csv: String, message: String) throws {
        let scratch = ScratchDirectory()
        scratch.write(csv, to: "projekte.csv")
        let result = try CommandRunner.run(["import", "csv", "projekte.csv", "--kind", "projects", "-o", "out.yaml"], in: scratch.url)
        #expect(result.status == 2)
        #expect(result.standardError.contains(message), "\(result.standardError)")
        #expect(!FileManager.default.fileExists(atPath: scratch.url.appendingPathComponent("out.yaml").path), "written despite problems")
    }

    @Test("--map renames and skips columns")
    func mapping() throws {
        let csv = "Projektname;Farbe;Feld\nA;rot;bildung\n"
        let (result, nodes) = try importAndLoad(Array(csv.utf8), arguments: ["--map", "Projektname=name", "--map", "Farbe=-"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(nodes["a"]?["name"] as? String == "A")
    }

    @Test("an existing output file is never replaced without --force")
    func noOverwrite() throws {
        let scratch = ScratchDirectory()
        scratch.write("Name\nA\n", to: "p.csv")
        scratch.write("# mine\n", to: "out.yaml")
        let refused = try CommandRunner.run(["import", "csv", "p.csv", "--kind", "projects", "-o", "out.yaml"], in: scratch.url)
        #expect(refused.status == 2 && refused.standardError.contains("--force"))
        #expect(try String(contentsOf: scratch.url.appendingPathComponent("out.yaml"), encoding: .utf8) == "# mine\n")
        let forced = try CommandRunner.run(["import", "csv", "p.csv", "--kind", "projects", "-o", "out.yaml", "--force"], in: scratch.url)
        #expect(forced.status == 0)
        #expect(try String(contentsOf: scratch.url.appendingPathComponent("out.yaml"), encoding: .utf8).contains("name: \"A\""))
        let german = try CommandRunner.run(["import", "csv", "p.csv", "--kind", "projects", "-o", "out.yaml", "--lang", "de"], in: scratch.url)
        #expect(german.status == 2 && german.standardError.contains("'out.yaml' gibt es schon; ersetzen Sie die Datei mit --force"))
    }
}

/// Spreadsheets that lose rows or escape the formula guard (issue 11, item 8).
@Suite("Spreadsheet edge cases")
struct SpreadsheetEdgeCaseTests {
    @Test("a quote that opens a field and runs past its line is reported with its row, nothing written")
    func unterminatedQuote() throws {
        let scratch = ScratchDirectory()
        scratch.write("ID;Bezeichnung;Status\np1;\"unterminated;läuft\np2;x\"y;geplant\n", to: "b.csv")
        let result = try CommandRunner.run(["import", "csv", "b.csv", "--kind", "projects", "-o", "-"], in: scratch.url)
        #expect(result.status == 2, "\(result.standardOutput)")
        #expect(result.standardError.contains("b.csv:2: error: the quote that opens the field at line 2, column 4 is closed only on line 3"), "\(result.standardError)")
        #expect(result.standardOutput.isEmpty)
    }

    @Test("a quote that is never closed names the line it opens on")
    func neverClosed() throws {
        let scratch = ScratchDirectory()
        scratch.write("ID;Bezeichnung\np1;Eins\np2;\"Zwei\np3;Drei\n", to: "b.csv")
        let result = try CommandRunner.run(["import", "csv", "b.csv", "--kind", "projects", "-o", "-"], in: scratch.url)
        #expect(result.status == 2)
        #expect(result.standardError.contains("b.csv:3: error: the quote that opens the field at line 3, column 4 is never closed"), "\(result.standardError)")
    }

    @Test("CR-only line ends (old Mac spreadsheets) read as lines")
    func carriageReturnLines() throws {
        let scratch = ScratchDirectory()
        scratch.write("ID;Bezeichnung;Status\rp1;Eins;läuft\rp2;Zwei;geplant\r", to: "b.csv")
        let result = try CommandRunner.run(["import", "csv", "b.csv", "--kind", "projects", "-o", "-"], in: scratch.url)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("p1:") && result.standardOutput.contains("p2:"), "\(result.standardOutput)")
        #expect(result.standardOutput.contains("Zwei"))
    }

    @Test("a name starting with a tab or carriage return and '=' is no formula in CSV output")
    func formulaGuardAfterTab() throws {
        let scratch = ScratchDirectory()
        scratch.write("""
            ecosystem: T
            fields: { f: { name: Feld } }
            actors: { a: { name: "\\t=HYPERLINK(\\"http://x\\")" } }
            projects:
              p: { name: "\\r=1+1", field: f, accountable: a }
            """, to: "m.yaml")
        let result = try CommandRunner.run(["matrix", "m.yaml", "--format", "csv", "-o", "-"], in: scratch.url)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(!result.standardOutput.contains(";\t="), "\(result.standardOutput)")
        #expect(result.standardOutput.contains("'\t=HYPERLINK") || result.standardOutput.contains("\"'\t=HYPERLINK"), "\(result.standardOutput)")
        #expect(result.standardOutput.contains("'\r=1+1"), "\(result.standardOutput)")
    }
}
