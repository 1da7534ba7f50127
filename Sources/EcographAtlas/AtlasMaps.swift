import EcographCore
import EcographRendering
import Foundation

/// A map an atlas page asks for.
struct MapRequest: Sendable {
    /// Unique across the atlas: `landscape`, `m3/field-mobilitaet`.
    let key: String
    let map: EcosystemMap
}

/// Draws an atlas's maps, each fitted to an A3 page, several at a time.
enum AtlasMaps {
    /// The drawings by request key: one map, or the parts of a field too large for one page.
    static func render(
        _ requests: [MapRequest], renderer: @escaping MapRenderer, concurrency: Int,
        progress: (@Sendable (Int, Int) -> Void)?
    ) throws(RenderError) -> [String: [FittedMap]] {
        let box = ResultBox(count: requests.count)
        let workers = max(1, min(concurrency, requests.count))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let index = box.nextIndex() {
                do throws(RenderError) {
                    let drawn = try drawPage(requests[index].map, renderer: renderer)
                    let done = box.store(drawn, at: index)
                    if let progress, done % 25 == 0 || done == requests.count { progress(done, requests.count) }
                } catch {
                    box.fail(error)
                }
            }
        }
        if let error = box.error { throw error }
        var result: [String: [FittedMap]] = [:]
        for (request, maps) in zip(requests, box.results) { result[request.key] = maps ?? [] }
        return result
    }

    /// One map fitted to its page; a field's map that does not fit even as an overview is split
    /// into parts, each with some of the field's projects.
    static func drawPage(_ map: EcosystemMap, renderer: @escaping MapRenderer) throws(RenderError) -> [FittedMap] {
        let fitted = try map.renderFitted(renderer: renderer)
        guard !fitted.fits, let fieldID = map.view.field, let field = map.graph.index(of: fieldID) else { return [fitted] }
        let projects = map.graph.sources(of: field, via: .inField).map { map.graph.nodes[$0].id }
        guard projects.count > 1 else { return [fitted] }
        // The map shrinks by the ratio of the fonts; its area, and so the projects a page holds, by its square.
        let ratio = fitted.page.minimumFontSize / max(0.1, fitted.size.smallestPrintedFont(on: fitted.page))
        var count = min(projects.count, max(2, Int((ratio * ratio).rounded(.up))))
        while true {
            let chunks = split(projects, into: count)
            var drawn: [FittedMap] = []
            for chunk in chunks {
                var view = map.view
                view.projects = Set(chunk)
                drawn.append(try EcosystemMap(graph: map.graph, findings: map.findings, view: view, options: map.options).renderFitted(renderer: renderer))
            }
            if drawn.allSatisfy(\.fits) || count >= projects.count { return drawn }
            count = min(projects.count, count * 2)
        }
    }

    /// `items` in `count` consecutive runs of nearly equal length.
    static func split<T>(_ items: [T], into count: Int) -> [[T]] {
        let size = Int((Double(items.count) / Double(max(1, count))).rounded(.up))
        return stride(from: 0, to: items.count, by: max(1, size)).map { Array(items[$0..<min($0 + size, items.count)]) }
    }
}

/// The results of the workers, guarded by a lock.
private final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    private var done = 0
    private(set) var results: [[FittedMap]?]
    private(set) var error: RenderError?

    init(count: Int) { results = Array(repeating: nil, count: count) }

    func nextIndex() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard error == nil, next < results.count else { return nil }
        next += 1
        return next - 1
    }

    func store(_ maps: [FittedMap], at index: Int) -> Int {
        lock.lock()
        defer { lock.unlock() }
        results[index] = maps
        done += 1
        return done
    }

    func fail(_ failure: RenderError) {
        lock.lock()
        defer { lock.unlock() }
        if error == nil { error = failure }
    }
}
