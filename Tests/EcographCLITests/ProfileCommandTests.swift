import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// Profiles from the command line: `profiles:` in `.ecograph.yml` and `--profile`, with the
/// sample extension (committees and IT procedures) checked, drawn, exported and listed.
@Suite("Profiles on the command line")
struct ProfileCommandTests {
    static let model = "samples/profiles/modell.yaml"
    static let profile = "samples/profiles/gremien-und-fachverfahren.yml"

    /// The line and column of the entry after each `# LÜCKE` comment of the sample: the planted gaps.
    static func plantedGaps() throws -> [String] {
        let lines = try String(contentsOf: CommandRunner.repository.appendingPathComponent(model), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false)
        var gaps: [String] = []
        for (number, line) in lines.enumerated() where line.trimmingCharacters(in: .whitespaces).hasPrefix("# LÜCKE") {
            let entry = lines[(number + 1)...].firstIndex { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("#") }!
            let column = lines[entry].prefix { $0 == " " }.count + 1
            gaps.append("\(entry + 1):\(column)")
        }
        return gaps
    }

    @Test("check with the profile of .ecograph.yml finds exactly the planted gaps, by the profile's two rules")
    func checkFindsTheGaps() throws {
        let result = try CommandRunner.run(["check", Self.model, "--format", "json"])
        #expect(result.status == 1, "\(result.standardError)")
        let report = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as! [String: Any]
        let findings = report["findings"] as! [[String: Any]]
        let places = findings.map { finding -> String in
            let location = finding["location"] as? [String: Any] ?? finding
            return "\(location["line"] ?? 0):\(location["column"] ?? 0)"
        }
        #expect(Set(places) == Set(try Self.plantedGaps()), "\(findings)")
        #expect(Set(findings.map { $0["rule"] as? String ?? "" }) == ["procedure-has-one-owner", "committee-has-lotse-member"])
        let german = try CommandRunner.run(["check", Self.model, "--lang", "de"])
        #expect(german.standardOutput.contains("Das Gremium 'Steuerungsgruppe Mobilitätskonzept 2035' entscheidet über ein Gestaltungsfeld"))
    }

    @Test("--profile does what profiles: does; without one, the profile's sections are unknown (exit 2)")
    func profileOption() throws {
        let scratch = ScratchDirectory()
        let copy = scratch.write(try String(contentsOf: CommandRunner.repository.appendingPathComponent(Self.model), encoding: .utf8), to: "modell.yaml")
        let without = try CommandRunner.run(["validate", copy])
        #expect(without.status == 2)
        #expect(without.standardError.contains("unknown section 'gremien'"))
        let with = try CommandRunner.run(["validate", copy, "--profile", Self.profile, "--lang", "de"])
        #expect(with.status == 0, "\(with.standardError)")
        #expect(with.standardOutput.contains("3 Gremien, 4 Fachverfahren"), "\(with.standardOutput)")
    }

