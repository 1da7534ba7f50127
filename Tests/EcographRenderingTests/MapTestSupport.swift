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
    static func load() throws -> (graph: EcosystemGraph, findings: [Finding]) {
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
