import Foundation
import Testing

@Suite("ecograph export, as a process")
struct ExportCommandTests {
    private func exportedGraph(_ arguments: [String]) throws -> [String: Any] {
        let result = try CommandRunner.run(["export"] + arguments)
        #expect(result.status == 0, "\(result.standardError)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
    }

    @Test("the canonical JSON has ecosystem, nodes with id/kind/name/attributes, edges with from/type/to")
    func canonicalShape() throws {
        let graph = try exportedGraph(["samples/musterstadt.yaml", "--format", "json"])
        #expect(graph["ecosystem"] as? String == "Musterstadt")
        let nodes = try #require(graph["nodes"] as? [[String: Any]])
        let edges = try #require(graph["edges"] as? [[String: Any]])
        #expect(nodes.count > 60)
        #expect(nodes.allSatisfy { Set($0.keys) == ["id", "kind", "name", "attributes"] })
        #expect(edges.allSatisfy { Set($0.keys) == ["from", "type", "to"] })
        let ids = Set(nodes.compactMap { $0["id"] as? String })
        #expect(edges.allSatisfy { ids.contains($0["from"] as! String) && ids.contains($0["to"] as! String) })
        let names = nodes.compactMap { $0["name"] as? String }
        #expect(names.contains { $0.contains("ü") || $0.contains("ä") || $0.contains("ö") })
    }

    @Test("the same model exports the same bytes twice")
    func deterministic() throws {
        let first = try CommandRunner.run(["export", "samples/region"])
        let second = try CommandRunner.run(["export", "samples/region"])
        #expect(first.status == 0)
        #expect(first.standardOutput == second.standardOutput)
        #expect(!first.standardOutput.isEmpty)
    }

    @Test("-o writes the file; an unwritable path exits 3 and leaves nothing behind")
    func outputFile() throws {
        let scratch = ScratchDirectory()
        let target = scratch.url.appendingPathComponent("graph.json")
        let written = try CommandRunner.run(["export", "samples/minimal.yaml", "-o", target.path])
        #expect(written.status == 0)
        let data = try Data(contentsOf: target)
        #expect(try JSONSerialization.jsonObject(with: data) is [String: Any])
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path) == ["graph.json"])

        let failed = try CommandRunner.run(["export", "samples/minimal.yaml", "-o", scratch.url.path + "/missing/dir/graph.json"])
        #expect(failed.status == 3)
        #expect(failed.standardError.contains("cannot write"))
    }

    @Test("an invalid model exports nothing and exits 2, leaving an existing output untouched")
    func invalidModel() throws {
        let scratch = ScratchDirectory()
        let bad = scratch.write("projects:\n  p: { field: nowhere }\n", to: "bad.yaml")
        let previous = scratch.write("previous content", to: "out.json")
        let result = try CommandRunner.run(["export", bad, "-o", previous])
        #expect(result.status == 2)
        #expect(result.standardOutput.isEmpty)
        #expect(try String(contentsOfFile: previous, encoding: .utf8) == "previous content")
    }

    @Test("the model file is never modified")
    func modelUntouched() throws {
        let scratch = ScratchDirectory()
        let model = scratch.write("fields:\n  f: Feld\n", to: "model.yaml")
        let before = try Data(contentsOf: URL(fileURLWithPath: model))
        _ = try CommandRunner.run(["export", model, "-o", scratch.url.appendingPathComponent("out.json").path])
        _ = try CommandRunner.run(["validate", model])
        #expect(try Data(contentsOf: URL(fileURLWithPath: model)) == before)
    }
}

@Suite("Writing outputs to special files")
struct SpecialOutputTests {
    @Test("-o /dev/null writes into the device and leaves it a device")
    func devNull() throws {
        let result = try CommandRunner.run(["export", "samples/minimal.yaml", "-o", "/dev/null"])
        #expect(result.status == 0, "\(result.standardError)")
        var status = stat()
        #expect(stat("/dev/null", &status) == 0)
        #expect((status.st_mode & S_IFMT) == S_IFCHR)
    }

    @Test("-o with a directory is refused with exit 3")
    func directory() throws {
        let scratch = ScratchDirectory()
        let result = try CommandRunner.run(["export", "samples/minimal.yaml", "-o", scratch.url.path])
        #expect(result.status == 3)
        #expect(result.standardError.contains("it is a directory"))
    }
}
