import EcographCore
import EcographRules
import Foundation

/// The report for a council or a steering group, in one self-contained HTML file: the map, the
/// findings (filterable by severity and rule; a click shows the node on the map), the innovation
/// portfolio and the RACI matrix. No network, no external files; printable. Every piece of user
/// text is escaped.
///
/// Deep links: `report.html#finding-3` selects the fourth finding as a click would;
/// `report.html#rule=missing-lotse` shows only that rule's findings.
public struct HTMLReport: Sendable {
    public let graph: EcosystemGraph
    public let result: CheckResult
    /// The map as SVG (e.g. from `EcosystemMap`), inlined.
    public let mapSVG: String
    public let language: Language

    public init(graph: EcosystemGraph, result: CheckResult, mapSVG: String, language: Language) {
        self.graph = graph
        self.result = result
        self.mapSVG = mapSVG
        self.language = language
    }

    private var de: Bool { language == .de }

    public func html() -> String {
        let title = (de ? "Ökosystem-Bericht" : "Ecosystem report") + (graph.name.isEmpty ? "" : ": \(graph.name)")
        var body = "<header><h1>\(Escape.html(title))</h1>\n"
        body += "<nav><a href=\"#map\">\(de ? "Karte" : "Map")</a><a href=\"#findings\">\(de ? "Befunde" : "Findings")</a>"
        body += "<a href=\"#portfolio\">\(de ? "Innovationsportfolio" : "Innovation portfolio")</a><a href=\"#raci\">\(de ? "RACI-Matrix" : "RACI matrix")</a></nav></header>\n"
        body += "<section id=\"map\"><h2>\(de ? "Karte" : "Map")</h2><div class=\"map\">\(Self.inlineSVG(mapSVG))</div></section>\n"
        body += findingsSection()
        body += "<section id=\"portfolio\"><h2>\(de ? "Innovationsportfolio" : "Innovation portfolio")</h2>\n"
        body += PortfolioReport(portfolio: Portfolio(graph: graph), language: language).htmlFragment(headingLevel: 3) + "</section>\n"
        body += "<section id=\"raci\"><h2>\(de ? "RACI-Matrix" : "RACI matrix")</h2>\n"
        body += RACIMatrixReport(matrix: RACIMatrix(graph: graph), language: language).htmlFragment() + "</section>\n"
        return HTMLPage(title: title, language: language, body: body, script: Self.script).text
    }

    private func findingsSection() -> String {
        let counts = "\(result.count(of: .error)) " + (de ? "Fehler" : "errors") + ", \(result.count(of: .warning)) " + (de ? "Warnungen" : "warnings")
            + ", \(result.count(of: .info)) " + (de ? "Hinweise" : "info")
        var html = "<section id=\"findings\"><h2>\(de ? "Befunde" : "Findings") <span id=\"findings-count\" class=\"count\">(\(result.findings.count))</span></h2>\n"
        html += "<p class=\"summary\">\(Escape.html(counts))</p>\n<div class=\"filters\">"
        for severity in Severity.allCases {
            html += "<label><input type=\"checkbox\" class=\"severity-filter\" value=\"\(severity.rawValue)\" checked=\"checked\"/> \(Escape.html(severityWord(severity)))</label> "
        }
        html += "<label>\(de ? "Regel" : "Rule") <select id=\"rule-filter\"><option value=\"\">\(de ? "alle" : "all")</option>"
        for rule in Set(result.findings.map(\.rule)).sorted() {
            html += "<option value=\"\(Escape.html(rule))\">\(Escape.html(rule))</option>"
        }
        html += "</select></label> <span id=\"visible-count\"></span></div>\n<ol id=\"finding-list\">"
        for (index, finding) in result.findings.enumerated() {
            let subject = finding.subject ?? ""
            html += "<li id=\"finding-\(index)\" class=\"finding severity-\(finding.severity.rawValue)\" data-severity=\"\(finding.severity.rawValue)\" data-rule=\"\(Escape.html(finding.rule))\" data-subject=\"\(Escape.html(subject))\">"
            html += "<a href=\"#map\" class=\"show-on-map\"><span class=\"severity\">\(Escape.html(severityWord(finding.severity)))</span> "
            html += "<code>[\(Escape.html(finding.rule))]</code> \(Escape.html(finding.message.text(in: language)))"
            html += "<span class=\"missing-note\"> (\(de ? "nicht auf der Übersichtskarte" : "not on the overview map"))</span></a>"
            html += "<div class=\"hint\">\(Escape.html(finding.hint.text(in: language)))</div>"
            html += "<div class=\"location\">\(Escape.html("\(finding.location.file):\(finding.location.line):\(finding.location.column)"))</div></li>\n"
        }
        html += "</ol>"
        if result.findings.isEmpty { html += "<p>\(de ? "Keine Befunde." : "No findings.")</p>" }
        return html + "</section>\n"
    }

    private func severityWord(_ severity: Severity) -> String {
        switch (severity, language) {
        case (.error, .de): return "Fehler"
        case (.warning, .de): return "Warnung"
        case (.info, .de): return "Hinweis"
        default: return severity.rawValue
        }
    }

    /// The SVG without its XML declaration, doctype and comments, ready to sit inside HTML.
    static func inlineSVG(_ svg: String) -> String {
        guard let start = svg.range(of: "<svg") else { return "" }
        return String(svg[start.lowerBound...])
    }

    /// Filters, and the click that shows a finding's node on the map. Wrapped so that the page
    /// stays well-formed XML as well as HTML.
    static let script = """
        //<![CDATA[
        (function () {
          var items = Array.prototype.slice.call(document.querySelectorAll('li.finding'));
          function node(id) { return document.getElementById('n-' + id); }
          items.forEach(function (item) {
            if (!node(item.getAttribute('data-subject'))) { item.classList.add('not-on-map'); }
            item.addEventListener('click', function (event) {
              event.preventDefault();
              items.forEach(function (other) { other.classList.remove('selected'); });
              item.classList.add('selected');
              Array.prototype.forEach.call(document.querySelectorAll('.highlight'), function (n) { n.classList.remove('highlight'); });
              var target = node(item.getAttribute('data-subject'));
              if (target) {
                target.classList.add('highlight');
                if (target.scrollIntoView) { target.scrollIntoView({ block: 'center', inline: 'center' }); }
              }
            });
          });
          function applyFilters() {
            var severities = Array.prototype.filter.call(document.querySelectorAll('.severity-filter'), function (box) { return box.checked; })
              .map(function (box) { return box.value; });
            var rule = document.getElementById('rule-filter').value;
            var visible = 0;
            items.forEach(function (item) {
              var show = severities.indexOf(item.getAttribute('data-severity')) >= 0 && (rule === '' || item.getAttribute('data-rule') === rule);
              item.hidden = !show;
              if (show) { visible += 1; }
            });
            document.getElementById('visible-count').textContent = visible + ' / ' + items.length;
          }
          Array.prototype.forEach.call(document.querySelectorAll('.severity-filter, #rule-filter'), function (control) {
            control.addEventListener('change', applyFilters);
          });
          var hash = decodeURIComponent(location.hash.slice(1));
          if (hash.indexOf('rule=') === 0) { document.getElementById('rule-filter').value = hash.slice(5); }
          applyFilters();
          if (/^finding-[0-9]+$/.test(hash) && document.getElementById(hash)) { document.getElementById(hash).click(); }
        })();
        //]]>
        """
}
