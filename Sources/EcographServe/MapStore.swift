import EcographCore
import EcographRendering
import EcographRules
import Foundation

/// Draws the page's maps on demand through the renderer (the Graphviz worker process) and keeps
/// them per view and model contents: many pages asking for one map have it drawn once.
final class MapStore: @unchecked Sendable {
    /// A drawn map, or why it could not be drawn.
    enum Outcome: Sendable {
        case svg(Data)
        case failed(String)
    }

    private struct Key: Hashable {
        let contentHash: String
        let view: ServedView
    }

    private let renderer: MapRenderer
    private let language: Language
    private let drawing: DispatchQueue
    private let slots: DispatchSemaphore
    private let lock = NSLock()
    private var maps: [Key: Task<Outcome, Never>] = [:]
    private var order: [Key] = []
    /// The most maps kept; older ones are drawn again when asked for.
    static let capacity = 128

    init(renderer: @escaping MapRenderer, language: Language, concurrency: Int) {
        self.renderer = renderer
        self.language = language
        drawing = DispatchQueue(label: "ecograph.serve.maps", attributes: .concurrent)
        slots = DispatchSemaphore(value: max(1, concurrency))
    }

    /// The map of a view of a model, drawn now or taken from the store.
    func map(_ view: ServedView, of model: CheckedModel) async -> Outcome {
        await task(for: view, of: model).value
    }

    /// The drawing of a view, started now or earlier.
    private func task(for view: ServedView, of model: CheckedModel) -> Task<Outcome, Never> {
        let key = Key(contentHash: model.contentHash, view: view)
        lock.lock()
        defer { lock.unlock() }
        if let known = maps[key] { return known }
        let task = Task { await self.draw(view, of: model) }
        maps[key] = task
        order.append(key)
        // Maps of older contents go first, then the oldest.
        if order.count > Self.capacity {
            let stale = order.filter { $0.contentHash != model.contentHash }
            let evicted = stale.isEmpty ? [order[0]] : stale
            for old in evicted { maps[old] = nil }
            let gone = Set(evicted)
            order.removeAll { gone.contains($0) }
        }
        return task
    }

    /// Draws on a queue of its own: the renderer waits for a worker process, which must not
    /// hold one of the few threads that answer requests.
    private func draw(_ view: ServedView, of model: CheckedModel) async -> Outcome {
        let language = self.language
        let map = view.map(of: model, language: language)
        let renderer = self.renderer
        return await withCheckedContinuation { continuation in
            drawing.async { [slots] in
                slots.wait()
                defer { slots.signal() }
                do throws(RenderError) {
                    let fitted = try map.renderFitted(renderer: renderer)
                    continuation.resume(returning: .svg(fitted.map.data))
                } catch {
                    continuation.resume(returning: .failed(error.text.text(in: language)))
                }
            }
        }
    }
}
