import EcographBenchmarks
import Foundation
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

/// The atlas report: files, pages and links checked as XML, navigation checked in headless Chromium.
@Suite("ecograph report: the atlas (XML, and in Chromium)", .serialized)
struct HTMLReportTests {
    static let chromium = URL(fileURLWithPath: "/usr/bin/chromium")

    /// Writes a report into a scratch directory and returns the main file.
    private func report(_ model: String, _ scratch: ScratchDirectory, name: String = "report.html", extra: [String] = []) throws -> URL {
        let file = scratch.url.appendingPathComponent(name)
        let result = try CommandRunner.run(["report", model, "-o", file.path, "--lang", "de"] + extra)
        try #require(result.status == 0, "\(result.standardError)")
        return file
    }

    /// The DOM after the page's scripts ran, as headless Chromium sees it.
    private func dom(_ file: URL, fragment: String = "", scratch: ScratchDirectory) throws -> String {
        let result = try CommandRunner.run(
            ["--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(scratch.url.path)/profile", "--virtual-time-budget=3000",
             "--allow-file-access-from-files", "--dump-dom", file.absoluteString + fragment], using: Self.chromium)
        try #require(result.status == 0 && result.standardOutput.contains("</html>"), "Chromium failed: \(result.standardError.suffix(2000))")
        return result.standardOutput
    }

    private func xml(_ file: URL) throws -> XMLDocument {
        try XMLDocument(data: try Data(contentsOf: file), options: [])
    }

    private func strings(_ document: XMLDocument, _ xpath: String) throws -> [String] {
        try document.nodes(forXPath: xpath).compactMap(\.stringValue)
    }

