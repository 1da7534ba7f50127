import EcographCore
import EcographRules
import Foundation
import Testing
@testable import EcographBenchmarks

/// The synthetic region is a valid model of the promised size whose only findings are the
/// planted gaps. (Timings belong to `ecograph-benchmark`, not to the tests.)
@Suite("Synthetic region generator")
struct RegionGeneratorTests {
    static let sizes = [1, 10, 23]

    @Test("a generated region loads without errors or warnings, in YAML and in JSON", arguments: sizes)
    func loads(municipalities: Int) throws {
        let scratch = Scratch()
        let generator = RegionGenerator(municipalities: municipalities)
        for (name, text) in [("region.yaml", generator.yaml()), ("region.json", generator.json())] {
            let model = try ModelLoader().load([scratch.write(text, to: name)])
            #expect(model.warnings.isEmpty, "\(name)")
            #expect(model.graph.nodes.count >= 50 * municipalities && model.graph.nodes.count <= 56 * municipalities)
        }
    }

    @Test("YAML and JSON give the same graph")
    func sameGraphFromBothSyntaxes() throws {
        let scratch = Scratch()
        let generator = RegionGenerator(municipalities: 12)
        let yaml = try ModelLoader().load([scratch.write(generator.yaml(), to: "region.yaml")]).graph
        let json = try ModelLoader().load([scratch.write(generator.json(), to: "region.json")]).graph
        #expect(CanonicalGraph(yaml) == CanonicalGraph(json))
    }

    @Test("the region as one file per municipality is the same graph as the single file")
    func sameGraphFromFiles() throws {
        let generator = RegionGenerator(municipalities: 12)
        let files = generator.files()
        #expect(files.map(\.name) == (0..<12).map { String(format: "k%02d.yaml", $0) })
        let sources = files.map { ModelSource(path: $0.name, text: $0.text) }
        let parts = try ModelLoader().load(sources: sources)
        let whole = try ModelLoader().load(sources: [ModelSource(path: "region.yaml", text: generator.yaml())])
        #expect(parts.warnings.isEmpty)
        #expect(CanonicalGraph(parts.graph) == CanonicalGraph(whole.graph))
    }

    @Test("each municipality has about 54 nodes and 110 to 130 edges, and ids are prefixed per municipality")
    func size() throws {
        let scratch = Scratch()
        let count = 40
        let graph = try ModelLoader().load([scratch.write(RegionGenerator(municipalities: count).yaml())]).graph
        let plain = RegionGenerator.nodesPerMunicipality * count
        #expect(graph.nodes.count >= plain && graph.nodes.count <= plain + 10)
        #expect(graph.edges.count >= 110 * count && graph.edges.count <= 130 * count)
        #expect(graph.count(of: .system) == 3 * count)
        #expect(graph.count(of: .field) == 8 * count)
        #expect(graph.count(of: .project) == 12 * count)
        #expect(graph.nodes.allSatisfy { $0.id.hasPrefix("k") && $0.id.contains("-") })
        #expect(graph.nodes.contains { $0.id == "k39-mobilität" })
        #expect(graph.nodes.contains { $0.name.contains("ü") })
    }

    @Test("a check finds exactly the planted gaps, as often as they are planted")
    func plantedGapsAreFound() throws {
        let scratch = Scratch()
        let generator = RegionGenerator(municipalities: 40)
        let model = try ModelLoader().load([scratch.write(generator.yaml())])
        let findings = try RuleEngine().check(model).findings
        var expected: [String: Int] = [:]
        for gap in PlantedGap.allCases { expected[gap.rule, default: 0] += generator.count(of: gap) }
        let found = Dictionary(grouping: findings, by: \.rule).mapValues(\.count)
        #expect(found == expected)
    }

    @Test("the region of 1,000 municipalities is 7 to 10 MB of YAML")
    func bytes() {
        let bytes = RegionGenerator(municipalities: 1000).yaml().utf8.count
        #expect(bytes > 7_000_000 && bytes < 10_000_000)
    }
}

/// A directory for generated files, removed when released.
final class Scratch {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("ecograph-bench-tests-\(UUID().uuidString)")

    init() { try! FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true) }

    deinit { try? FileManager.default.removeItem(at: directory) }

    func write(_ text: String, to name: String = "region.yaml") -> String {
        let url = directory.appendingPathComponent(name)
        try! Data(text.utf8).write(to: url)
        return url.path
    }
}
