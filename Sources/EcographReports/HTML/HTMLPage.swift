import EcographRules
import EcographMessages

/// A self-contained HTML page: styles inline, no network, printable.
struct HTMLPage {
    let title: String
    let language: Language
    let body: String
    var script: String = ""

    var text: String {
        """
        <!DOCTYPE html>
        <html lang="\(language.rawValue)">
        <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title>\(Escape.html(title))</title>
        <style>\(Self.style)</style>
        </head>
        <body>
        \(body)
        \(script.isEmpty ? "" : "<script>\(script)</script>")
        </body>
        </html>

        """
    }

    static let style = """
        body{font-family:"DejaVu Sans",system-ui,sans-serif;margin:2rem;color:#1f1f1f;line-height:1.4}
        h1{font-size:1.6rem}h2{font-size:1.3rem;margin-top:2rem;border-bottom:1px solid #ddd}h3{font-size:1.1rem}
        table{border-collapse:collapse;margin:.5rem 0 1rem;font-size:.9rem}
        th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}
        thead th{background:#f2f2f2}
        .counts td{text-align:right}
        tr.unclear{background:#fde8e8}
        .severity-error{color:#b00020}.severity-warning{color:#b35c00}.severity-info{color:#1f5fa8}
        .map{border:1px solid #ddd}
        .map svg{width:100%;height:auto;display:block}
        .highlight polygon,.highlight path,.highlight ellipse{stroke:#ff00aa!important;stroke-width:14px!important}
        nav a{margin-right:1rem}
        #finding-list{padding-left:1.5rem}#finding-list li{margin:.3rem 0;cursor:pointer}
        #finding-list li.selected{background:#fff3c4}
        .missing-note{display:none;color:#777;font-size:.85em}#finding-list li.not-on-map .missing-note{display:inline}
        #finding-list a{color:inherit;text-decoration:none}
        .hint,.location{font-size:.85em;color:#555;margin-left:1rem}
        .filters{margin:.5rem 0}
        @media print{nav,.filters{display:none}.map{border:none}#map{break-after:page}table{break-inside:auto}tr{break-inside:avoid}}
        """
}