    /// The ids of the page sections currently shown (`class="page current"`).
    private func currentPages(_ dom: String) -> [String] {
        dom.components(separatedBy: "<section class=\"page current\" id=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
    }

    @Test("one ecosystem, one self-contained file: landscape first, a page and a map per field and system, findings, portfolio, matrix")
    func programmeAtlas() throws {
        let scratch = ScratchDirectory()
        let file = try report("samples/programm", scratch)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path) == ["report.html"])
        let text = try String(contentsOf: file, encoding: .utf8)
        let document = try xml(file)
        let pages = try strings(document, "//*[local-name()='section'][contains(@class,'page')]/@id")
        #expect(pages.first == "landscape")
        #expect(pages.filter { $0.hasPrefix("field-") }.count == 14 && pages.filter { $0.hasPrefix("system-") }.count == 5)
        #expect(pages.suffix(3) == ["findings", "portfolio", "raci"] && pages.contains("unassigned"))
        for page in pages where page == "landscape" || page.hasPrefix("field-") || page.hasPrefix("system-") {
            let maps = try document.nodes(forXPath: "//*[local-name()='section'][@id='\(page)']//*[local-name()='svg']").count
            #expect(maps >= 1, "\(page) has no map")
        }
        #expect(try document.nodes(forXPath: "//*[local-name()='li'][contains(@class,'finding ')]").count == 11)
        for external in ["src=", "<link", "href=\"http", "url(http", "@import"] {
            #expect(!text.contains(external), "external reference: \(external)")
        }
        // Every link inside the file leads to an element of it.
        let ids = Set(try strings(document, "//@id"))
        let links = try strings(document, "//@href") + (try strings(document, "//@*[local-name()='href']"))
        for link in Set(links) where link.hasPrefix("#") {
            let target = String(link.dropFirst()).removingPercentEncoding ?? ""
            guard !target.contains("=") else { continue }  // filters: rule=, subject=
            #expect(ids.contains(target), "dangling link \(link)")
        }
        // Linked both ways: a finding to its field's page; that page lists it; the portfolio to the field page.
        let finding = try #require(try document.nodes(forXPath: "//*[local-name()='li'][contains(@class,'finding ')][@data-subject='kultur-medien']").first as? XMLElement)
        #expect(finding.elements(forName: "a").first?.attribute(forName: "href")?.stringValue == "#field-kultur-medien")
        let onPage = try document.nodes(forXPath: "//*[local-name()='section'][@id='field-kultur-medien']//*[local-name()='ul'][@class='page-findings']//*[local-name()='a']/@href")
        #expect(onPage.compactMap(\.stringValue).contains("#" + (finding.attribute(forName: "id")?.stringValue ?? "?")))
        #expect(try strings(document, "//*[local-name()='section'][@id='portfolio']//*[local-name()='a']/@href").contains("#field-kultur-medien"))
        #expect(try strings(document, "//*[local-name()='section'][@id='field-kultur-medien']//*[local-name()='a']/@href").contains("#portfolio"))
        // A node with findings on a map links to its findings.
        #expect(links.contains("#subject=hartmann"))
    }

    @Test("a region: the index and one page per municipality in a folder beside it, linked both ways")
    func regionAtlas() throws {
        let scratch = ScratchDirectory()
        let file = try report("samples/region", scratch, name: "atlas.html")
        let folder = scratch.url.appendingPathComponent("atlas")
        let pages = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(pages == ["beispielhausen.html", "digitale-region-musterland.html", "musterdorf.html"])
        let index = try xml(file)
        let links = Set(try strings(index, "//@href") + (try strings(index, "//@*[local-name()='href']")))
        for page in pages { #expect(links.contains("atlas/\(page)"), "index does not link \(page)") }
        #expect(links.contains("atlas/musterdorf.html#field-md-bildung"), "the grid's cells link to the municipality's field pages")
        let musterdorf = try xml(folder.appendingPathComponent("musterdorf.html"))
        #expect(try strings(musterdorf, "//*[local-name()='p'][@class='back']/*[local-name()='a']/@href") == ["../atlas.html"])
        #expect(try strings(musterdorf, "//*[local-name()='section']/@id").contains("field-md-bildung"))
    }

    @Test("a file in the atlas's folder that ecograph did not write is not overwritten (exit 3)")
    func foreignFileIsKept() throws {
        let scratch = ScratchDirectory()
        try FileManager.default.createDirectory(at: scratch.url.appendingPathComponent("atlas"), withIntermediateDirectories: true)
        let foreign = scratch.write("meine Notizen", to: "atlas/musterdorf.html")
        let result = try CommandRunner.run(["report", "samples/region", "-o", scratch.url.appendingPathComponent("atlas.html").path])
        #expect(result.status == 3 && result.standardError.contains("not a page of an ecograph atlas"))
        #expect(try String(contentsOfFile: foreign, encoding: .utf8) == "meine Notizen")
        // Its own pages it rewrites.
        try FileManager.default.removeItem(atPath: foreign)
        #expect(try CommandRunner.run(["report", "samples/region", "-o", scratch.url.appendingPathComponent("atlas.html").path]).status == 0)
        #expect(try CommandRunner.run(["report", "samples/region", "-o", scratch.url.appendingPathComponent("atlas.html").path]).status == 0)
    }

    @Test("a region of 100 municipalities: says what it draws before drawing, writes the index and 100 pages")
    func region100() throws {
        let scratch = ScratchDirectory()
        let model = scratch.write(RegionGenerator(municipalities: 100).yaml(), to: "region-100.yaml")
        // Within a budget of 150 maps: the region's and each municipality's landscape.
        let result = try CommandRunner.run(["report", model, "-o", scratch.url.appendingPathComponent("atlas.html").path, "--lang", "de", "--max-maps", "150"])
        #expect(result.status == 0, "\(result.standardError)")
        let said = result.standardError.split(separator: "\n").first.map(String.init) ?? ""
        #expect(said.contains("Region mit 100 Kommunen") && said.contains("101 Karten") && said.contains("1.201 eines vollständigen Atlas"))
        let pages = try FileManager.default.contentsOfDirectory(atPath: scratch.url.appendingPathComponent("atlas").path)
        #expect(pages.count == 100)
        let index = try String(contentsOf: scratch.url.appendingPathComponent("atlas.html"), encoding: .utf8)
        #expect(index.components(separatedBy: "<tr><th><a href=\"atlas/").count - 1 >= 100)
        #expect(index.contains("class=\"graph region&#45;grid\""))
    }

    @Test("in Chromium: one page at a time; a hash opens a field's page, a finding's map shows its node, the findings filter")
    func navigation() throws {
        let scratch = ScratchDirectory()
        let file = try report("samples/programm", scratch)
        let start = try dom(file, scratch: scratch)
        #expect(currentPages(start) == ["landscape"])
        #expect(start.contains("<span id=\"visible-count\">11 / 11</span>"))
        let field = try dom(file, fragment: "#field-gesundheit", scratch: scratch)
        #expect(currentPages(field) == ["field-gesundheit"])
        // The finding about Kultur und Medien, shown on its map: its page opens and its node is highlighted.
        let document = try xml(file)
        let id = try #require(try strings(document, "//*[local-name()='li'][contains(@class,'finding ')][@data-subject='kultur-medien']/@id").first)
        let onMap = try dom(file, fragment: "#map-\(id)", scratch: scratch)
        #expect(currentPages(onMap) == ["field-kultur-medien"])
        let page = try #require(onMap.range(of: "id=\"field-kultur-medien\""))
        let node = try #require(onMap.range(of: "<g id=\"n-kultur-medien\"", range: page.upperBound..<onMap.endIndex))
        #expect(onMap[node.lowerBound...].prefix { $0 != ">" }.contains("highlight"))
        #expect(onMap.components(separatedBy: " highlight\"").count == 2, "exactly one node is highlighted")
        // A node's findings: the findings page, filtered to that node.
        let subject = try dom(file, fragment: "#subject=hartmann", scratch: scratch)
        #expect(currentPages(subject) == ["findings"])
        #expect(subject.contains("<span id=\"visible-count\">1 / 11</span>"))
        let rule = try dom(file, fragment: "#rule=unclear-ownership", scratch: scratch)
        #expect(rule.contains("<span id=\"visible-count\">2 / 11</span>"))
    }

    @Test("in Chromium: a region's index links to a municipality page, which opens on its field page")
    func regionNavigation() throws {
        let scratch = ScratchDirectory()
        let file = try report("samples/region", scratch, name: "atlas.html")
        let index = try dom(file, fragment: "#municipalities", scratch: scratch)
        #expect(currentPages(index) == ["municipalities"])
        #expect(index.contains("href=\"atlas/musterdorf.html\""))
        let page = try dom(scratch.url.appendingPathComponent("atlas/musterdorf.html"), fragment: "#field-md-bildung", scratch: scratch)
        #expect(currentPages(page) == ["field-md-bildung"])
        #expect(page.contains("<svg"))
    }

    @Test("in Chromium: a screenshot of the atlas's landscape page is drawn")
    func screenshot() throws {
        let scratch = ScratchDirectory()
        let file = try report("samples/programm", scratch)
        let png = scratch.url.appendingPathComponent("report.png")
        let result = try CommandRunner.run(
            ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--user-data-dir=\(scratch.url.path)/profile",
             "--window-size=1400,1200", "--screenshot=\(png.path)", file.absoluteString], using: Self.chromium)
        #expect(result.status == 0)
        let data = try Data(contentsOf: png)
        #expect(data.prefix(4) == Data([0x89, 0x50, 0x4E, 0x47]))
        // A blank page compresses to a few kilobytes; the landscape and headings do not.
        #expect(data.count > 50_000, "screenshot is \(data.count) bytes")
    }
}
