import EcographCore
import EcographRendering
import EcographRules
import Foundation
import EcographMessages

/// The council's atlas of an ecosystem or a region: instead of one huge map, a landscape that
/// fits a page, then one page-sized map per field and per system — and, for a region of several
/// municipalities, one page per municipality — linked both ways with the findings, the
/// innovation portfolio and the RACI matrix. Every page opens offline: styles, scripts and maps
/// are inside it.
///
/// One ecosystem makes one HTML file. A region makes an index file (the region's landscape, all
/// findings, the portfolio per municipality) and, in a folder beside it named after its stem,
/// one file per municipality with that municipality's atlas.
///
/// ```swift
/// let atlas = Atlas(graph: model.graph, result: try RuleEngine().check(model), language: .de)
/// let plan = atlas.plan()                       // how many maps, decided before drawing
/// for file in try atlas.build(plan, mainFile: "bericht.html", renderer: GraphvizLibrary.render) {
///     try file.contents.write(to: URL(fileURLWithPath: file.path))
/// }
/// ```
public struct Atlas: Sendable {
    public let graph: EcosystemGraph
    public let result: CheckResult
    public let language: Language
    let parts: EcosystemParts

    /// The most maps an atlas draws unless told otherwise: a region of 100 municipalities
    /// (about 1,200 maps) is drawn completely, one of 1,000 with each municipality's landscape.
    public static let defaultMaximumMaps = 2_000

    public init(graph: EcosystemGraph, result: CheckResult, language: Language) {
        self.graph = graph
        self.result = result
        self.language = language
        parts = EcosystemParts(graph: graph)
    }

    /// What the atlas will draw within a budget of maps.
    public func plan(maximumMaps: Int = Atlas.defaultMaximumMaps) -> AtlasPlan {
        guard parts.isRegion else {
            return AtlasPlan(parts: parts, mapsPerPart: [Self.mapCount(of: graph)], maximumMaps: maximumMaps)
        }
        let perPart = parts.nodesByPart().map { nodes in
            1 + nodes.filter { graph.nodes[$0].kind == .field || graph.nodes[$0].kind == .system }.count
        }
        return AtlasPlan(parts: parts, mapsPerPart: perPart, maximumMaps: maximumMaps)
    }

    /// The folder beside `mainFile` that holds a region's municipality pages: its stem.
    public static func folder(for mainFile: String) -> String {
        let name = (mainFile as NSString).lastPathComponent
        let stem = (name as NSString).deletingPathExtension
        return stem.isEmpty ? "atlas" : stem
    }

    /// Draws the plan's maps with `renderer` (`concurrency` at a time) and writes the pages.
    ///
    /// - Parameters:
    ///   - mainFile: The entry page's file name (`bericht.html`); paths of the result are relative
    ///     to its directory.
    ///   - progress: Called now and then with the maps drawn so far and the number planned.
    public func build(
        _ plan: AtlasPlan, mainFile: String, renderer: @escaping MapRenderer, concurrency: Int = 1,
        progress: (@Sendable (Int, Int) -> Void)? = nil
    ) throws(RenderError) -> [AtlasFile] {
        let mainName = (mainFile as NSString).lastPathComponent
        guard parts.isRegion else {
            let document = EcosystemDocument(graph: graph, findings: result.findings, rules: result.rules, language: language, key: "", drawsLandscape: true, drawsDetail: true)
            let maps = try AtlasMaps.render(document.mapRequests(), renderer: renderer, concurrency: concurrency, progress: progress)
            return [AtlasFile(path: mainName, contents: Data(document.html(maps: maps).utf8))]
        }
        let folder = Self.folder(for: mainName)
        let region = RegionDocument(atlas: self, plan: plan, mainFile: mainName, folder: folder)
        var requests = region.mapRequests()
        for municipality in region.municipalities { requests += municipality.document.mapRequests() }
        let maps = try AtlasMaps.render(requests, renderer: renderer, concurrency: concurrency, progress: progress)
        var files = [AtlasFile(path: mainName, contents: Data(region.html(maps: maps).utf8))]
        for municipality in region.municipalities {
            files.append(AtlasFile(path: folder + "/" + municipality.file, contents: Data(municipality.document.html(maps: maps).utf8)))
        }
        return files
    }

    /// The maps of one ecosystem's complete atlas: landscape, fields, systems.
    static func mapCount(of graph: EcosystemGraph) -> Int {
        1 + graph.count(of: .field) + graph.count(of: .system)
    }
}

/// One file of an atlas: a path relative to the main file's directory, and its contents.
public struct AtlasFile: Sendable {
    public let path: String
    public let contents: Data
}
