import EcographCore
import EcographRendering
import EcographReports
import EcographRules
import Foundation
import EcographMessages

/// The atlas of one ecosystem as one HTML file: its landscape, a page per field and per
/// system, projects without a field, its findings, portfolio and RACI matrix. In a region, each
/// municipality's page is such a file, with a link back to the region.
struct EcosystemDocument: Sendable {
    let graph: EcosystemGraph
    /// The findings about this ecosystem, in canonical order.
    let findings: [Finding]
    let rules: [RuleDescription]
    let language: Language
    /// The prefix of this document's map keys (`""`, `m3/`).
    let key: String
    let drawsLandscape: Bool
    let drawsDetail: Bool
    /// For a municipality of a region: the region's name and the path of its index from this file.
    var region: (name: String, index: String)?

    init(graph: EcosystemGraph, findings: [Finding], rules: [RuleDescription], language: Language, key: String, drawsLandscape: Bool, drawsDetail: Bool) {
        self.graph = graph
        self.findings = findings
        self.rules = rules
        self.language = language
        self.key = key
        self.drawsLandscape = drawsLandscape
        self.drawsDetail = drawsDetail
        locator = PageLocator(graph: graph)
    }

    let locator: PageLocator

    /// The fields, by name as a reader looks for them.
    var fields: [Int] { graph.nodes(of: .field).sorted { EcosystemParts.alphabetical(graph.nodes[$0].name, graph.nodes[$1].name) } }
    /// The systems, in model order.
    var systems: [Int] { Array(graph.nodes(of: .system)) }
    var unassigned: [Int] { graph.nodes(of: .project).filter { graph.targets(of: $0, via: .inField).isEmpty } }

    // MARK: - Maps

    func mapRequests() -> [MapRequest] {
        var requests: [MapRequest] = []
        if drawsLandscape {
            requests.append(MapRequest(key: key + "landscape", map: map(.landscape)))
        }
        guard drawsDetail else { return requests }
        for field in fields {
            var view = MapView()
            view.field = graph.nodes[field].id
            requests.append(MapRequest(key: key + PageLocator.fieldAnchor(graph.nodes[field].id), map: map(view)))
        }
        for system in systems {
            var view = MapView()
            view.system = graph.nodes[system].id
            requests.append(MapRequest(key: key + PageLocator.systemAnchor(graph.nodes[system].id), map: map(view)))
        }
        return requests
    }

    private func map(_ view: MapView) -> EcosystemMap {
        var options = MapOptions()
        options.language = language
        options.detail = .full
        options.links = links
        options.title = view.form == .landscape ? nil : title(of: view)
        return EcosystemMap(graph: graph, findings: findings, view: view, options: options)
    }

    private func title(of view: MapView) -> String {
        let name = view.field.flatMap(graph.node(id:))?.name ?? view.system.flatMap(graph.node(id:))?.name ?? graph.name
        return graph.name.isEmpty || name == graph.name ? name : "\(graph.name) — \(name)"
    }

    /// Where a click on a map's node leads: fields and systems to their pages, other nodes with
    /// findings to the findings about them.
    var links: [String: String] {
        var links: [String: String] = [:]
        for field in fields { links[graph.nodes[field].id] = AtlasHTML.fragment(PageLocator.fieldAnchor(graph.nodes[field].id)) }
        for system in systems { links[graph.nodes[system].id] = AtlasHTML.fragment(PageLocator.systemAnchor(graph.nodes[system].id)) }
        links[Landscape.noFieldID] = AtlasHTML.fragment(PageLocator.unassignedAnchor)
        for finding in findings {
            for subject in finding.subjects where links[subject] == nil {
                links[subject] = AtlasHTML.fragment("subject=" + subject)
            }
        }
        return links
    }

    // MARK: - The document

