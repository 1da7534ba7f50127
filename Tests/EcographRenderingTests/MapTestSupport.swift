import EcographBenchmarks
import EcographCore
import EcographRendering
import EcographRules
import Foundation
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

/// A small model with the names that break naive escaping, written to a scratch file.
enum SmallModel {
    static let yaml = """
        ecosystem: Klein & Fein
        systems:
          verwaltung: { name: Stadtverwaltung "Rathaus", type: administration }
          konzern: { name: Stadtwerke-Gruppe, type: municipal-group }
          gemeinschaft: { name: Bürgerschaft <Nord>, type: community }
        fields:
          mobilitaet: { name: Mobilität }
          bildung: { name: Bildung }
        target-groups:
          pendler: { name: Pendlerinnen und Pendler }
        roles:
          ob: { name: Oberbürgermeisterin, type: chief-executive }
          cdo: { name: Chief Digital Officer, type: cdo, advises: ob, coordinates: [mobilitaet, bildung] }
          lotse-mobilitaet: { name: Digitale Lotsin Mobilität, type: lotse, pilots: mobilitaet }
        actors:
          mueller: { name: Anna Müller, system: verwaltung, holds: [cdo, ob] }
          werke: { name: Stadtwerke GmbH, system: konzern, holds: lotse-mobilitaet }
          verein: { name: Verein <Zukunft> & Co, system: gemeinschaft }
          pfad: { name: 'Laufwerk C:\\Daten "alt"', system: verwaltung }
        formats:
          hackathon: { name: Hackathon, type: hackathon, participants: [verein] }
        projects:
          park-app:
            name: Park-App
            field: mobilitaet
            status: running
            accountable: lotse-mobilitaet
            responsible: werke
            consulted: verein
            informed: [ob, pfad]
            target-groups: pendler
            value: Freie Parkplätze finden
            indicator: Parksuchverkehr −10 %
            participation: hackathon
          schul-wlan:
            name: Schul-WLAN
            field: bildung
            status: idea
        """

    /// The model loaded from a scratch file, with its findings.
    static func load(yaml: String = SmallModel.yaml) throws -> (graph: EcosystemGraph, findings: [Finding]) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("ecograph-map-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("klein.yaml")
        try Data(yaml.utf8).write(to: file)
        let model = try ModelLoader().load([file.path])
        return (model.graph, try RuleEngine().check(model).findings)
    }
}

/// An SVG map parsed as XML, with the parts the map's contract promises.
struct ParsedMap {
    let document: XMLDocument

    init(_ data: Data) throws {
        document = try XMLDocument(data: data, options: [])
    }

    /// `<g class="node …">` elements by their `<title>` (the node id).
    var nodes: [String: XMLElement] { groups(classPrefix: "node") }

    /// `<g class="cluster …">` elements by their `<title>`.
    var clusters: [String: XMLElement] { groups(classPrefix: "cluster") }

    /// `<g class="edge …">` elements.
    var edges: [XMLElement] { allGroups.filter { classes(of: $0).first == "edge" } }

    /// The class words of an element.
    func classes(of element: XMLElement) -> [String] {
        (attribute("class", of: element) ?? "").split(separator: " ").map(String.init)
    }

    /// An attribute's value. (`attribute(forName:)` misses attributes of elements in SVG's default
    /// namespace with swift-corelibs-foundation, so the attributes are searched by name.)
    func attribute(_ name: String, of element: XMLElement) -> String? {
        element.attributes?.first { $0.name == name }?.stringValue
    }

    /// The text of every `<text>` inside an element, in order.
    func texts(in element: XMLElement) -> [String] {
        descendants(of: element).filter { $0.localName == "text" }.map { $0.stringValue ?? "" }
    }

    /// The `xlink:title` (tooltip) of the first link inside an element.
    func tooltip(of element: XMLElement) -> String? {
        for child in descendants(of: element) where child.localName == "a" {
            if let title = child.attributes?.first(where: { $0.localName == "title" })?.stringValue { return title }
        }
        return nil
    }

    private var allGroups: [XMLElement] {
        descendants(of: document.rootElement()!).filter { $0.localName == "g" }
    }

    private func groups(classPrefix: String) -> [String: XMLElement] {
        var result: [String: XMLElement] = [:]
        for group in allGroups where classes(of: group).first == classPrefix {
            let title = group.children?.compactMap { $0 as? XMLElement }.first { $0.localName == "title" }?.stringValue ?? ""
            result[title] = group
        }
        return result
    }

    private func descendants(of element: XMLElement) -> [XMLElement] {
        var result: [XMLElement] = []
        for child in element.children ?? [] {
            guard let child = child as? XMLElement else { continue }
            result.append(child)
            result += descendants(of: child)
        }
        return result
    }
}

/// The repository's sample models, loaded with their findings.
enum Samples {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The samples every map must draw without phantom nodes and fit to a page.
    static let all = ["samples/musterstadt.yaml", "samples/minimal.yaml", "samples/region", "samples/programm"]

    /// A region of `municipalities` from the benchmark's generator, loaded from a scratch file.
    static func generatedRegion(_ municipalities: Int) throws -> LoadedModel {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("ecograph-region-\(municipalities)-\(UUID().uuidString).yaml")
        try Data(RegionGenerator(municipalities: municipalities).yaml().utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        return try ModelLoader().load([file.path])
    }

    static func load(_ path: String) throws -> (graph: EcosystemGraph, findings: [Finding]) {
        let model = try ModelLoader().load([repository.appendingPathComponent(path).path])
        return (model.graph, try RuleEngine().check(model).findings)
    }
}

extension ParsedMap {
    /// The `<title>` of every node group, with duplicates: what Graphviz drew as a node.
    var nodeTitles: [String] {
        descendantsOfRoot.filter { $0.localName == "g" && (attribute("class", of: $0) ?? "").split(separator: " ").first == "node" }
            .map { group in group.children?.compactMap { $0 as? XMLElement }.first { $0.localName == "title" }?.stringValue ?? "" }
    }

    /// Every element of the document.
    var descendantsOfRoot: [XMLElement] {
        var result: [XMLElement] = []
        var stack = [document.rootElement()!]
        while let element = stack.popLast() {
            result.append(element)
            stack += (element.children ?? []).compactMap { $0 as? XMLElement }.reversed()
        }
        return result
    }

    /// The size as printed, read from the XML independently of ``PrintedSize``: width and height
    /// in pt, the drawing's scale, the smallest font-size of any <text>.
    func printedSmallestFont(pageWidth: Double, pageHeight: Double) throws -> (width: Double, height: Double, font: Double) {
        let root = document.rootElement()!
        func points(_ name: String) throws -> Double {
            let value = try #require(attribute(name, of: root))
            #expect(value.hasSuffix("pt"), "\(name)=\(value) is not in points")
            return try #require(Double(value.dropLast(2)))
        }
        let width = try points("width")
        let height = try points("height")
        let graph = try #require(descendantsOfRoot.first { $0.localName == "g" && classes(of: $0).first == "graph" })
        let transform = try #require(attribute("transform", of: graph))
        let scaleText = try #require(transform.split(separator: "(").dropFirst().first?.split(separator: " ").first)
        let scale = try #require(Double(scaleText))
        let sizes = descendantsOfRoot.filter { $0.localName == "text" }.compactMap { attribute("font-size", of: $0).flatMap(Double.init) }
        let smallest = try #require(sizes.min())
        let page = min(1, pageWidth / width, pageHeight / height)
        return (width, height, smallest * scale * page)
    }
}
