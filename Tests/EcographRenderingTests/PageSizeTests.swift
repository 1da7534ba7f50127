import EcographCore
import EcographRendering
import EcographRules
import Foundation
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

/// The page contract: every map of a field, a system, a municipality and every landscape fits
/// A3 landscape (420 × 297 mm, 10 mm margins: 1133.9 × 785.2 pt printable) with text of at
/// least 8 pt when printed scaled to fit, never enlarged. Measured on the SVG: its width and
/// height in pt, the scale Graphviz applied to the drawing, the smallest font-size of any text.
@Suite("Page-sized maps")
struct PageSizeTests {
    static let page = PrintPage.a3Landscape

    @Test("A3 landscape with 10 mm margins is 1133.9 × 785.2 pt")
    func a3() {
        #expect(abs(Self.page.width - 1133.86) < 0.01 && abs(Self.page.height - 785.20) < 0.01)
        #expect(Self.page.minimumFontSize == 8)
    }

    @Test("the measurement: font-size × the drawing's scale × the page's scale")
    func measurement() throws {
        let svg = """
            <svg width="2267.7pt" height="300pt" viewBox="0 0 2834.6 375">
            <g id="graph0" class="graph" transform="scale(0.8 0.8) rotate(0) translate(4 371)">
            <text font-size="10.00">a</text><text font-size="14.00">b</text></g></svg>
            """
        let size = try #require(PrintedSize(svg: Data(svg.utf8)))
        #expect(size.width == 2267.7 && size.height == 300 && size.drawingScale == 0.8 && size.smallestFont == 10)
        // 2267.7 pt wide prints at half size: 10 pt × 0.8 × 0.5 = 4 pt.
        #expect(abs(size.smallestPrintedFont(on: Self.page) - 4) < 0.01)
        #expect(!size.fits(on: Self.page))
        let small = try #require(PrintedSize(svg: Data(svg.replacingOccurrences(of: "2267.7pt", with: "1000pt").utf8)))
        #expect(abs(small.smallestPrintedFont(on: Self.page) - 8) < 0.01 && small.fits(on: Self.page))
    }

    /// Every map the atlas draws of a graph: its landscape, each field, each system.
    static func pageViews(of graph: EcosystemGraph) -> [(String, MapView)] {
        var views: [(String, MapView)] = [("landscape", .landscape)]
        for field in graph.nodes(of: .field) {
            var view = MapView()
            view.field = graph.nodes[field].id
            views.append(("field \(graph.nodes[field].id)", view))
        }
        for system in graph.nodes(of: .system) {
            var view = MapView()
            view.system = graph.nodes[system].id
            views.append(("system \(graph.nodes[system].id)", view))
        }
        return views
    }

    @Test("every field, system and landscape map of the samples fits A3 with 8 pt text, measured on the SVG", arguments: Samples.all)
    func samplesFitTheirPages(sample: String) throws {
        let (graph, findings) = try Samples.load(sample)
        var graphs = [graph]
        let parts = EcosystemParts(graph: graph)
        if parts.isRegion { graphs += parts.names.indices.map { parts.subgraph($0, of: graph) } }
        for graph in graphs {
            for (name, view) in Self.pageViews(of: graph) {
                var options = MapOptions()
                options.language = .de
                let fitted = try EcosystemMap(graph: graph, findings: findings, view: view, options: options).renderFitted()
                let measured = try ParsedMap(fitted.map.data).printedSmallestFont(pageWidth: Self.page.width, pageHeight: Self.page.height)
                #expect(measured.font >= 7.95, "\(sample) \(graph.name) \(name): smallest text prints at \(measured.font) pt")
                #expect(measured.width <= Self.page.width + 0.5 && measured.height <= Self.page.height + 0.5, "\(sample) \(name): drawn larger than the page")
                #expect(fitted.fits == (measured.font >= 7.95), "\(sample) \(name): PrintedSize disagrees with the XML")
            }
        }
    }

    @Test("a municipality's maps and the 100-municipality grid of a generated region fit A3 with 8 pt text")
    func generatedRegionFits() throws {
        let model = try Samples.generatedRegion(100)
        let findings = try RuleEngine().check(model).findings
        let grid = try EcosystemMap(graph: model.graph, findings: findings, view: .landscape).renderFitted()
        #expect(grid.fits, "grid: \(grid.size.smallestPrintedFont(on: Self.page)) pt")
        let parts = EcosystemParts(graph: model.graph)
        let first = parts.subgraph(0, of: model.graph)
        for (name, view) in Self.pageViews(of: first) {
            let fitted = try EcosystemMap(graph: first, findings: findings, view: view).renderFitted()
            #expect(fitted.fits, "\(name): \(fitted.size.smallestPrintedFont(on: Self.page)) pt")
        }
    }

    @Test("a map that cannot fit says so instead of shrinking its text below the page's minimum unnoticed")
    func tooLargeIsReported() throws {
        let (graph, findings) = try Samples.load("samples/programm")
        var options = MapOptions()
        options.detail = .full
        options.page = .a3Landscape
        let fitted = try EcosystemMap(graph: graph, findings: findings, options: options).renderFitted()
        #expect(!fitted.fits)
        #expect(fitted.size.smallestPrintedFont(on: Self.page) < 8)
    }
}
