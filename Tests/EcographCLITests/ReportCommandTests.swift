import Foundation
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Portfolio, RACI matrix and starter model through the command line, with structural checks of
/// their outputs and hostile names.
@Suite("Reports for people: portfolio, matrix, init")
struct ReportCommandTests {
    static let hostile = """
        ecosystem: Böse & <Gut>
        fields: { f: { name: "Feld | mit Pipe" } }
        roles: { l: { name: Lotsin, type: lotse, pilots: f } }
        actors:
          x: { name: "=HYPERLINK(\\"http://evil\\")", holds: l }
          y: { name: "Verein \\"Zukunft\\"; e.V." }
        projects:
          p:
            name: "<script>alert(1)</script>"
            field: f
            status: läuft
            accountable: [l, x]
            responsible: y
            value: "Zeile 1\\nZeile 2"
          q: { name: Ohne Federführung, field: f, status: idee }
        """

    /// Splits `;`-separated CSV with quoted fields (RFC 4180), after the byte order mark.
    static func parseCSV(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = "", quoted = false
        var characters = Array(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
        characters.append("\n")
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if quoted {
                if character == "\"" {
                    if index + 1 < characters.count, characters[index + 1] == "\"" { field.append("\""); index += 1 } else { quoted = false }
                } else { field.append(character) }
            } else if character == "\"" {
                quoted = true
            } else if character == ";" {
                row.append(field); field = ""
            } else if character == "\n" || character == "\r\n" {
                row.append(field); field = ""
                if row != [""] { rows.append(row) }
                row = []
            } else if character != "\r" {
                field.append(character)
            }
            index += 1
        }
        return rows
    }

    @Test("the portfolio answers the five questions per field, with counts, in German")
    func portfolioMarkdown() throws {
        let result = try CommandRunner.run(["portfolio", "samples/musterstadt.yaml", "--lang", "de"])
        #expect(result.status == 0)
        let text = result.standardOutput
        let questions = ["Was haben wir bereits umgesetzt?", "Was läuft?", "Was beginnt?", "Was ist geplant?", "Welche Ideen gibt es noch?"]
        let positions = questions.map { text.range(of: "## \($0)")?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil } && positions.map { $0! } == positions.map { $0! }.sorted())
        #expect(text.contains("| gesamt | 5 | 7 | 5 | 4 | 5 | 26 |"))
        #expect(text.contains("| Musterstadt mobil – App für ÖPNV, Rad und Carsharing | Digitaler Lotse Mobilität |"))
    }

    @Test("portfolio JSON and CSV hold every project once per field")
    func portfolioJSONAndCSV() throws {
        let json = try CommandRunner.run(["portfolio", "samples/musterstadt.yaml", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        let sections = try #require(object["sections"] as? [[String: Any]])
        #expect(sections.map { $0["status"] as? String } == ["done", "running", "starting", "planned", "idea"])
        #expect(sections.reduce(0) { $0 + ($1["count"] as? Int ?? 0) } == 26)
        let csv = try CommandRunner.run(["portfolio", "samples/musterstadt.yaml", "--format", "csv"])
        #expect(csv.standardOutput.hasPrefix("\u{FEFF}"))
        let rows = Self.parseCSV(csv.standardOutput)
        #expect(rows.count == 27 && rows.allSatisfy { $0.count == 8 })
        #expect(Set(rows.dropFirst().map { $0[2] }).count == 26)
    }

    @Test("the RACI matrix flags rows without exactly one A; CSV parses into the same grid")
    func matrix() throws {
        let markdown = try CommandRunner.run(["matrix", "samples/musterstadt.yaml"])
        #expect(markdown.standardOutput.contains("⚠ 2 accountable") && markdown.standardOutput.contains("⚠ no one accountable"))
        let csv = try CommandRunner.run(["matrix", "samples/musterstadt.yaml", "--format", "csv", "--lang", "de"])
        let rows = Self.parseCSV(csv.standardOutput)
        let header = try #require(rows.first)
        #expect(rows.dropFirst().allSatisfy { $0.count == header.count })
        let marketplace = try #require(rows.first { $0[0] == "lokaler-marktplatz" })
        #expect(marketplace.filter { $0 == "A" }.count == 2 && marketplace.last == "⚠ 2 federführend")
        let unknown = try CommandRunner.run(["matrix", "samples/musterstadt.yaml", "--field", "mobilitat"])
        #expect(unknown.status == 2 && unknown.standardError.contains("did you mean 'mobilitaet'?"))
    }

    @Test("hostile names are escaped in HTML, Markdown and CSV")
    func hostileNames() throws {
        let scratch = ScratchDirectory()
        scratch.write(Self.hostile, to: "model.yaml")
        for (command, format) in [("portfolio", "html"), ("matrix", "html")] {
            let result = try CommandRunner.run([command, "model.yaml", "--format", format], in: scratch.url)
            #expect(result.status == 0, "\(result.standardError)")
            #expect(!result.standardOutput.contains("<script>alert"))
            let document = try XMLDocument(data: Data(result.standardOutput.utf8), options: [])
            let cells = try document.nodes(forXPath: "//td|//th").compactMap(\.stringValue)
            #expect(cells.contains("<script>alert(1)</script>"), "\(command)")
        }
        let markdown = try CommandRunner.run(["portfolio", "model.yaml"], in: scratch.url)
        #expect(markdown.standardOutput.contains("&lt;script&gt;alert(1)&lt;/script&gt;") && markdown.standardOutput.contains("Feld \\| mit Pipe"))
        #expect(markdown.standardOutput.contains("Zeile 1 Zeile 2"))
        let csv = try CommandRunner.run(["matrix", "model.yaml", "--format", "csv"], in: scratch.url)
        let header = try #require(Self.parseCSV(csv.standardOutput).first)
        #expect(header.contains("'=HYPERLINK(\"http://evil\")") && header.contains("Verein \"Zukunft\"; e.V."))
    }

    @Test("init writes a starter that checks clean, in German and English, and never overwrites without --force", arguments: ["de", "en"])
    func starter(language: String) throws {
        let scratch = ScratchDirectory()
        let result = try CommandRunner.run(["init", "--lang", language, "town"], in: scratch.url)
        #expect(result.status == 0, "\(result.standardError)")
        let model = "town/" + (language == "de" ? "oekosystem.yaml" : "ecosystem.yaml")
        let check = try CommandRunner.run(["check", model, "--format", "json", "--fail-on", "info"], in: scratch.url)
        #expect(check.status == 0, "\(check.standardOutput)")
        #expect(check.standardOutput.contains("\"error\" : 0") && check.standardOutput.contains("\"warning\" : 0"))
        let text = try String(contentsOf: scratch.url.appendingPathComponent(model), encoding: .utf8)
        #expect(text.hasPrefix("#"))
        if language == "de" {
            // German keys throughout: what people read is the 'bezeichnung'.
            #expect(!text.contains("name:") && text.contains("bezeichnung: Mitfahr-App für Pendelnde"))
        }
        scratch.write("mine", to: "town/.ecograph.yml")
        let again = try CommandRunner.run(["init", "--lang", language, "town"], in: scratch.url)
        #expect(again.status == 2 && again.standardError.contains("--force"))
        #expect(try String(contentsOf: scratch.url.appendingPathComponent("town/.ecograph.yml"), encoding: .utf8) == "mine")
        #expect(try CommandRunner.run(["init", "--lang", language, "town", "--force"], in: scratch.url).status == 0)
    }
}