    func html(maps: [String: [FittedMap]]) -> String {
        let name = graph.name.isEmpty ? AtlasWords.reportTitle(language) : graph.name
        let title = AtlasWords.reportTitle(language) + (graph.name.isEmpty ? "" : ": \(graph.name)")
        var body = "<header><h1>\(AtlasHTML.escape(title))</h1>\n"
        if let region {
            body += "<p class=\"back\"><a href=\"\(AtlasHTML.escape(region.index))\">\(AtlasHTML.escape(AtlasWords.backToRegion(language, region.name)))</a></p>\n"
        }
        body += navigation() + "</header>\n<main>\n"
        body += landscapePage(name: name, maps: maps)
        let fieldList = Array(fields)
        for (position, field) in fieldList.enumerated() {
            body += fieldPage(field, previous: position > 0 ? fieldList[position - 1] : nil, next: position + 1 < fieldList.count ? fieldList[position + 1] : nil, maps: maps)
        }
        let systemList = Array(systems)
        for (position, system) in systemList.enumerated() {
            body += systemPage(system, previous: position > 0 ? systemList[position - 1] : nil, next: position + 1 < systemList.count ? systemList[position + 1] : nil, maps: maps)
        }
        if !unassigned.isEmpty { body += unassignedPage() }
        body += FindingsList(graph: graph, findings: findings, rules: rules, language: language, locate: { self.locator.anchor(for: $0) }).section()
        body += "<section class=\"page\" id=\"portfolio\"><h2>\(AtlasHTML.escape(AtlasWords.portfolio(language)))</h2>\n"
        body += PortfolioReport(portfolio: Portfolio(graph: graph), language: language).htmlFragment(headingLevel: 3, projectLinks: projectLinks) + "</section>\n"
        body += "<section class=\"page\" id=\"raci\"><h2>\(AtlasHTML.escape(AtlasWords.raci(language)))</h2>\n"
        body += RACIMatrixReport(matrix: RACIMatrix(graph: graph), language: language).htmlFragment(projectLinks: projectLinks) + "</section>\n"
        body += "</main>\n"
        return AtlasHTML.page(title: title, language: language, body: body)
    }

    private var projectLinks: [String: String] {
        var links: [String: String] = [:]
        for project in graph.nodes(of: .project) { links[graph.nodes[project].id] = AtlasHTML.fragment(locator.anchor(for: graph.nodes[project].id)) }
        return links
    }

    private func navigation() -> String {
        var html = "<nav class=\"main-nav\">"
        html += AtlasHTML.link("landscape", AtlasWords.landscape(language))
        html += AtlasHTML.link("findings", "\(AtlasWords.findings(language)) (\(findings.count))")
        html += AtlasHTML.link("portfolio", AtlasWords.portfolio(language))
        html += AtlasHTML.link("raci", AtlasWords.raci(language))
        html += "</nav>\n<nav class=\"page-nav\"><span class=\"nav-label\">\(AtlasHTML.escape(AtlasWords.fields(language))):</span> "
        html += fields.map { AtlasHTML.link(PageLocator.fieldAnchor(graph.nodes[$0].id), graph.nodes[$0].name) }.joined(separator: " ")
        if !unassigned.isEmpty { html += " " + AtlasHTML.link(PageLocator.unassignedAnchor, AtlasWords.unassigned(language)) }
        html += "<br/><span class=\"nav-label\">\(AtlasHTML.escape(AtlasWords.systems(language))):</span> "
        html += systems.map { AtlasHTML.link(PageLocator.systemAnchor(graph.nodes[$0].id), graph.nodes[$0].name) }.joined(separator: " ")
        return html + "</nav>\n"
    }

    // MARK: - Pages

