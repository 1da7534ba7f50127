import Foundation
import Testing

/// Spreadsheets with the headings municipal teams use, extra columns, and German keys under
/// `--lang de`, loaded back by the model loader.
@Suite("ecograph import: headings and columns")
struct SpreadsheetHeadingTests {
    static let companion = ImportCommandTests.companion

    static let table = """
        Projektname;Federführung;Handlungsfeld;Status;Mitwirkende;Beteiligte;Informiert;Zielgruppe(n);Beginn;Ende;Beschreibung;Bemerkung;Lfd. Nr.
        Park-App;lotse-mobilitaet;mobilitaet;läuft;werke;werke;werke;pendler, radfahrende;01.03.2026;2027-06-30;Parken finden;Förderung beantragt;1

        """

    /// Imports `table` in `scratch` and loads the result with the companion model.
    static func importAndExport(_ table: String, _ arguments: [String], in scratch: ScratchDirectory) throws -> (CommandRunner.Result, String, [String: Any]) {
        scratch.write(table, to: "projekte.csv")
        scratch.write(companion, to: "model/base.yaml")
        let result = try CommandRunner.run(["import", "csv", "projekte.csv", "--kind", "projects", "-o", "model/projekte.yaml"] + arguments, in: scratch.url)
        guard result.status == 0 else { return (result, "", [:]) }
        let yaml = try String(contentsOf: scratch.url.appendingPathComponent("model/projekte.yaml"), encoding: .utf8)
        let export = try CommandRunner.run(["export", "model"], in: scratch.url)
        #expect(export.status == 0, "the imported YAML does not load: \(export.standardError)\n\(yaml)")
        let graph = try #require(try JSONSerialization.jsonObject(with: Data(export.standardOutput.utf8)) as? [String: Any])
        let park = (graph["nodes"] as? [[String: Any]] ?? []).first { $0["id"] as? String == "park-app" } ?? [:]
        var edges: [String] = []
        for edge in graph["edges"] as? [[String: Any]] ?? [] where edge["from"] as? String == "park-app" || edge["to"] as? String == "park-app" {
            edges.append("\(edge["from"]!) -\(edge["type"]!)-> \(edge["to"]!)")
        }
        return (result, yaml, ["node": park, "edges": edges.sorted()])
    }

