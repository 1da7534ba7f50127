import EcographCore
import EcographRendering
import EcographReports
import EcographRules
import Foundation
import EcographMessages

/// The index of a region's atlas: the region's landscape (municipalities × fields), the list of
/// municipalities with their counts, every finding of the region (filterable by municipality),
/// and the portfolio per municipality — linking into one page per municipality.
struct RegionDocument {
    /// One municipality's page.
    struct Municipality {
        let part: Int
        let name: String
        /// Its file name inside the region's folder.
        let file: String
        var document: EcosystemDocument
    }

    let atlas: Atlas
    let plan: AtlasPlan
    let mainFile: String
    let folder: String
    let municipalities: [Municipality]
    /// Per municipality (by part): its findings; findings about shared nodes are the region's.
    private let findingPart: [Int?]

    var graph: EcosystemGraph { atlas.graph }
    var language: Language { atlas.language }

    init(atlas: Atlas, plan: AtlasPlan, mainFile: String, folder: String) {
        self.atlas = atlas
        self.plan = plan
        self.mainFile = mainFile
        self.folder = folder
        let parts = atlas.parts
        let findingPart = atlas.result.findings.map { finding in finding.subject.flatMap(atlas.graph.index(of:)).flatMap(parts.part(of:)) }
        self.findingPart = findingPart
        var byPart = [[Finding]](repeating: [], count: parts.names.count)
        for (finding, part) in zip(atlas.result.findings, findingPart) where part != nil { byPart[part!].append(finding) }
        var used = Set<String>()
        let nodesByPart = parts.nodesByPart()
        municipalities = parts.names.enumerated().map { part, name in
            let file = Self.fileName(for: name, used: &used)
            var document = EcosystemDocument(
                graph: atlas.graph.subgraph(nodesByPart[part], name: name), findings: byPart[part], rules: atlas.result.rules,
                language: atlas.language, key: "m\(part)/", drawsLandscape: plan.level != .regionOnly, drawsDetail: plan.level == .complete)
            document.region = (atlas.graph.name, "../" + mainFile)
            return Municipality(part: part, name: name, file: file, document: document)
        }
    }

