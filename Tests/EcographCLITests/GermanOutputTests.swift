import EcographMessages
import Foundation
import Testing

/// Every command with `--lang de` on the German samples: nothing it prints or writes contains an
/// English text of the message catalogue. The same commands in English find many of them, so
/// the test can fail.
@Suite("German throughout")
struct GermanOutputTests {
    /// A model with mistakes a German user makes, so that diagnostics and advice are printed too.
    static let mistakes = """
        ökosystem: Fehlerstadt
        systeme:
          verwaltung: { bezeichnung: Verwaltung }
        projekte:
          p1: { bezeichnung: Park-App, status: laufend, federfürend: x, nmae: y }
          p2: { federführend: niemand }
          p3: { federführend: verwaltung, gestaltungsfeld: [a, b] }
        rollen:
          r 1: {}
        beziehungen:
          - { von: verwaltung, typ: mag, zu: p1 }
          - { von: verwaltung }
        """

    /// A spreadsheet with the mistakes of a hurried export: an unknown status, names where ids
    /// belong, an id twice, a row with a field too many, and a column the model does not know.
    static let importMistakes = """
        ID;Projektname;Status;Federführung;Farbe
        a;Park-App;laufend;Amt für Mobilität;rot
        a;Schul-WLAN;Idee;lotse;blau
        b;Zu viel;idee;lotse;grün;extra
        c;MÃ¼ller;idee;;
        """

    /// The English fragments of the catalogue that a German output must not contain: the literal
    /// parts of English templates that differ from German, long enough to be sentences or
    /// phrases, found in no German template and in none of the samples.
    static let englishFragments: [String] = {
        let entries = MessageCatalogue.entries.filter { $0.wording.en != $0.wording.de }
        let german = MessageCatalogue.entries.map(\.wording.de).joined(separator: "\n")
        let samples = ["samples/musterstadt.yaml", "samples/region", "samples/programm", "samples/tabellen"].flatMap { path in
            let url = CommandRunner.repository.appendingPathComponent(path)
            let files = (try? FileManager.default.contentsOfDirectory(atPath: url.path))?.map { url.appendingPathComponent($0) } ?? [url]
            return files.compactMap { try? String(contentsOf: $0, encoding: .utf8) }
        }.joined(separator: "\n")
        var fragments: Set<String> = []
        for entry in entries {
            for part in MessageTemplate.parts(of: entry.wording.en) {
                guard case .literal(let text) = part else { continue }
                let fragment = text.trimmingCharacters(in: CharacterSet(charactersIn: " ;:,.()'—–-…→\n"))
                guard fragment.count >= 10, fragment.contains(" "), !german.contains(fragment), !samples.contains(fragment) else { continue }
                fragments.insert(fragment)
            }
        }
        return fragments.sorted()
    }()

