import Foundation
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

/// The HTML report: one self-contained file, checked as XML and in headless Chromium.
@Suite("ecograph report (HTML, in Chromium)", .serialized)
struct HTMLReportTests {
    static let chromium = URL(fileURLWithPath: "/usr/bin/chromium")

    /// Writes the Musterstadt report into a scratch directory.
    private func report(_ scratch: ScratchDirectory, extra: [String] = []) throws -> URL {
        let file = scratch.url.appendingPathComponent("report.html")
        let result = try CommandRunner.run(["report", "samples/musterstadt.yaml", "-o", file.path, "--lang", "de"] + extra)
        try #require(result.status == 0, "\(result.standardError)")
        return file
    }

    /// The DOM after the page's scripts ran, as headless Chromium sees it.
    private func dom(_ file: URL, fragment: String = "", scratch: ScratchDirectory) throws -> String {
        let result = try CommandRunner.run(
            ["--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(scratch.url.path)/profile", "--virtual-time-budget=2000",
             "--dump-dom", file.absoluteString + fragment], using: Self.chromium)
        try #require(result.status == 0 && result.standardOutput.contains("</html>"), "Chromium failed: \(result.standardError.suffix(2000))")
        return result.standardOutput
    }

    @Test("one self-contained file: map, findings, portfolio and matrix, no external references, well-formed")
    func structure() throws {
        let scratch = ScratchDirectory()
        let file = try report(scratch)
        let text = try String(contentsOf: file, encoding: .utf8)
        let document = try XMLDocument(data: Data(text.utf8), options: [])
        #expect(try document.nodes(forXPath: "//*[local-name()='svg']").count == 1)
        #expect(try document.nodes(forXPath: "//*[local-name()='li'][contains(@class,'finding')]").count == 10)
        #expect(try document.nodes(forXPath: "//*[local-name()='section'][@id='portfolio']//*[local-name()='table']").count > 1)
        #expect(try document.nodes(forXPath: "//*[local-name()='tr'][contains(@class,'unclear')]").count == 2)
        for external in ["src=", "<link", "href=\"http", "url(http", "@import"] {
            #expect(!text.contains(external), "external reference: \(external)")
        }
        #expect(text.contains("Verein &lt;Zukunft&gt; &amp; Co"))
    }

    @Test("in Chromium: the findings are listed and counted; a click on a finding highlights its node on the map")
    func clickHighlights() throws {
        let scratch = ScratchDirectory()
        let file = try report(scratch)
        let plain = try dom(file, scratch: scratch)
        #expect(plain.contains("<span id=\"visible-count\">10 / 10</span>"))
        #expect(!plain.contains("highlight\""))
        // The second finding (unclear ownership of the marketplace): the page clicks it as a user would.
        let clicked = try dom(file, fragment: "#finding-1", scratch: scratch)
        #expect(clicked.contains("id=\"finding-1\" class=\"finding severity-error selected\""))
        let node = try #require(clicked.range(of: "<g id=\"n-lokaler-marktplatz\""))
        let tag = clicked[node.lowerBound...].prefix { $0 != ">" }
        #expect(tag.contains("highlight"), "\(tag)")
        #expect(clicked.components(separatedBy: " highlight\"").count == 2, "exactly one node is highlighted")
    }

    @Test("in Chromium: filtering by rule hides the other findings")
    func filterByRule() throws {
        let scratch = ScratchDirectory()
        let file = try report(scratch)
        let filtered = try dom(file, fragment: "#rule=missing-lotse", scratch: scratch)
        #expect(filtered.contains("<span id=\"visible-count\">1 / 10</span>"))
        #expect(filtered.components(separatedBy: "class=\"finding ").count - 1 == 10)
        #expect(filtered.components(separatedBy: " hidden=\"\"").count - 1 == 9)
    }

    @Test("in Chromium: a screenshot of the report is drawn")
    func screenshot() throws {
        let scratch = ScratchDirectory()
        let file = try report(scratch)
        let png = scratch.url.appendingPathComponent("report.png")
        let result = try CommandRunner.run(
            ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--user-data-dir=\(scratch.url.path)/profile",
             "--window-size=1400,1200", "--screenshot=\(png.path)", file.absoluteString], using: Self.chromium)
        #expect(result.status == 0)
        let data = try Data(contentsOf: png)
        #expect(data.prefix(4) == Data([0x89, 0x50, 0x4E, 0x47]))
        // A blank page compresses to a few kilobytes; the map, legend and headings do not.
        #expect(data.count > 50_000, "screenshot is \(data.count) bytes")
    }
}
