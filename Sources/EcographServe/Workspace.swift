import EcographCore
import EcographRules
import Foundation

/// The model a live page follows: read once at the start and again whenever its files change,
/// keeping the last model that loaded while the files are invalid.
///
/// Pages subscribe to ``updates()`` and hear of every new ``WorkspaceState/version``.
public final class Workspace: @unchecked Sendable {
    /// What a page is told over its event stream.
    enum Event: Sendable {
        /// The state changed to this version.
        case changed(Int)
        /// Nothing changed; keeps the connection alive and finds pages that went away.
        case heartbeat
    }

    private let source: WorkspaceSource
    private let lock = NSLock()
    private var current: WorkspaceState
    private var files: [String] = []
    private var listeners: [UUID: AsyncStream<Event>.Continuation] = [:]
    private let maximumListeners: Int

    public init(source: WorkspaceSource, maximumListeners: Int = 256) {
        self.source = source
        self.maximumListeners = maximumListeners
        current = WorkspaceState(version: 0, model: nil, problems: [])
    }

    /// The state now.
    public var state: WorkspaceState {
        lock.lock()
        defer { lock.unlock() }
        return current
    }

    /// The files the last reading read, and the paths the user named: what the watcher looks at.
    var watchedPaths: [String] {
        lock.lock()
        defer { lock.unlock() }
        return Array(Set(source.paths + files)).sorted()
    }

    /// Reads and checks the model again; tells the pages when anything they show changed.
    @discardableResult
    public func reload() -> WorkspaceState {
        let (reading, readFiles) = source.read()
        let hash = ContentHash.of(files: readFiles)
        lock.lock()
        files = readFiles
        let previous = current
        switch reading {
        case .checked(let loaded, let result):
            if previous.isCurrent, previous.model?.contentHash == hash {
                lock.unlock()
                return previous
            }
            let model = CheckedModel(graph: loaded.graph, result: result, warnings: loaded.warnings, contentHash: hash)
            current = WorkspaceState(version: previous.version + 1, model: model, problems: [])
        case .invalid(let problems):
            if previous.problems == problems, !problems.isEmpty {
                lock.unlock()
                return previous
            }
            current = WorkspaceState(version: previous.version + 1, model: previous.model, problems: problems)
        }
        let state = current
        let waiting = Array(listeners.values)
        lock.unlock()
        for listener in waiting { listener.yield(.changed(state.version)) }
        return state
    }

    /// A stream of events for one page, or `nil` when as many pages as allowed already listen.
    func updates() -> AsyncStream<Event>? {
        let id = UUID()
        let (stream, continuation) = AsyncStream.makeStream(of: Event.self, bufferingPolicy: .bufferingNewest(4))
        lock.lock()
        defer { lock.unlock() }
        guard listeners.count < maximumListeners else { return nil }
        listeners[id] = continuation
        continuation.onTermination = { [weak self] _ in self?.stopListening(id) }
        return stream
    }

    /// Sends every page a heartbeat.
    func beat() {
        lock.lock()
        let waiting = Array(listeners.values)
        lock.unlock()
        for listener in waiting { listener.yield(.heartbeat) }
    }

    /// How many pages listen now.
    var listenerCount: Int {
        lock.lock()
        defer { lock.unlock() }
        return listeners.count
    }

    private func stopListening(_ id: UUID) {
        lock.lock()
        listeners[id] = nil
        lock.unlock()
    }
}

/// A hash of the contents of files, as the key maps are cached under (FNV-1a, 64 bits).
enum ContentHash {
    static func of(files: [String]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ bytes: some Sequence<UInt8>) {
            for byte in bytes {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01b3
            }
        }
        for file in files.sorted() {
            mix(file.utf8)
            mix([0])
            if let data = FileManager.default.contents(atPath: file) { mix(data) }
            mix([0xff])
        }
        return String(hash, radix: 16)
    }
}
