import EcographBenchmarks
import Foundation
import Testing

/// `export --format mermaid|graphml|neo4j`, each checked by a real reader: Mermaid's own
/// JavaScript in headless Chromium, networkx for GraphML, Python's csv for the Neo4j files —
/// against `export --format json`.
@Suite("export: Mermaid, GraphML and Neo4j against the JSON export", .serialized)
struct ExportFormatTests {
    static let samples = ["samples/musterstadt.yaml", "samples/programm", "samples/region", "samples/minimal.yaml"]
    static let tools = CommandRunner.environmentTool

    /// Hostile names: quotes, brackets, `#`, `;`, markup, a backtick, umlauts, ids that reduce alike.
    static let hostile = """
        ecosystem: "Stadt \\"<b>Ärger</b>\\""
        systems:
          verwaltung: { name: "Verwaltung [alt]; #1", type: administration }
          "end": { name: "end", type: community }
        fields:
          mobilität: { name: "Mobilität <script>alert(1)</script>" }
        roles:
          lotse: { name: "Lotse {A|B} `code` \\\\ & Co", type: lotse, pilots: mobilität }
        actors:
          müller: { name: "Anna \\"Änne\\" Müller; #quot;", system: verwaltung, holds: [lotse] }
          mueller: { name: "Müller (der andere) -->|x| end", system: end }
        projects:
          park-app: { name: "Park-App ]] %% Kommentar", field: mobilität, status: running, accountable: lotse, responsible: [mueller] }
        """

    /// The JSON export: node (id, kind, name, attributes) and edge (from, type, to) sets.
    static func json(_ arguments: [String]) throws -> (nodes: [[String: Any]], edges: [[String: String]]) {
        let result = try CommandRunner.run(["export"] + arguments + ["--format", "json"])
        try #require(result.status == 0, "\(result.standardError)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        return (document["nodes"] as! [[String: Any]], document["edges"] as! [[String: String]])
    }

    // MARK: Mermaid

    /// Draws a Mermaid text with Mermaid 11.16.0 in headless Chromium; returns the DOM.
    static func drawMermaid(_ text: String, scratch: ScratchDirectory) throws -> String {
        let script = try CommandRunner.run(["scripts/mermaid-js"], using: tools)
        try #require(script.status == 0, "scripts/mermaid-js: \(script.standardError)")
        let mermaid = script.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
        let literal = String(decoding: try JSONSerialization.data(withJSONObject: [text]), as: UTF8.self)
            .replacingOccurrences(of: "<", with: "\\u003c")
        let page = """
            <!doctype html><html><head><meta charset="utf-8"><script src="file://\(mermaid)"></script></head>
            <body><div id="out"></div><pre id="err"></pre><script>
            const text = \(literal)[0];
            mermaid.initialize({startOnLoad: false, securityLevel: 'strict', maxEdges: 500, maxTextSize: 50000});
            (async () => {
              try {
                await mermaid.parse(text);
                const {svg} = await mermaid.render('diagram', text);
                document.getElementById('out').innerHTML = svg;
                document.body.setAttribute('data-status', 'rendered');
              } catch (e) {
                document.body.setAttribute('data-status', 'failed');
                document.getElementById('err').textContent = String(e && e.message || e);
              }
            })();
            </script></body></html>
            """
        let file = scratch.url.appendingPathComponent("mermaid-\(UUID().uuidString).html")
        try Data(page.utf8).write(to: file)
        let result = try CommandRunner.run(
            ["--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(scratch.url.path)/profile", "--virtual-time-budget=20000",
             "--allow-file-access-from-files", "--dump-dom", file.absoluteString], using: HTMLReportTests.chromium)
        try #require(result.status == 0 && result.standardOutput.contains("</html>"), "Chromium failed: \(result.standardError.suffix(2000))")
        return result.standardOutput
    }

