import EcographCore
import EcographRules
import EcographMessages

/// The findings page of an atlas, usable with a thousand findings: a table of counts per rule,
/// then the findings grouped by severity and rule in collapsible groups (info closed), with
/// filters by severity, rule, municipality and text, and a filter by node that the maps link to
/// (`#subject=ID`). Each finding links to the page whose map shows its subject.
struct FindingsList {
    let graph: EcosystemGraph
    let findings: [Finding]
    let rules: [RuleDescription]
    let language: Language
    /// The page (anchor or URL) that shows a subject.
    let locate: (String?) -> String
    /// For a region: each finding's municipality, shown and filterable.
    var ecosystemOf: ((Finding) -> String?)?
    /// For a region: the link of a finding's page, which may lie in another file.
    var href: ((Finding) -> String)?

    /// The number of findings of a group listed before a group is closed by default.
    static let openGroupLimit = 50

    func section() -> String {
        var html = "<section class=\"page\" id=\"findings\"><h2>\(AtlasHTML.escape(AtlasWords.findings(language))) <span class=\"count\">(\(findings.count))</span></h2>\n"
        html += "<div class=\"filters\">"
        for severity in Severity.allCases {
            let count = findings.filter { $0.severity == severity }.count
            html += "<label><input type=\"checkbox\" class=\"severity-filter\" value=\"\(severity.rawValue)\" checked=\"checked\"/> \(AtlasHTML.escape(AtlasWords.severityPlural(severity, language))) (\(count))</label> "
        }
        html += "<label>\(AtlasHTML.escape(AtlasWords.rule(language))) <select id=\"rule-filter\"><option value=\"\">\(AtlasHTML.escape(AtlasWords.all(language)))</option>"
        for rule in Set(findings.map(\.rule)).sorted() {
            html += "<option value=\"\(AtlasHTML.escape(rule))\">\(AtlasHTML.escape(rule))</option>"
        }
        html += "</select></label> "
        if let ecosystemOf {
            let names = Set(findings.compactMap(ecosystemOf)).sorted()
            html += "<label>\(AtlasHTML.escape(AtlasWords.municipality(language))) <select id=\"ecosystem-filter\"><option value=\"\">\(AtlasHTML.escape(AtlasWords.all(language)))</option>"
            for name in names { html += "<option value=\"\(AtlasHTML.escape(name))\">\(AtlasHTML.escape(name))</option>" }
            html += "</select></label> "
        }
        html += "<label>\(AtlasHTML.escape(AtlasWords.search(language))) <input type=\"search\" id=\"text-filter\" placeholder=\"\(AtlasHTML.escape(AtlasWords.searchPlaceholder(language)))\"/></label> "
        html += "<span id=\"visible-count\"></span></div>\n"
        html += "<p id=\"subject-filter\" hidden=\"hidden\">\(AtlasHTML.escape(AtlasWords.onlySubject(language))) <strong id=\"subject-name\"></strong> — <a href=\"#findings\">\(AtlasHTML.escape(AtlasWords.showAll(language)))</a></p>\n"
        guard !findings.isEmpty else { return html + "<p class=\"empty\">\(AtlasHTML.escape(AtlasWords.noFindings(language)))</p></section>\n" }
        html += ruleTable()
        var index = 0
        for severity in Severity.allCases {
            for rule in Set(findings.filter { $0.severity == severity }.map(\.rule)).sorted() {
                let group = findings.enumerated().filter { $0.element.severity == severity && $0.element.rule == rule }
                let open = severity != .info && group.count <= Self.openGroupLimit
                html += "<details class=\"finding-group severity-\(severity.rawValue)\" data-severity=\"\(severity.rawValue)\" data-rule=\"\(AtlasHTML.escape(rule))\"\(open ? " open=\"open\"" : "")>"
                html += "<summary><span class=\"severity\">\(AtlasHTML.escape(AtlasWords.severityPlural(severity, language)))</span> · <code>\(AtlasHTML.escape(rule))</code> \(AtlasHTML.escape(ruleName(rule))) <span class=\"group-count\">(\(group.count))</span></summary>\n<ol class=\"finding-list\">"
                for (position, finding) in group {
                    html += item(finding, index: position)
                    index += 1
                }
                html += "</ol></details>\n"
            }
        }
        return html + "</section>\n"
    }

    private func ruleTable() -> String {
        var counts: [String: [Severity: Int]] = [:]
        for finding in findings { counts[finding.rule, default: [:]][finding.severity, default: 0] += 1 }
        var html = "<table class=\"rule-summary\"><caption>\(AtlasHTML.escape(AtlasWords.byRule(language)))</caption><thead><tr><th>\(AtlasHTML.escape(AtlasWords.rule(language)))</th>"
        html += Severity.allCases.map { "<th class=\"num\">\(AtlasHTML.escape(AtlasWords.severityPlural($0, language)))</th>" }.joined() + "</tr></thead><tbody>"
        let ordered = counts.keys.sorted { lhs, rhs in
            let left = Severity.allCases.map { counts[lhs]![$0] ?? 0 }
            let right = Severity.allCases.map { counts[rhs]![$0] ?? 0 }
            return left != right ? left.lexicographicallyPrecedes(right, by: >) : lhs < rhs
        }
        for rule in ordered {
            html += "<tr><th><a href=\"#rule=\(AtlasHTML.escape(rule))\"><code>\(AtlasHTML.escape(rule))</code></a> \(AtlasHTML.escape(ruleName(rule)))</th>"
            html += Severity.allCases.map { severity in
                let count = counts[rule]![severity] ?? 0
                return "<td class=\"num\(count > 0 ? " severity-\(severity.rawValue)" : "")\">\(count)</td>"
            }.joined() + "</tr>"
        }
        return html + "</tbody></table>\n"
    }

    private func item(_ finding: Finding, index: Int) -> String {
        let subject = finding.subject ?? ""
        let subjectName = finding.subject.flatMap(graph.node(id:))?.name ?? ""
        let target = href?(finding) ?? AtlasHTML.fragment(locate(finding.subject))
        var attributes = "id=\"finding-\(index)\" class=\"finding severity-\(finding.severity.rawValue)\" data-severity=\"\(finding.severity.rawValue)\""
        attributes += " data-rule=\"\(AtlasHTML.escape(finding.rule))\" data-subject=\"\(AtlasHTML.escape(subject))\" data-subject-name=\"\(AtlasHTML.escape(subjectName))\""
        let ecosystem = ecosystemOf?(finding)
        if let ecosystem { attributes += " data-ecosystem=\"\(AtlasHTML.escape(ecosystem))\"" }
        var html = "<li \(attributes)><a class=\"show-on-map\" href=\"\(AtlasHTML.escape(target))\">"
        html += "<span class=\"severity\">\(AtlasHTML.escape(AtlasWords.severityWord(finding.severity, language)))</span> "
        if let ecosystem { html += "<span class=\"ecosystem\">\(AtlasHTML.escape(ecosystem))</span> " }
        html += "\(AtlasHTML.escape(finding.message.text(in: language)))</a>"
        html += "<div class=\"hint\">\(AtlasHTML.escape(finding.hint.text(in: language)))</div>"
        html += "<div class=\"location\">\(AtlasHTML.escape("\(finding.location.file):\(finding.location.line):\(finding.location.column)"))</div></li>\n"
        return html
    }

    private func ruleName(_ id: String) -> String {
        rules.first { $0.id == id }?.name.text(in: language) ?? ""
    }
}