    /// `großmüllingen-0.html` → `grossmuellingen-0.html`: letters and digits, umlauts spelled out.
    static func fileName(for name: String, used: inout Set<String>) -> String {
        var slug = ""
        for character in name.lowercased() {
            switch character {
            case "ä": slug += "ae"
            case "ö": slug += "oe"
            case "ü": slug += "ue"
            case "ß": slug += "ss"
            default:
                if character.isASCII, character.isLetter || character.isNumber {
                    slug.append(character)
                } else if let folded = String(character).folding(options: .diacriticInsensitive, locale: nil).first, folded.isASCII, folded.isLetter {
                    slug.append(folded)
                } else if !slug.hasSuffix("-"), !slug.isEmpty {
                    slug += "-"
                }
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        if slug.isEmpty { slug = "kommune" }
        var candidate = slug
        var number = 2
        while !used.insert(candidate).inserted {
            candidate = "\(slug)-\(number)"
            number += 1
        }
        return candidate + ".html"
    }

    func mapRequests() -> [MapRequest] {
        var options = MapOptions()
        options.language = language
        var links: [String: String] = [:]
        for municipality in municipalities {
            links["ecosystem:" + municipality.name] = folder + "/" + municipality.file
            for field in municipality.document.fields {
                let id = municipality.document.graph.nodes[field].id
                links[id] = folder + "/" + municipality.file + AtlasHTML.fragment(PageLocator.fieldAnchor(id))
            }
        }
        options.links = links
        return [MapRequest(key: "region/landscape", map: EcosystemMap(graph: graph, findings: atlas.result.findings, view: .landscape, options: options))]
    }

    func html(maps: [String: [FittedMap]]) -> String {
        let title = AtlasWords.regionTitle(language) + (graph.name.isEmpty ? "" : ": \(graph.name)")
        var body = "<header><h1>\(AtlasHTML.escape(title))</h1>\n<nav class=\"main-nav\">"
        body += AtlasHTML.link("landscape", AtlasWords.landscape(language))
        body += AtlasHTML.link("municipalities", AtlasWords.municipalities(language) + " (\(municipalities.count))")
        body += AtlasHTML.link("findings", "\(AtlasWords.findings(language)) (\(atlas.result.findings.count))")
        body += AtlasHTML.link("portfolio", AtlasWords.portfolio(language)) + "</nav>\n</header>\n<main>\n"

        body += "<section class=\"page\" id=\"landscape\"><h2>\(AtlasHTML.escape(AtlasWords.landscape(language)))</h2>\n"
        if plan.level != .complete {
            body += "<p class=\"note\">\(AtlasHTML.escape(AtlasWords.plan(plan, mainFile: mainFile, folder: folder, language: language)))</p>\n"
        }
        for fitted in maps["region/landscape"] ?? [] {
            body += "<figure class=\"map\">" + AtlasHTML.inlineSVG(String(decoding: fitted.map.data, as: UTF8.self)) + "</figure>\n"
        }
        body += "</section>\n"
        body += municipalityTable()
        let locations = municipalities.map { "\(folder)/\($0.file)" }
        var list = FindingsList(graph: graph, findings: atlas.result.findings, rules: atlas.result.rules, language: language, locate: { _ in "landscape" })
        let names = atlas.parts.names
        let parts = findingPart
        let findings = atlas.result.findings
        var positions: [Finding: Int] = [:]
        for (position, finding) in findings.enumerated() where positions[finding] == nil { positions[finding] = position }
        list.ecosystemOf = { finding in positions[finding].flatMap { parts[$0] }.map { names[$0] } ?? AtlasWords.shared(self.language) }
        list.href = { finding in
            guard let position = positions[finding], let part = parts[position] else { return "#landscape" }
            let document = self.municipalities[part].document
            return locations[part] + AtlasHTML.fragment(document.locator.anchor(for: finding.subject))
        }
        body += list.section()
        body += portfolioTable()
        body += "</main>\n"
        return AtlasHTML.page(title: title, language: language, body: body)
    }

    private func municipalityTable() -> String {
        let grid = RegionGrid(graph: graph, parts: atlas.parts, findings: atlas.result.findings)
        var html = "<section class=\"page\" id=\"municipalities\"><h2>\(AtlasHTML.escape(AtlasWords.municipalities(language))) (\(municipalities.count))</h2>\n"
        html += "<table class=\"units\"><thead><tr>"
        html += [AtlasWords.municipality(language), AtlasWords.fields(language), AtlasWords.lotse(language), AtlasWords.projects(language)]
            .map { "<th>\(AtlasHTML.escape($0))</th>" }.joined()
        html += Severity.allCases.map { "<th class=\"num\">\(AtlasHTML.escape(AtlasWords.severityPlural($0, language)))</th>" }.joined() + "</tr></thead><tbody>"
        for row in grid.rows {
            let file = folder + "/" + municipalities[row.part].file
            html += "<tr\(row.fieldsWithLotse < row.fieldCount ? " class=\"no-lotse\"" : "")><th><a href=\"\(AtlasHTML.escape(file))\">\(AtlasHTML.escape(row.name))</a></th>"
            html += "<td class=\"num\">\(row.fieldCount)</td><td class=\"num\">\(row.fieldsWithLotse)</td><td class=\"num\">\(row.projectCount)</td>"
            html += Severity.allCases.map { severity in
                let count = row.findings[severity]
                return "<td class=\"num\(count > 0 ? " severity-\(severity.rawValue)" : "")\"><a href=\"#ecosystem=\(AtlasHTML.escape(row.name))\">\(count)</a></td>"
            }.joined() + "</tr>\n"
        }
        return html + "</tbody></table>\n</section>\n"
    }

    private func portfolioTable() -> String {
        var html = "<section class=\"page\" id=\"portfolio\"><h2>\(AtlasHTML.escape(AtlasWords.portfolio(language)))</h2>\n<table class=\"counts\"><thead><tr>"
        html += "<th>\(AtlasHTML.escape(AtlasWords.municipality(language)))</th>"
        html += Portfolio.order.map { "<th>\(AtlasHTML.escape($0.word(in: language)))</th>" }.joined() + "</tr></thead><tbody>"
        var totals = [Int](repeating: 0, count: Portfolio.order.count)
        for municipality in municipalities {
            let graph = municipality.document.graph
            let counts = Portfolio.order.map { status in graph.nodes(of: .project).filter { graph.nodes[$0].status == status }.count }
            for (position, count) in counts.enumerated() { totals[position] += count }
            html += "<tr><th><a href=\"\(AtlasHTML.escape(folder + "/" + municipality.file + "#portfolio"))\">\(AtlasHTML.escape(municipality.name))</a></th>"
            html += counts.map { "<td>\($0)</td>" }.joined() + "</tr>\n"
        }
        html += "<tr><th>Σ</th>" + totals.map { "<td>\($0)</td>" }.joined() + "</tr>\n"
        return html + "</tbody></table>\n</section>\n"
    }
}