    @Test("German headings fill the model's keys; --lang de writes German keys the loader reads as the English ones")
    func germanHeadings() throws {
        let english = try Self.importAndExport(Self.table, ["--map", "Bemerkung=-", "--map", "Lfd. Nr.=-"], in: ScratchDirectory())
        let german = try Self.importAndExport(Self.table, ["--map", "Bemerkung=-", "--map", "Lfd. Nr.=-", "--lang", "de"], in: ScratchDirectory())
        #expect(english.0.status == 0 && german.0.status == 0, "\(english.0.standardError)\(german.0.standardError)")
        #expect(english.1.contains("projects:\n  park-app:\n    name: \"Park-App\"\n    accountable: \"lotse-mobilitaet\"\n    field: \"mobilitaet\"\n    status: \"running\""))
        #expect(german.1.contains("projekte:\n  park-app:\n    bezeichnung: \"Park-App\"\n    federführend: \"lotse-mobilitaet\"\n    gestaltungsfeld: \"mobilitaet\"\n    status: \"läuft\""))
        #expect(german.1.contains("    mitwirkend: \"werke\"\n    beteiligt: \"werke\"\n    informiert: \"werke\"\n    zielgruppen: [\"pendler\", \"radfahrende\"]\n    beginn: \"2026-03-01\"\n    ende: \"2027-06-30\"\n    beschreibung: \"Parken finden\""))
        #expect(german.1.hasPrefix("# Aus projekte.csv übernommen mit 'ecograph import' (1 von 1 Zeilen)."))
        let edges = try #require(english.2["edges"] as? [String])
        #expect(edges == [
            "lotse-mobilitaet -accountable-> park-app", "park-app -in-field-> mobilitaet", "park-app -targets-> pendler",
            "park-app -targets-> radfahrende", "werke -consulted-> park-app", "werke -informed-> park-app", "werke -responsible-> park-app",
        ])
        #expect(german.2["edges"] as? [String] == edges)
        let attributes = (german.2["node"] as? [String: Any])?["attributes"] as? [String: Any]
        #expect(attributes?["start"] as? String == "2026-03-01" && attributes?["status"] as? String == "running")
    }

    @Test("an unmapped column is a note naming it and the --map that keeps it; the rest is imported")
    func unmappedNote() throws {
        let (result, yaml, _) = try Self.importAndExport(Self.table, [], in: ScratchDirectory())
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.contains(
            "projekte.csv:1: note: column 'Bemerkung' is not imported; keep it with --map \"Bemerkung=x-bemerkung\" (or all such columns with --keep-unmapped)"))
        #expect(result.standardError.contains("column 'Lfd. Nr.' is not imported; keep it with --map \"Lfd. Nr.=x-lfd-nr\""))
        #expect(!yaml.contains("Förderung beantragt"))
        let german = try Self.importAndExport(Self.table, ["--lang", "de"], in: ScratchDirectory())
        #expect(german.0.standardError.contains(
            "projekte.csv:1: Hinweis: die Spalte 'Bemerkung' wird nicht übernommen; behalten Sie sie mit --map \"Bemerkung=x-bemerkung\""))
    }

    @Test("--map COLUMN=x-KEY and --keep-unmapped keep columns as own attributes")
    func keptColumns() throws {
        let mapped = try Self.importAndExport(Self.table, ["--map", "Bemerkung=x-bemerkung", "--map", "Lfd. Nr.=-"], in: ScratchDirectory())
        #expect(mapped.0.status == 0 && !mapped.0.standardError.contains("note:"), "\(mapped.0.standardError)")
        #expect(((mapped.2["node"] as? [String: Any])?["attributes"] as? [String: Any])?["x-bemerkung"] as? String == "Förderung beantragt")
        let kept = try Self.importAndExport(Self.table, ["--keep-unmapped"], in: ScratchDirectory())
        #expect(kept.0.status == 0 && !kept.0.standardError.contains("note:"), "\(kept.0.standardError)")
        let attributes = (kept.2["node"] as? [String: Any])?["attributes"] as? [String: Any]
        #expect(attributes?["x-bemerkung"] as? String == "Förderung beantragt")
        #expect(attributes?["x-lfd-nr"] as? String == "1")
    }

    @Test("--map mistakes are errors at the heading row, and nothing is written", arguments: [
        (["--map", "Bemerkungen=x-bemerkung"], "error: --map names the column 'Bemerkungen', which the table does not have; its columns are 'Projektname'"),
        (["--map", "Bemerkung=farbe"], "projekte.csv:1: error: --map \"Bemerkung=farbe\": 'farbe' is no key of projects"),
        (["--map", "Bemerkung=x-"], "projekte.csv:1: error: --map \"Bemerkung=x-\": an own attribute is 'x-' followed by"),
        (["--map", "Bemerkung=name"], "projekte.csv:1: error: the columns 'Projektname', 'Bemerkung' both fill the key 'name'"),
    ] as [([String], String)])
    func mappingMistakes(arguments: [String], message: String) throws {
        let scratch = ScratchDirectory()
        let (result, _, _) = try Self.importAndExport(Self.table, arguments, in: scratch)
        #expect(result.status == 2)
        #expect(result.standardError.contains(message), "\(result.standardError)")
        #expect(!FileManager.default.fileExists(atPath: scratch.url.appendingPathComponent("model/projekte.yaml").path))
    }

    @Test("a title row above the headings is skipped with a note")
    func titleRow() throws {
        let table = "Projektliste – Stand März 2026;;;\n;;;\nProjektname;Status;Federführung;Gestaltungsfeld\nPark-App;läuft;lotse-mobilitaet;mobilitaet\n;;;\n"
        let (result, _, found) = try Self.importAndExport(table, [], in: ScratchDirectory())
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.contains("projekte.csv:3: note: the headings are in row 3; the rows above them are not imported"))
        #expect((found["node"] as? [String: Any])?["name"] as? String == "Park-App")
    }
}
