import Foundation
import Testing

/// `ecograph serve --lang de` as a German user meets it: the announcement, the page with the
/// texts its script shows, the state with the model's problems and findings, and the server's
/// short replies — German, with none of the catalogue's English texts; the same in English
/// finds them, so the test can fail.
@Suite("German live page")
struct GermanServeTests {
    /// Everything a user of the served page can see, from a server on an invalid model and one
    /// on the sample, in a language.
    static func everything(in language: String) throws -> String {
        let scratch = ScratchDirectory()
        let broken = scratch.write(GermanOutputTests.mistakes, to: "fehler.yaml")
        let sample = CommandRunner.repository.appendingPathComponent("samples/musterstadt.yaml").path
        var text = ""
        for model in [broken, sample] {
            let server = try ServeProcess([model, "--lang", language])
            text += server.announcement
            let page = try RawHTTP.request("/", port: server.port)
            let html = String(decoding: page.body, as: UTF8.self)
            text += GermanOutputTests.visibleText(of: html)
            // The script's own texts, handed over by the server as data- attributes.
            let words = try NSRegularExpression(pattern: "data-word-[a-z-]+=\"([^\"]*)\"")
            for match in words.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
                text += "\n" + String(html[Range(match.range(at: 1), in: html)!])
            }
            let (state, _) = try eventually(within: 60, {
                String(decoding: try RawHTTP.request("/api/state", port: server.port).body, as: UTF8.self)
            }) { !$0.contains("\"status\":\"loading\"") }
            text += "\n" + Self.unescaped(state)
            for target in ["/nichts", "/map?view=feld:gibt-es-nicht&model=1"] {
                text += "\n" + String(decoding: try RawHTTP.request(target, port: server.port).body, as: UTF8.self)
            }
            text += server.stop()
        }
        return text
    }

    /// JSON text with its escapes undone, so that a message reads as the page shows it.
    static func unescaped(_ json: String) -> String {
        guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) else { return json }
        func strings(_ value: Any) -> [String] {
            switch value {
            case let text as String: return [text]
            case let list as [Any]: return list.flatMap(strings)
            case let map as [String: Any]: return map.values.flatMap(strings)
            default: return []
            }
        }
        return strings(object).map { $0.contains("<") ? GermanOutputTests.visibleText(of: $0) : $0 }.joined(separator: "\n")
    }

    @Test("the page, its state and the server's replies are German under --lang de, the model's problems included")
    func german() throws {
        let output = try Self.everything(in: "de")
        let leaks = GermanOutputTests.englishFragments.filter { output.contains($0) }
        #expect(leaks.isEmpty, "English on the German page: \(leaks)\n\(output)")
        for expected in [
            "ecograph serve: Öffnen Sie http://127.0.0.1:",
            "Live-Karte", "Probleme im Modell", "Gestaltungsfelder",
            "Das Modell ist fehlerhaft. Karte und Befunde zeigen den letzten gültigen Stand",
            "Live: Die Seite folgt dem Modell, sobald Sie es speichern.",
            "meinten Sie 'federführend'?",
            "erlaubt sind idee (idea), geplant (planned), beginnt (starting), läuft (running)",
            "Nicht gefunden.", "Dieses Modell hat keine solche Ansicht.",
        ] {
            #expect(output.contains(expected), "missing: \(expected)\n\(output)")
        }
        #expect(output.range(of: "\\d+ Fehler, \\d+ Warnung(en)?, \\d+ Hinweise?", options: .regularExpression) != nil, "\(output)")
    }

    @Test("the same pages in English show the catalogue's English texts, so the German test can fail")
    func control() throws {
        let output = try Self.everything(in: "en")
        for expected in ["Live map", "The model is invalid.", "did you mean 'federführend'?", "Not found.", "open http://127.0.0.1:"] {
            #expect(output.contains(expected), "missing: \(expected)\n\(output)")
        }
        let found = GermanOutputTests.englishFragments.filter { output.contains($0) }
        #expect(found.count >= 10, "only \(found.count) English fragments: \(found)")
    }
}