    private func landscapePage(name: String, maps: [String: [FittedMap]]) -> String {
        let landscape = Landscape(graph: graph, findings: findings)
        var html = "<section class=\"page\" id=\"landscape\"><h2>\(AtlasHTML.escape(AtlasWords.landscape(language))): \(AtlasHTML.escape(name))</h2>\n"
        html += mapFigure(maps[key + "landscape"])
        html += "<h3>\(AtlasHTML.escape(AtlasWords.fields(language)))</h3>\n<table class=\"units\"><thead><tr>"
        html += [AtlasWords.field(language), AtlasWords.lotse(language)].map { "<th>\(AtlasHTML.escape($0))</th>" }.joined()
        html += ProjectStatus.allCases.reversed().map { "<th class=\"num\">\(AtlasHTML.escape($0.word(in: language)))</th>" }.joined()
        html += Severity.allCases.map { "<th class=\"num\">\(AtlasHTML.escape(AtlasWords.severityPlural($0, language)))</th>" }.joined() + "</tr></thead><tbody>"
        for unit in landscape.fields {
            let anchor = unit.node.map { PageLocator.fieldAnchor(graph.nodes[$0].id) } ?? PageLocator.unassignedAnchor
            let title = unit.node.map { graph.nodes[$0].name } ?? AtlasWords.unassigned(language)
            html += "<tr\(unit.hasLotse || unit.node == nil ? "" : " class=\"no-lotse\"")><th>\(AtlasHTML.link(anchor, title))</th><td>\(AtlasHTML.escape(unit.node == nil ? "" : lotseText(unit)))</td>"
            html += ProjectStatus.allCases.reversed().map { "<td class=\"num\">\(unit.statusCounts[$0] ?? 0)</td>" }.joined()
            html += findingCells(unit.findings) + "</tr>\n"
        }
        html += "</tbody></table>\n<h3>\(AtlasHTML.escape(AtlasWords.systems(language)))</h3>\n<table class=\"units\"><thead><tr>"
        html += [AtlasWords.system(language), AtlasWords.actors(language), AtlasWords.roles(language)].map { "<th>\(AtlasHTML.escape($0))</th>" }.joined()
        html += Severity.allCases.map { "<th class=\"num\">\(AtlasHTML.escape(AtlasWords.severityPlural($0, language)))</th>" }.joined() + "</tr></thead><tbody>"
        for unit in landscape.systems {
            guard let node = unit.node else { continue }
            html += "<tr><th>\(AtlasHTML.link(PageLocator.systemAnchor(graph.nodes[node].id), graph.nodes[node].name))</th><td class=\"num\">\(unit.actors)</td><td class=\"num\">\(unit.roles)</td>"
            html += findingCells(unit.findings) + "</tr>\n"
        }
        return html + "</tbody></table>\n</section>\n"
    }

    private func fieldPage(_ field: Int, previous: Int?, next: Int?, maps: [String: [FittedMap]]) -> String {
        let node = graph.nodes[field]
        let anchor = PageLocator.fieldAnchor(node.id)
        var html = "<section class=\"page\" id=\"\(AtlasHTML.escape(anchor))\">"
        html += pager(previous.map { (PageLocator.fieldAnchor(graph.nodes[$0].id), graph.nodes[$0].name) }, next.map { (PageLocator.fieldAnchor(graph.nodes[$0].id), graph.nodes[$0].name) })
        html += "<h2>\(AtlasHTML.escape(AtlasWords.field(language))): \(AtlasHTML.escape(node.name))</h2>\n<p class=\"facts\">"
        let pilots = graph.sources(of: field, via: .pilots).filter { graph.nodes[$0].roleType == .lotse }
        let holders = pilots.flatMap { graph.holders(of: $0) }
        if holders.isEmpty {
            html += "<strong class=\"severity-error\">\(AtlasHTML.escape(pilots.isEmpty ? AtlasWords.noLotse(language) : "\(AtlasWords.lotse(language)): \(AtlasWords.vacant(language))"))</strong>"
        } else {
            html += "\(AtlasHTML.escape(AtlasWords.lotse(language))): " + AtlasHTML.escape(holders.map { graph.nodes[$0].name }.joined(separator: ", "))
        }
        let coordinators = graph.sources(of: field, via: .coordinates)
        if !coordinators.isEmpty {
            html += " · \(AtlasHTML.escape(AtlasWords.coordinatedBy(language))): " + AtlasHTML.escape(coordinators.map { graph.nodes[$0].name }.joined(separator: ", "))
        }
        html += "</p>\n"
        if drawsDetail { html += mapFigure(maps[key + anchor]) } else { html += "<p class=\"note\">\(AtlasHTML.escape(AtlasWords.noMap(language)))</p>\n" }
        html += pageFindings(anchor: anchor)
        let projects = graph.sources(of: field, via: .inField)
        html += "<h3>\(AtlasHTML.escape(AtlasWords.projects(language))) (\(projects.count))</h3>\n" + projectTable(projects)
        html += "<p>\(AtlasHTML.link("portfolio", AtlasWords.inPortfolio(language)))</p>\n"
        return html + "</section>\n"
    }

    private func systemPage(_ system: Int, previous: Int?, next: Int?, maps: [String: [FittedMap]]) -> String {
        let node = graph.nodes[system]
        let anchor = PageLocator.systemAnchor(node.id)
        var html = "<section class=\"page\" id=\"\(AtlasHTML.escape(anchor))\">"
        html += pager(previous.map { (PageLocator.systemAnchor(graph.nodes[$0].id), graph.nodes[$0].name) }, next.map { (PageLocator.systemAnchor(graph.nodes[$0].id), graph.nodes[$0].name) })
        html += "<h2>\(AtlasHTML.escape(AtlasWords.system(language))): \(AtlasHTML.escape(node.name))</h2>\n"
        if let description = node[attribute: "description"] { html += "<p class=\"facts\">\(AtlasHTML.escape(description))</p>\n" }
        if drawsDetail { html += mapFigure(maps[key + anchor]) } else { html += "<p class=\"note\">\(AtlasHTML.escape(AtlasWords.noMap(language)))</p>\n" }
        html += pageFindings(anchor: anchor)
        let actors = graph.sources(of: system, via: .inSystem).filter { graph.nodes[$0].kind == .actor }
        html += "<h3>\(AtlasHTML.escape(AtlasWords.actors(language))) (\(actors.count))</h3>\n<table class=\"actors\"><thead><tr>"
        html += [AtlasWords.actor(language), AtlasWords.type(language), AtlasWords.roles(language)].map { "<th>\(AtlasHTML.escape($0))</th>" }.joined() + "</tr></thead><tbody>"
        for actor in actors {
            let roles = graph.targets(of: actor, via: .holds).map { graph.nodes[$0].name }.joined(separator: ", ")
            html += "<tr data-node=\"\(AtlasHTML.escape(graph.nodes[actor].id))\"><th>\(AtlasHTML.escape(graph.nodes[actor].name))</th><td>\(AtlasHTML.escape(graph.nodes[actor].type ?? ""))</td><td>\(AtlasHTML.escape(roles))</td></tr>\n"
        }
        return html + "</tbody></table>\n</section>\n"
    }

    private func unassignedPage() -> String {
        var html = "<section class=\"page\" id=\"\(PageLocator.unassignedAnchor)\"><h2>\(AtlasHTML.escape(AtlasWords.unassigned(language)))</h2>\n"
        html += pageFindings(anchor: PageLocator.unassignedAnchor)
        return html + projectTable(unassigned) + "</section>\n"
    }

    // MARK: - Pieces

    private func mapFigure(_ maps: [FittedMap]?) -> String {
        guard let maps, !maps.isEmpty else { return "" }
        var html = ""
        for (number, fitted) in maps.enumerated() {
            html += "<figure class=\"map\">"
            if maps.count > 1 { html += "<figcaption>\(AtlasHTML.escape(AtlasWords.part(language, number + 1, of: maps.count)))</figcaption>" }
            html += AtlasHTML.inlineSVG(String(decoding: fitted.map.data, as: UTF8.self))
            if !fitted.fits {
                html += "<figcaption class=\"note\">\(AtlasHTML.escape(AtlasWords.mapTooLarge(language, printed: fitted.size.smallestPrintedFont(on: fitted.page))))</figcaption>"
            }
            html += "</figure>\n"
        }
        return html
    }

    /// The findings whose subject this page shows, each linking to its entry in the findings list.
    private func pageFindings(anchor: String) -> String {
        let here = findings.enumerated().filter { locator.anchor(for: $0.element.subject) == anchor }
        var html = "<h3>\(AtlasHTML.escape(AtlasWords.pageFindings(language))) (\(here.count))</h3>\n"
        guard !here.isEmpty else { return html + "<p class=\"empty\">\(AtlasHTML.escape(AtlasWords.noFindings(language)))</p>\n" }
        html += "<ul class=\"page-findings\">"
        for (index, finding) in here {
            html += "<li class=\"severity-\(finding.severity.rawValue)\" data-subject=\"\(AtlasHTML.escape(finding.subject ?? ""))\">"
            html += "<a href=\"#finding-\(index)\"><span class=\"severity\">\(AtlasHTML.escape(AtlasWords.severityWord(finding.severity, language)))</span> "
            html += "<code>[\(AtlasHTML.escape(finding.rule))]</code> \(AtlasHTML.escape(finding.message.text(in: language)))</a></li>\n"
        }
        return html + "</ul>\n"
    }

    private func projectTable(_ projects: [Int]) -> String {
        var html = "<table class=\"projects\"><thead><tr>"
        html += [AtlasWords.project(language), AtlasWords.status(language), AtlasWords.accountable(language), AtlasWords.responsible(language),
                 AtlasWords.targetGroups(language), AtlasWords.value(language), AtlasWords.indicator(language)]
            .map { "<th>\(AtlasHTML.escape($0))</th>" }.joined() + "</tr></thead><tbody>"
        let missing = AtlasHTML.escape(AtlasWords.missing(language))
        for project in projects {
            let node = graph.nodes[project]
            func names(_ nodes: [Int]) -> String { nodes.isEmpty ? "" : AtlasHTML.escape(nodes.map { graph.nodes[$0].name }.joined(separator: ", ")) }
            let accountable = graph.sources(of: project, via: .accountable)
            html += "<tr data-node=\"\(AtlasHTML.escape(node.id))\"\(accountable.count == 1 ? "" : " class=\"unclear\"")><th>\(AtlasHTML.escape(node.name))</th>"
            html += "<td>\(AtlasHTML.escape(node.status?.word(in: language) ?? ""))</td>"
            html += "<td>\(accountable.isEmpty ? missing : names(accountable))</td><td>\(names(graph.sources(of: project, via: .responsible)))</td>"
            let groups = graph.targets(of: project, via: .targets)
            html += "<td>\(groups.isEmpty ? missing : names(groups))</td>"
            html += "<td>\(node[attribute: "value"].map(AtlasHTML.escape) ?? missing)</td><td>\(node[attribute: "indicator"].map(AtlasHTML.escape) ?? missing)</td></tr>\n"
        }
        return html + "</tbody></table>\n"
    }

    private func pager(_ previous: (String, String)?, _ next: (String, String)?) -> String {
        var html = "<p class=\"pager\">" + AtlasHTML.link("landscape", "↑ " + AtlasWords.landscape(language))
        if let previous { html += " " + AtlasHTML.link(previous.0, AtlasWords.previous(language) + ": " + previous.1) }
        if let next { html += " " + AtlasHTML.link(next.0, AtlasWords.next(language).replacingOccurrences(of: " →", with: "") + ": " + next.1 + " →") }
        return html + "</p>\n"
    }

    private func lotseText(_ unit: Landscape.FieldUnit) -> String {
        let holders = Array(Set(unit.pilots.flatMap(\.holders))).sorted()
        if !holders.isEmpty { return holders.map { graph.nodes[$0].name }.joined(separator: ", ") }
        return unit.pilots.isEmpty ? AtlasWords.noLotse(language) : AtlasWords.vacant(language)
    }

    private func findingCells(_ counts: Landscape.FindingCounts) -> String {
        Severity.allCases.map { severity in
            let count = counts[severity]
            return "<td class=\"num\(count > 0 ? " severity-\(severity.rawValue)" : "")\">\(count)</td>"
        }.joined()
    }
}