    static func matches(_ pattern: String, in text: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators])
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).map {
            String(text[Range($0.range(at: 1), in: text)!])
        }
    }

    static func unescapeHTML(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// Draws the Mermaid export of `model` and compares what Mermaid drew with the JSON export.
    func checkMermaid(_ model: String, scratch: ScratchDirectory, extra: [String] = []) throws -> String {
        let export = try CommandRunner.run(["export", model, "--format", "mermaid"] + extra)
        try #require(export.status == 0, "\(model): \(export.standardError)")
        let dom = try Self.drawMermaid(export.standardOutput, scratch: scratch)
        let error = Self.matches("<pre id=\"err\">(.*?)</pre>", in: dom).first ?? ""
        try #require(dom.contains("data-status=\"rendered\""), "\(model): Mermaid failed: \(error)")

        let (nodes, edges) = try Self.json([model] + extra.filter { $0 != "--lang" && $0 != "de" })
        let drawnNodes = Set(Self.matches("id=\"diagram-flowchart-([A-Za-z0-9_]+)-[0-9]+\"", in: dom))
        let clusters = Self.matches("class=\"cluster[^\"]*\" id=\"diagram-([A-Za-z0-9_]+)\"", in: dom)
        #expect(drawnNodes.count + clusters.count == nodes.count, "\(model)")
        let links = Self.matches("<path[^>]*?id=\"(L_[^\"]+)\"", in: dom)
        let arrows = export.standardOutput.split(separator: "\n").filter { $0.contains("-->") || $0.contains("==>") || $0.contains("-.->") }
        #expect(links.count == arrows.count, "\(model)")
        let inSystem = edges.filter { $0["type"] == "in-system" }.count
        #expect(links.count >= edges.count - inSystem && links.count <= edges.count, "\(model)")
        // Every name appears, as text, among the labels Mermaid drew.
        let labels = Set(Self.matches("<span class=\"nodeLabel\"[^>]*>(?:<p>)?(.*?)(?:</p>)?</span>", in: dom).map(Self.unescapeHTML))
        for node in nodes {
            let name = (node["name"] as! String).replacingOccurrences(of: "\n", with: " ")
            #expect(labels.contains(name), "\(model): '\(name)' not drawn")
        }
        return dom
    }

    @Test("mermaid: every sample renders in Mermaid 11.16.0; nodes, subgraphs, edges and names as in the JSON export")
    func mermaidSamples() throws {
        let scratch = ScratchDirectory()
        for sample in Self.samples {
            _ = try checkMermaid(sample, scratch: scratch)
        }
        _ = try checkMermaid("samples/musterstadt.yaml", scratch: scratch, extra: ["--field", "mobilitaet", "--lang", "de"])
    }

    @Test("mermaid: quotes, brackets, #, ;, <script>, backticks and umlauts stay text; ids stay unique")
    func mermaidHostileNames() throws {
        let scratch = ScratchDirectory()
        let model = scratch.write(Self.hostile, to: "hostile.yaml")
        let export = try CommandRunner.run(["export", model, "--format", "mermaid"])
        try #require(export.status == 0, "\(export.standardError)")
        #expect(!export.standardOutput.contains("<"))
        #expect(export.standardOutput.contains("n_muell_r") || export.standardOutput.contains("n_mueller"))
        let dom = try checkMermaid(model, scratch: scratch)
        #expect(!dom.contains("<script>alert"))
        #expect(!dom.contains("<b>Ärger"))
        #expect(dom.contains("Mobilität &lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(dom.contains("class=\"node default kind_actor"))
        #expect(dom.contains("finding_error"))
    }

    @Test("mermaid: a diagram beyond Mermaid's limits is refused (exit 2) with the way on, in English and German")
    func mermaidRefusal() throws {
        let scratch = ScratchDirectory()
        let region = scratch.write(RegionGenerator(municipalities: 10).yaml(), to: "region-10.yaml")
        let english = try CommandRunner.run(["export", region, "--format", "mermaid"])
        #expect(english.status == 2)
        #expect(english.standardOutput.isEmpty)
        #expect(english.standardError.contains("ecograph: error: the Mermaid diagram would have "))
        #expect(english.standardError.contains("edges; Mermaid draws at most 500 edges and 50,000 characters"))
        #expect(english.standardError.contains("ecograph render PATH --view landscape"))
        let german = try CommandRunner.run(["export", region, "--format", "mermaid", "--lang", "de"])
        #expect(german.status == 2)
        #expect(german.standardError.contains("ecograph: Fehler: das Mermaid-Diagramm hätte "))
        #expect(german.standardError.contains("Kanten; Mermaid zeichnet in der Grundeinstellung höchstens 500 Kanten und 50.000 Zeichen"))
        #expect(german.standardError.contains("Exportieren Sie einen Ausschnitt"))
        // One municipality of it fits.
        let one = try CommandRunner.run(["export", region, "--format", "mermaid", "--ecosystem", "Großmüllingen 0"])
        #expect(one.status == 0, "\(one.standardError)")
    }

    // MARK: GraphML

    @Test("graphml: networkx reads every sample; nodes with kind, name and attributes, and typed edges, equal the JSON export")
    func graphML() throws {
        let scratch = ScratchDirectory()
        let hostile = scratch.write(Self.hostile, to: "hostile.yaml")
        let script = """
            import json, sys, networkx
            graph = networkx.read_graphml(sys.argv[1])
            exported = json.load(open(sys.argv[2]))
            keys = {"kind", "name", "label"}
            def attributes(data, lists):
                return {k: (json.loads(v) if k in lists else v) for k, v in data.items() if k not in keys}
            lists = set(sys.argv[3].split(",")) if sys.argv[3] else set()
            nodes = {n: (d["kind"], d["name"], json.dumps(attributes(d, lists), sort_keys=True)) for n, d in graph.nodes(data=True)}
            expected = {n["id"]: (n["kind"], n["name"], json.dumps(n["attributes"], sort_keys=True)) for n in exported["nodes"]}
            assert graph.is_directed(), "not directed"
            assert nodes == expected, ("nodes differ", set(nodes.items()) ^ set(expected.items()))
            edges = sorted((u, d["type"], v) for u, v, d in graph.edges(data=True))
            expected_edges = sorted((e["from"], e["type"], e["to"]) for e in exported["edges"])
            assert edges == expected_edges, ("edges differ", set(edges) ^ set(expected_edges))
            print(len(nodes), len(edges))
            """
        for model in Self.samples + [hostile] {
            let graphml = scratch.url.appendingPathComponent("model.graphml").path
            let export = try CommandRunner.run(["export", model, "--format", "graphml", "-o", graphml])
            try #require(export.status == 0, "\(export.standardError)")
            let json = scratch.url.appendingPathComponent("model.json").path
            _ = try CommandRunner.run(["export", model, "--format", "json", "-o", json])
            // Attributes that are a list on some node are JSON arrays in GraphML (their key says so).
            let document = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: json))) as? [String: Any])
            var lists: Set<String> = []
            for node in document["nodes"] as! [[String: Any]] {
                for (key, value) in node["attributes"] as! [String: Any] where value is [Any] { lists.insert(key) }
            }
            let result = try CommandRunner.run(["python3", "-c", script, graphml, json, lists.sorted().joined(separator: ",")], using: Self.tools)
            #expect(result.status == 0, "\(model): \(result.standardError.suffix(3000))")
        }
    }

    // MARK: Neo4j

    @Test("neo4j: nodes.csv and relationships.csv with neo4j-admin's headers, read back equal to the JSON export")
    func neo4j() throws {
        let scratch = ScratchDirectory()
        let hostile = scratch.write(Self.hostile, to: "hostile.yaml")
        let script = """
            import csv, json, re, sys
            directory, exported = sys.argv[1], json.load(open(sys.argv[2]))
            with open(directory + "/nodes.csv", newline="", encoding="utf-8") as f:
                rows = list(csv.reader(f))
            header = rows[0]
            assert header[:3] == ["id:ID", ":LABEL", "name"], header
            for column in header[3:]:
                assert re.fullmatch(r"[^:]+(:string\\[\\])?", column), column
            labels = {"system": "System", "field": "Field", "target-group": "TargetGroup", "role": "Role",
                      "actor": "Actor", "format": "Format", "project": "Project"}
            nodes = {}
            for row in rows[1:]:
                attributes = {}
                for column, value in zip(header[3:], row[3:]):
                    if value == "": continue
                    if column.endswith(":string[]"): attributes[column[:-9]] = value.split(";")
                    else: attributes[column] = value
                nodes[row[0]] = (row[1], row[2], json.dumps(attributes, sort_keys=True))
            expected = {n["id"]: (labels[n["kind"]], n["name"], json.dumps(n["attributes"], sort_keys=True)) for n in exported["nodes"]}
            assert nodes == expected, ("nodes differ", set(nodes.items()) ^ set(expected.items()))
            with open(directory + "/relationships.csv", newline="", encoding="utf-8") as f:
                rows = list(csv.reader(f))
            assert rows[0] == [":START_ID", ":END_ID", ":TYPE", "relation"], rows[0]
            for row in rows[1:]:
                assert re.fullmatch(r"[A-ZÄÖÜ0-9_]+", row[2]) and row[2] == row[3].upper().replace("-", "_"), row
            edges = sorted((r[0], r[3], r[1]) for r in rows[1:])
            expected_edges = sorted((e["from"], e["type"], e["to"]) for e in exported["edges"])
            assert edges == expected_edges, ("edges differ", set(edges) ^ set(expected_edges))
            """
        for model in Self.samples + [hostile] {
            let directory = scratch.url.appendingPathComponent("neo4j-\(UUID().uuidString)").path
            let export = try CommandRunner.run(["export", model, "--format", "neo4j", "-o", directory])
            try #require(export.status == 0, "\(export.standardError)")
            let json = scratch.url.appendingPathComponent("model.json").path
            _ = try CommandRunner.run(["export", model, "--format", "json", "-o", json])
            let result = try CommandRunner.run(["python3", "-c", script, directory, json], using: Self.tools)
            #expect(result.status == 0, "\(model): \(result.standardError.suffix(3000))")
        }
        let toStandardOutput = try CommandRunner.run(["export", "samples/minimal.yaml", "--format", "neo4j"])
        #expect(toStandardOutput.status == 2)
        #expect(toStandardOutput.standardError.contains("give a directory with -o DIR"))
        let file = scratch.write("x", to: "a-file")
        let onAFile = try CommandRunner.run(["export", "samples/minimal.yaml", "--format", "neo4j", "-o", file])
        #expect(onAFile.status == 3)
        #expect(onAFile.standardError.contains("is a file, not a directory"))
    }

    @Test("views apply to the exports: --field exports the field's part, the same nodes in every format")
    func views() throws {
        let (nodes, edges) = try Self.json(["samples/musterstadt.yaml", "--field", "mobilitaet"])
        let (all, _) = try Self.json(["samples/musterstadt.yaml"])
        #expect(nodes.count < all.count && nodes.contains { $0["id"] as? String == "mobilitaet" })
        let graphml = try CommandRunner.run(["export", "samples/musterstadt.yaml", "--format", "graphml", "--field", "mobilitaet"])
        #expect(graphml.standardOutput.components(separatedBy: "<node id=").count - 1 == nodes.count)
        #expect(graphml.standardOutput.components(separatedBy: "<edge id=").count - 1 == edges.count)
        let unknown = try CommandRunner.run(["export", "samples/musterstadt.yaml", "--format", "mermaid", "--field", "mobilität-x"])
        #expect(unknown.status == 2)
        #expect(unknown.standardError.contains("--field: no field with id 'mobilität-x'"))
    }
}
