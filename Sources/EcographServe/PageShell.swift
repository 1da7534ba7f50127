import EcographCore
import EcographRules

/// The page `serve` answers `/` with: the frame the script fills from `/api/state`. Its fixed
/// texts are in the server's language; the script's own texts come as `data-` attributes, since
/// the Content-Security-Policy allows no inline script.
enum PageShell {
    static func html(language: Language) -> String {
        let words: [(String, String)] = [
            ("live", ServeWords.live(language)),
            ("invalid", ServeWords.invalid(language)),
            ("invalid-from-the-start", ServeWords.invalidFromTheStart(language)),
            ("disconnected", ServeWords.disconnected(language)),
            ("loading", ServeWords.loading(language)),
            ("drawing", ServeWords.drawing(language)),
            ("view-failed", ServeWords.viewFailed(language)),
            ("not-in-map", ServeWords.notInMap(language)),
            ("no-findings", ServeWords.noFindings(language)),
            ("no-model", ServeWords.noModel(language)),
            ("advice", ServeWords.advice(language)),
            ("focus", ServeWords.focus(language)),
        ]
        let data = words.map { " data-word-\($0.0)=\"\($0.1.htmlEscaped)\"" }.joined()
        func text(_ string: String) -> String { string.htmlEscaped }
        return """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>ecograph — \(text(ServeWords.title(language)))</title>
            <link rel="stylesheet" href="/app.css">
            <script src="/app.js" defer></script>
            </head>
            <body\(data)>
            <header>
            <h1><span id="ecosystem">ecograph</span> — \(text(ServeWords.title(language)))</h1>
            <p id="status" class="status loading" role="status">\(text(ServeWords.loading(language)))</p>
            <nav><a href="#map-section">\(text(ServeWords.map(language)))</a> <a href="#findings-section">\(text(ServeWords.findings(language)))</a> <a href="#portfolio-section">\(text(ServeWords.portfolio(language)))</a> <a href="#raci-section">\(text(ServeWords.raci(language)))</a></nav>
            </header>
            <section id="problems-section" hidden>
            <h2>\(text(ServeWords.problems(language)))</h2>
            <ul id="problems"></ul>
            </section>
            <main>
            <section id="map-section">
            <label for="view">\(text(ServeWords.view(language)))</label> <select id="view"></select>
            <p id="map-note" class="note" hidden></p>
            <p id="map-error" class="map-error" hidden></p>
            <div id="map"></div>
            </section>
            <section id="findings-section">
            <h2>\(text(ServeWords.findings(language))) <span id="summary"></span></h2>
            <ul id="findings"></ul>
            </section>
            </main>
            <section id="portfolio-section"><h2>\(text(ServeWords.portfolio(language)))</h2><div id="portfolio"></div></section>
            <section id="raci-section"><h2>\(text(ServeWords.raci(language)))</h2><div id="raci"></div></section>
            </body>
            </html>

            """
    }
}