    /// Runs every command in a language and returns all it printed and wrote.
    static func everything(in language: String) throws -> String {
        let scratch = ScratchDirectory()
        scratch.write(mistakes, to: "fehler.yaml")
        scratch.write(importMistakes, to: "fehler.csv")
        let tabellen = CommandRunner.repository.appendingPathComponent("samples/tabellen").path
        let musterstadt = CommandRunner.repository.appendingPathComponent("samples/musterstadt.yaml").path
        let region = CommandRunner.repository.appendingPathComponent("samples/region").path
        let programm = CommandRunner.repository.appendingPathComponent("samples/programm").path
        var older = try String(contentsOfFile: musterstadt, encoding: .utf8)
        older = older.replacingOccurrences(of: "status: läuft", with: "status: geplant")
        scratch.write(older, to: "vorher.yaml")
        let out = scratch.url.path
        var runs: [[String]] = [
            ["validate", musterstadt], ["validate", region], ["validate", programm],
            ["validate", "fehler.yaml"], ["validate", "fehler.yaml", "--format", "json"],
            ["validate", "fehlt.yaml"],
            ["check", musterstadt], ["check", region, "--all"], ["check", programm, "--format", "json"],
            ["check", musterstadt, "--format", "sarif"], ["check", "fehler.yaml"],
            ["render", musterstadt, "-o", "\(out)/karte.svg"], ["render", region, "-o", "\(out)/region.svg"],
            ["render", musterstadt, "--field", "mobilitaet", "-o", "\(out)/feld.svg"],
            ["render", musterstadt, "--field", "mobilitat", "-o", "\(out)/falsch.svg"],
            ["render", musterstadt, "--status", "laufend", "-o", "\(out)/falsch.svg"],
            ["report", musterstadt, "-o", "\(out)/bericht.html"],
            ["report", region, "-o", "\(out)/atlas/atlas.html"],
            ["portfolio", musterstadt], ["portfolio", musterstadt, "--format", "html"],
            ["portfolio", musterstadt, "--format", "csv"], ["portfolio", musterstadt, "--format", "json"],
            ["matrix", musterstadt], ["matrix", musterstadt, "--format", "html"], ["matrix", musterstadt, "--field", "mobilitat"],
            ["diff", "vorher.yaml", musterstadt], ["diff", "vorher.yaml", musterstadt, "--format", "md"],
            ["rules"], ["rules", "explain", "unknown-rule"],
            ["metamodel"], ["metamodel", "--format", "markdown"],
            ["init", "\(out)/neu"], ["init", "\(out)/neu"],
            ["export", musterstadt, "-o", "\(out)/export.json"],
            ["import", "csv", "\(tabellen)/projekte-excel.csv", "--kind", "projects", "-o", "\(out)/projekte.yaml"],
            ["import", "csv", "\(tabellen)/projekte-excel.csv", "--kind", "projects", "-o", "-", "--encoding", "utf-8"],
            ["import", "csv", "\(tabellen)/projekte-excel.csv", "--kind", "projects", "-o", "-", "--map", "Bemerkung=farbe"],
            ["import", "csv", "fehler.csv", "--kind", "projects", "-o", "\(out)/fehler-import.yaml"],
            ["import", "csv", "fehler.csv", "--kind", "projects", "-o", "\(out)/projekte.yaml"],
            ["import", "xlsx", "\(tabellen)/projekte.xlsx", "--kind", "projects", "-o", "\(out)/projekte-mappe.yaml"],
            ["import", "xlsx", "\(tabellen)/projekte.xlsx", "--kind", "projects", "--sheet", "Tabelle9", "-o", "-"],
            ["import", "xlsx", "fehler.csv", "--kind", "projects", "-o", "-"],
            ["export", musterstadt, "--format", "mermaid", "-o", "\(out)/karte.mmd"],
            ["export", region, "--format", "mermaid"], ["export", musterstadt, "--format", "neo4j"],
            ["export", musterstadt, "--format", "neo4j", "-o", "\(out)/karte.svg"],
            ["check", musterstadt, "--format", "junit", "-o", "\(out)/junit.xml"],
            ["check", musterstadt, "--format", "codequality", "-o", "\(out)/codequality.json"],
        ]
        for rule in ["unclear-ownership", "missing-lotse", "vacant-role", "cdo-bridge", "overloaded-actor", "single-point-of-failure",
                     "orphan-node", "unassigned-project", "consolidation-candidate", "missing-value-proposition",
                     "missing-benefit-indicator", "no-external-participation"] {
            runs.append(["rules", "explain", rule])
        }
        var text = ""
        for arguments in runs {
            let result = try CommandRunner.run(arguments + ["--lang", language], in: scratch.url)
            text += "$ ecograph \(arguments.joined(separator: " "))\n" + result.standardOutput + result.standardError
        }
        // Everything the commands wrote.
        if let files = FileManager.default.enumerator(atPath: out) {
            for case let file as String in files {
                guard let written = try? String(contentsOfFile: "\(out)/\(file)", encoding: .utf8) else { continue }
                let markup = file.hasSuffix(".html") || file.hasSuffix(".svg")
                text += "\n== \(file)\n" + (markup ? visibleText(of: written) : written)
            }
        }
        return text
    }

    /// What a reader of an HTML page or SVG map sees: the text between tags and the attributes
    /// shown as tooltips, labels or placeholders — not styles, scripts, class names or ids.
    static func visibleText(of markup: String) -> String {
        var text = markup
        for block in ["style", "script"] {
            text = text.replacingOccurrences(of: "(?s)<\(block)[^>]*>.*?</\(block)>", with: " ", options: [.regularExpression])
        }
        var shown: [String] = []
        let attribute = try! NSRegularExpression(pattern: "(?:xlink:title|title|alt|aria-label|placeholder|content)=\"([^\"]*)\"")
        for match in attribute.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            shown.append(String(text[Range(match.range(at: 1), in: text)!]))
        }
        text = text.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
        return (shown + [text]).joined(separator: "\n")
            .replacingOccurrences(of: "&#45;", with: "-").replacingOccurrences(of: "&amp;", with: "&")
    }

    @Test("no English text of the catalogue in anything the commands print or write with --lang de")
    func german() throws {
        let output = try Self.everything(in: "de")
        let leaks = Self.englishFragments.filter { output.contains($0) }
        #expect(leaks.isEmpty, "English in German output: \(leaks)")
        #expect(output.contains("meinten Sie 'federführend'?"))
        #expect(output.contains("erlaubt sind idee (idea), geplant (planned), beginnt (starting), läuft (running), abgeschlossen (done)"))
    }

    @Test("the same commands in English find the catalogue's English texts, so the German test can fail")
    func control() throws {
        let output = try Self.everything(in: "en")
        let found = Self.englishFragments.filter { output.contains($0) }
        #expect(found.count > 150, "only \(found.count) of \(Self.englishFragments.count) English fragments found")
    }
}