    @Test("a broken profile stops every command with its place and exit 2, in German too; the file is left as it was")
    func brokenProfile() throws {
        let scratch = ScratchDirectory()
        let text = "kinds:\n  gremium:\n    section: projekte\n    noun: Gremium\n    plural: Gremien\n"
        let profile = scratch.write(text, to: "profil.yml")
        let output = scratch.url.appendingPathComponent("out.svg").path
        for command in ["validate", "check", "render", "export"] {
            let arguments = [command, "samples/minimal.yaml", "--profile", profile] + (command == "validate" ? [] : ["-o", output])
            let result = try CommandRunner.run(arguments, environment: ["ECOGRAPH_LANG": "de"])
            #expect(result.status == 2, "\(command): \(result.standardError)")
            #expect(result.standardError.contains("profil.yml:3:14: Fehler: 'projekte' benennt bereits Abschnitt 'projects'"), "\(command): \(result.standardError)")
        }
        #expect(try String(contentsOfFile: profile, encoding: .utf8) == text)
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test("the map draws the profile's kinds in their shape and colour, and the legend names them")
    func map() throws {
        let scratch = ScratchDirectory()
        let output = scratch.url.appendingPathComponent("karte.svg").path
        let result = try CommandRunner.run(["render", Self.model, "--detail", "full", "--page", "none", "--lang", "de", "-o", output])
        #expect(result.status == 0, "\(result.standardError)")
        let document = try XMLDocument(data: Data(contentsOf: URL(fileURLWithPath: output)), options: [])
        let nodes = try document.nodes(forXPath: "//*[local-name()='g'][contains(@class, 'node committee')]")
        #expect(nodes.count == 3)
        let shapes = try document.nodes(forXPath: "//*[local-name()='g'][contains(@class, 'node committee')]//*[local-name()='polygon']")
        // (`attribute(forName:)` misses attributes of elements in SVG's default namespace.)
        let fills = shapes.map { ($0 as? XMLElement)?.attributes?.first { $0.name == "fill" }?.stringValue ?? "" }
        #expect(!fills.isEmpty && fills.allSatisfy { $0 == "#f5e6c8" }, "\(fills)")
        let texts = try document.nodes(forXPath: "//*[local-name()='text']").compactMap(\.stringValue)
        #expect(texts.contains("Gremium") && texts.contains("Fachverfahren"), "legend: \(texts.prefix(40))")
        #expect(texts.contains("Lenkungskreis") && texts.contains("Bewohnerparkausweise"))
        #expect(texts.contains("entscheidet über"), "relations of the profile are labelled with their German word")
    }

    @Test("the map of a field shows the profile's nodes linked to it or its projects, with their relations")
    func fieldMap() throws {
        let scratch = ScratchDirectory()
        let output = scratch.url.appendingPathComponent("mobilitaet.dot").path
        let result = try CommandRunner.run(["render", Self.model, "--field", "mobilitaet", "-o", output])
        #expect(result.status == 0, "\(result.standardError)")
        let dot = try String(contentsOfFile: output, encoding: .utf8)
        for id in ["steuerungsgruppe-mobilitaet", "lenkungskreis-digitalisierung", "kfz-zulassung", "bewohnerparken"] {
            #expect(dot.contains("\"\(id)\" ["), "\(id) is drawn")
        }
        #expect(dot.contains("\"steuerungsgruppe-mobilitaet\" -> \"mobilitaet\""), "its decides-on relation is drawn")
        #expect(!dot.contains("\"digitaler-bauantrag\" ["), "a project of another field is not")
    }

    @Test("metamodel --profile adds the kinds and their row and column to the matrix")
    func metamodel() throws {
        let result = try CommandRunner.run(["metamodel", "--profile", Self.profile, "--format", "markdown", "--lang", "de"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("| Gremium | `gremien` |"))
        #expect(result.standardOutput.contains("| **Gremium** |"))
        #expect(result.standardOutput.contains("`entscheidet-über`"))
        let plain = try CommandRunner.run(["metamodel", "--format", "markdown"])
        #expect(!plain.standardOutput.contains("committee"))
    }

    @Test("diff reads both versions with the profile: a renamed committee is named")
    func diff() throws {
        let scratch = ScratchDirectory()
        let folder = CommandRunner.repository.appendingPathComponent("samples/profiles")
        for name in ["modell.yaml", "gremien-und-fachverfahren.yml", ".ecograph.yml"] {
            var text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            if name == "modell.yaml" {
                text = text.replacingOccurrences(of: "bezeichnung: Lenkungskreis Digitalisierung", with: "bezeichnung: Lenkungskreis Digitale Stadt")
            }
            scratch.write(text, to: "neu/" + name)
        }
        let result = try CommandRunner.run(["diff", Self.model, scratch.url.appendingPathComponent("neu/modell.yaml").path, "--format", "json"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("Lenkungskreis Digitale Stadt"), "\(result.standardOutput.prefix(2000))")
    }

    @Test("a profile that adds nothing changes no output: every sample through validate, export, check and render, byte for byte")
    func emptyProfileChangesNothing() throws {
        let scratch = ScratchDirectory()
        let empty = scratch.write("# Ein Profil, das noch nichts ergänzt.\n", to: "leer.yml")
        let commands: [[String]] = [
            ["validate", "--format", "json"], ["export"], ["export", "--format", "graphml"], ["check", "--format", "json"],
            ["check", "--lang", "de"], ["render", "--format", "dot", "-o", "-"],
        ]
        for sample in ["samples/musterstadt.yaml", "samples/minimal.yaml", "samples/region", "samples/programm"] {
            for command in commands {
                let plain = try CommandRunner.run([command[0], sample] + command.dropFirst())
                let profiled = try CommandRunner.run([command[0], sample, "--profile", empty] + command.dropFirst())
                #expect(plain.status == profiled.status && plain.standardOutput == profiled.standardOutput
                    && plain.standardError == profiled.standardError, "\(command) \(sample)")
                #expect(!plain.standardOutput.isEmpty, "\(command) \(sample)")
            }
        }
    }

    @Test("export: the profile's nodes and relations carry their kind and type")
    func export() throws {
        let result = try CommandRunner.run(["export", Self.model])
        #expect(result.status == 0, "\(result.standardError)")
        let graph = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as! [String: Any]
        let nodes = graph["nodes"] as! [[String: Any]]
        #expect(nodes.filter { $0["kind"] as? String == "procedure" }.count == 4)
        let edges = graph["edges"] as! [[String: Any]]
        #expect(edges.contains { $0["type"] as? String == "decides-on" })
    }
}

/// `ecograph schema --profile`: the JSON Schema for a model that uses a profile.
@Suite("The JSON Schema of a profile")
struct ProfileSchemaTests {
    @Test("the profile sample validates against 'schema --profile' (Python jsonschema) and not against the built-in schema")
    func profileSchema() throws {
        let scratch = ScratchDirectory()
        let schema = scratch.url.appendingPathComponent("profil.schema.json").path
        let written = try CommandRunner.run(["schema", "--profile", ProfileCommandTests.profile, "-o", schema])
        #expect(written.status == 0, "\(written.standardError)")
        func checked(_ schema: String, _ model: String) throws -> CommandRunner.Result {
            try CommandRunner.run(["python3", "scripts/check-schema.py", schema, model], using: CommandRunner.environmentTool)
        }
        let valid = try checked(schema, ProfileCommandTests.model)
        #expect(valid.status == 0, "\(valid.standardOutput)\(valid.standardError)")
        let builtIn = try checked("schema/ecograph-model.schema.json", ProfileCommandTests.model)
        #expect(builtIn.status == 1 && builtIn.standardOutput.contains("gremien"), "\(builtIn.standardOutput)")
        let typo = scratch.write("gremien:\n  rat: { mitglieder: [a], tagtt: monatlich }\n", to: "tippfehler.yaml")
        let refused = try checked(schema, typo)
        #expect(refused.status == 1 && refused.standardOutput.contains("tagtt"), "\(refused.standardOutput)")
    }
}

/// `ecograph serve` on a model that uses a profile.
@Suite("serve with a profile")
struct ProfileServeTests {
    @Test("the live page reads the model with the profile of its .ecograph.yml: its rules' findings and a field map with its nodes")
    func serve() throws {
        let server = try ServeProcess([ProfileCommandTests.model, "--lang", "de"])
        defer { _ = server.stop() }
        let (state, ready) = try eventually(within: 60, {
            try JSONSerialization.jsonObject(with: RawHTTP.request("/api/state", port: server.port).body) as? [String: Any] ?? [:]
        }) { $0["status"] as? String == "valid" || $0["status"] as? String == "checked" || ($0["findings"] as? [Any])?.isEmpty == false }
        #expect(ready, "\(state)")
        let text = String(decoding: try JSONSerialization.data(withJSONObject: state), as: UTF8.self)
        #expect(text.contains("procedure-has-one-owner") && text.contains("committee-has-lotse-member"), "\(text.prefix(1500))")
        let map = try RawHTTP.request("/map?view=field:mobilitaet", port: server.port)
        #expect(map.status == 200)
        #expect(map.text.contains("node committee"), "\(map.text.prefix(500))")
    }
}
