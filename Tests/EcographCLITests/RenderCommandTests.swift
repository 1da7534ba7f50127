import Foundation
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

/// `ecograph render` as a user runs it: files, formats, views, failures.
@Suite("ecograph render")
struct RenderCommandTests {
    @Test("the sample map: SVG parsed as XML, systems as clusters, findings marked, same bytes every run")
    func sampleMap() throws {
        let scratch = ScratchDirectory()
        let first = scratch.url.appendingPathComponent("map.svg").path
        let second = scratch.url.appendingPathComponent("again.svg").path
        let result = try CommandRunner.run(["render", "samples/musterstadt.yaml", "--view", "overview", "-o", first])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(try CommandRunner.run(["render", "samples/musterstadt.yaml", "--view", "overview", "-o", second]).status == 0)
        let data = try Data(contentsOf: URL(fileURLWithPath: first))
        #expect(data == (try Data(contentsOf: URL(fileURLWithPath: second))), "two renders differ")
        let svg = String(decoding: data, as: UTF8.self)
        let document = try XMLDocument(data: data, options: [])
        #expect(document.rootElement()?.name == "svg")
        #expect(svg.contains("<title>cluster_verwaltung</title>"))
        #expect(svg.contains(">Kommunalverwaltung Musterstadt</text>"))
        #expect(svg.contains("class=\"node role type&#45;cdo"))
        #expect(svg.contains("finding&#45;error"))
        #expect(svg.contains(">Verein &lt;Zukunft&gt; &amp; Co</text>"))
    }

    @Test("the format follows the extension: PNG, PDF, DOT")
    func formatsFromExtension() throws {
        let scratch = ScratchDirectory()
        let signatures: [(String, [UInt8])] = [
            ("map.png", [0x89, 0x50, 0x4E, 0x47]), ("map.pdf", Array("%PDF-".utf8)), ("map.dot", Array("digraph".utf8)),
        ]
        for (name, signature) in signatures {
            let path = scratch.url.appendingPathComponent(name).path
            let result = try CommandRunner.run(["render", "samples/minimal.yaml", "-o", path])
            #expect(result.status == 0, "\(name): \(result.standardError)")
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            #expect(Array(data.prefix(signature.count)) == signature, "\(name)")
        }
    }

    @Test("-o - writes to standard output")
    func standardOutput() throws {
        let result = try CommandRunner.run(["render", "samples/minimal.yaml", "-o", "-", "--format", "dot"])
        #expect(result.status == 0)
        #expect(result.standardOutput.hasPrefix("digraph \"ecosystem\" {"))
    }

    @Test("views: a field's map holds that field and not the others")
    func fieldView() throws {
        let result = try CommandRunner.run(["render", "samples/musterstadt.yaml", "--field", "mobilitaet", "-o", "-", "--format", "svg"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("<title>mobilitaet</title>"))
        #expect(!result.standardOutput.contains("<title>bildung</title>"))
    }

    @Test("an unknown view id exits 2 with a suggestion and leaves an existing output file alone")
    func unknownView() throws {
        let scratch = ScratchDirectory()
        let path = scratch.write("keep me", to: "map.svg")
        let result = try CommandRunner.run(["render", "samples/musterstadt.yaml", "--field", "mobilitat", "-o", path])
        #expect(result.status == 2)
        #expect(result.standardError.contains("'mobilitat'") && result.standardError.contains("mobilitaet"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "keep me")
    }

    @Test("a map larger than the layout's limit is refused with advice (exit 2)")
    func tooLarge() throws {
        let result = try CommandRunner.run(["render", "samples/musterstadt.yaml", "--max-nodes", "10", "-o", "-", "--format", "svg"])
        #expect(result.status == 2)
        #expect(result.standardError.contains("--layout sfdp"))
        #expect(result.standardOutput.isEmpty)
    }

    @Test("a layout that takes too long is stopped (exit 3) and leaves no file")
    func timeout() throws {
        let scratch = ScratchDirectory()
        let path = scratch.url.appendingPathComponent("map.svg").path
        let result = try CommandRunner.run(["render", "samples/musterstadt.yaml", "--detail", "full", "--timeout", "0.01", "-o", path])
        #expect(result.status == 3)
        #expect(result.standardError.contains("was stopped"))
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path).isEmpty, "temporary files left behind")
    }

    @Test("an extension that names no format is a usage error")
    func unknownExtension() throws {
        let result = try CommandRunner.run(["render", "samples/minimal.yaml", "-o", "map.jpeg"])
        #expect(result.status == 2)
        #expect(result.standardError.contains("cannot tell the format"))
    }

    @Test("a whole model whose overview does not fit a page is drawn as its landscape, fitted to A3, and says so")
    func landscapeByDefault() throws {
        let scratch = ScratchDirectory()
        let path = scratch.url.appendingPathComponent("programm.svg").path
        let result = try CommandRunner.run(["render", "samples/programm", "-o", path, "--lang", "de"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.contains("daher wird die Landschaft gezeichnet"))
        let svg = try String(contentsOfFile: path, encoding: .utf8)
        #expect(svg.contains("class=\"graph landscape\""))
        #expect(svg.contains("<title>verwaltungsleistungen</title>") && !svg.contains("<title>hartmann</title>"))
        let minimal = try CommandRunner.run(["render", "samples/minimal.yaml", "-o", "-", "--format", "svg"])
        #expect(minimal.status == 0 && minimal.standardOutput.contains("class=\"graph ecosystem&#45;map\""), "a small model keeps its overview")
        #expect(!minimal.standardError.contains("landscape"))
    }

    @Test("--ecosystem draws one municipality of a region; an unknown name is a usage error with a suggestion")
    func oneMunicipality() throws {
        let result = try CommandRunner.run(["render", "samples/region", "--ecosystem", "Musterdorf", "--view", "landscape", "-o", "-", "--format", "svg"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("<title>md&#45;bildung</title>") && !result.standardOutput.contains("bh&#45;"))
        let unknown = try CommandRunner.run(["render", "samples/region", "--ecosystem", "Musterdorff", "-o", "-", "--format", "svg"])
        #expect(unknown.status == 2 && unknown.standardError.contains("Musterdorf"))
    }
}
