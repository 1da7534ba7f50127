import EcographCore
import EcographRendering
import Foundation
import Testing

/// Formats, the DOT snapshot, determinism and Graphviz's messages.
@Suite("Map formats")
struct MapFormatTests {
    static let snapshots = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    private func map() throws -> EcosystemMap {
        let (graph, findings) = try SmallModel.load()
        return EcosystemMap(graph: graph, findings: findings)
    }

    @Test("PNG, PDF and JSON come out with their signatures")
    func binaryFormats() throws {
        let map = try map()
        #expect(try map.render(.png).data.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        #expect(String(decoding: try map.render(.pdf).data.prefix(5), as: UTF8.self) == "%PDF-")
        let json = try JSONSerialization.jsonObject(with: try map.render(.json).data) as? [String: Any]
        let objects = try #require(json?["objects"] as? [[String: Any]])
        #expect(objects.contains { $0["name"] as? String == "park-app" && $0["pos"] != nil })
    }

    @Test("the DOT source of the small model matches its snapshot (ECOGRAPH_UPDATE_SNAPSHOTS=1 rewrites it)")
    func dotSnapshot() throws {
        let dot = String(decoding: try map().render(.dot).data, as: UTF8.self)
        let file = Self.snapshots.appendingPathComponent("small.dot")
        if ProcessInfo.processInfo.environment["ECOGRAPH_UPDATE_SNAPSHOTS"] == "1" {
            try Data(dot.utf8).write(to: file)
        }
        let snapshot = try String(contentsOf: file, encoding: .utf8)
        #expect(dot == snapshot, "DOT differs from Snapshots/small.dot; review the change and rerun with ECOGRAPH_UPDATE_SNAPSHOTS=1")
    }

    @Test("the DOT source is the same every time")
    func dotIsDeterministic() throws {
        let first = try map().render(.dot).data
        for _ in 0..<3 { #expect(try map().render(.dot).data == first) }
    }

    @Test("Graphviz's complaints come back as messages of a RenderError, with the stage")
    func graphvizErrorsAreCaptured() throws {
        do {
            _ = try GraphvizLibrary.render(dot: "digraph { a -> ; }", layout: .dot, format: .svg)
            Issue.record("broken DOT was accepted")
        } catch {
            guard case .graphviz(let stage, let messages) = error else { Issue.record("\(error)"); return }
            #expect(stage == "parse")
            #expect(messages.contains { $0.contains("syntax error") }, "\(messages)")
        }
    }

    @Test("a map too large for its layout is refused with advice, before Graphviz runs")
    func tooLargeIsRefused() throws {
        let (graph, _) = try SmallModel.load()
        var options = MapOptions()
        options.maxNodes = 3
        do {
            _ = try EcosystemMap(graph: graph, options: options).render(.svg)
            Issue.record("a map over the limit was drawn")
        } catch {
            guard case .tooLarge(let nodes, _) = error else { Issue.record("\(error)"); return }
            #expect(nodes > 3)
            #expect(error.description.contains("--layout sfdp"))
        }
    }

    @Test("every layout engine draws the small model")
    func everyLayoutDraws() throws {
        let (graph, _) = try SmallModel.load()
        for layout in LayoutEngine.allCases {
            var options = MapOptions()
            options.layout = layout
            let svg = try ParsedMap(try EcosystemMap(graph: graph, options: options).render(.svg).data)
            #expect(svg.nodes["park-app"] != nil, "\(layout)")
        }
    }
}
