import EcographAtlas
import EcographBenchmarks
import EcographCore
import EcographRules
import Foundation
import Testing

/// What an atlas will draw, decided — and said — before any map is drawn.
@Suite("Atlas plans")
struct AtlasPlanTests {
    private func atlas(municipalities: Int) throws -> Atlas {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("ecograph-atlas-\(UUID().uuidString).yaml")
        try Data(RegionGenerator(municipalities: municipalities).yaml().utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let model = try ModelLoader().load([file.path])
        return Atlas(graph: model.graph, result: try RuleEngine().check(model), language: .de)
    }

    @Test("one ecosystem: its landscape and a map per field and per system")
    func oneEcosystem() throws {
        let model = try ModelLoader().load([URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("samples/programm").path])
        let plan = Atlas(graph: model.graph, result: try RuleEngine().check(model), language: .de).plan()
        #expect(!plan.isRegion && plan.maps == 1 + 14 + 5 && plan.level == .complete)
        #expect(plan.statement(mainFile: "programm.html", folder: "programm", language: .de) == "schreibe programm.html mit 20 Karten")
    }

    @Test("100 municipalities: the complete atlas, 1,201 maps")
    func region100() throws {
        let plan = try atlas(municipalities: 100).plan()
        #expect(plan.isRegion && plan.municipalities == 100)
        #expect(plan.level == .complete && plan.maps == 1 + 100 * (1 + 8 + 3))
    }

    @Test("1,000 municipalities: each municipality's landscape instead of 12,001 maps, and the plan says so and how to get the rest")
    func region1000() throws {
        let plan = try atlas(municipalities: 1000).plan()
        #expect(plan.level == .municipalityLandscapes && plan.maps == 1001 && plan.completeMaps == 12_001)
        let german = plan.statement(mainFile: "atlas.html", folder: "atlas", language: .de)
        #expect(german.hasPrefix("Region mit 1.000 Kommunen: schreibe atlas.html (Landschaft, Befunde, Portfolio) und je Kommune eine Seite in atlas/ mit 1.001 Karten"))
        #expect(german.contains("die Karten der Gestaltungsfelder und Systeme jeder Kommune entfallen (ihre Tabellen bleiben)"))
        #expect(german.contains("--max-maps 12001 zeichnet alle") && german.contains("--ecosystem NAME"))
        let english = plan.statement(mainFile: "atlas.html", folder: "atlas", language: .en)
        #expect(english.contains("region of 1,000 municipalities") && english.contains("12,001"))
    }

    @Test("a budget below the municipalities' landscapes draws the region's landscape alone")
    func regionOnly() throws {
        let plan = try atlas(municipalities: 20).plan(maximumMaps: 10)
        #expect(plan.level == .regionOnly && plan.maps == 1)
    }
}
