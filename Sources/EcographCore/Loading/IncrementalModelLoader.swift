/// Loads the same model again and again — as `ecograph serve` does on every save — reading
/// only the files whose bytes changed since the last load and assembling the graph anew.
///
/// Each file's fragment (what it declares, with its problems) is kept, keyed by its path and
/// its contents; a file read before with the same bytes is not parsed again. The result is
/// always the one a fresh ``ModelLoader`` gives for the same files.
///
/// ```swift
/// var loader = IncrementalModelLoader()
/// let first = try loader.load(["stadt/"])      // reads every file
/// // … one file is saved …
/// let second = try loader.load(["stadt/"])     // reads that one file, re-assembles
/// print(loader.lastReadCount)                  // 1
/// ```
public struct IncrementalModelLoader: Sendable {
    /// The loader whose stages this one runs; its limits apply to every file.
    public var loader: ModelLoader
    /// How many sources the last load parsed (the rest were reused).
    public private(set) var lastReadCount = 0
    private var cache: [String: CachedFragment] = [:]

    /// A file's fragment and problems, for the contents it was read from.
    private struct CachedFragment: Sendable {
        let key: ModelSource.ContentKey
        let fragment: ModelFragment
        let log: DiagnosticLog
    }

    public init(loader: ModelLoader = ModelLoader()) {
        self.loader = loader
    }

    /// Loads the model files under `paths` from disk, parsing only files that changed.
    public mutating func load(_ paths: [String]) throws(InvalidModel) -> LoadedModel {
        var log = DiagnosticLog()
        let files = ModelFileDiscovery.modelFiles(for: paths, log: &log)
        var pass = Pass(capacity: files.count)
        for file in files {
            // One file's bytes at a time: they are dropped once compared (and, if new, read).
            guard let source = ModelSource.read(file: file, log: &log) else { continue }
            take(source, into: &pass, log: &log)
        }
        return try finish(pass, files: files, log: log)
    }

    /// Loads model files given with their bytes, parsing only those whose bytes changed.
    public mutating func load(sources: [ModelSource]) throws(InvalidModel) -> LoadedModel {
        var log = DiagnosticLog()
        if sources.isEmpty { ModelFileDiscovery.noModelFiles(log: &log) }
        var pass = Pass(capacity: sources.count)
        for source in sources { take(source, into: &pass, log: &log) }
        return try finish(pass, files: sources.map(\.path), log: log)
    }

    /// Forgets every file read, so that the next load reads them all.
    public mutating func forget() {
        cache.removeAll()
    }

    /// What one load gathers: the fragments in order, and the cache entries still in use.
    private struct Pass {
        var kept: [String: CachedFragment] = [:]
        var fragments: [ModelFragment] = []
        var read = 0

        init(capacity: Int) {
            kept.reserveCapacity(capacity)
            fragments.reserveCapacity(capacity)
        }
    }

    /// One source: its fragment from the cache when its bytes are the ones read before, else read now.
    private func take(_ source: ModelSource, into pass: inout Pass, log: inout DiagnosticLog) {
        let key = source.contentKey
        let entry: CachedFragment
        if let cached = cache[source.path], cached.key == key {
            entry = cached
        } else {
            var fileLog = DiagnosticLog()
            let fragment = loader.read(source, into: &fileLog)
            entry = CachedFragment(key: key, fragment: fragment, log: fileLog)
            pass.read += 1
        }
        pass.kept[source.path] = entry
        pass.fragments.append(entry.fragment)
        log.append(contentsOf: entry.log)
    }

    private mutating func finish(_ pass: Pass, files: [String], log: DiagnosticLog) throws(InvalidModel) -> LoadedModel {
        // Files no longer loaded are forgotten, so the cache holds the current model only.
        cache = pass.kept
        lastReadCount = pass.read
        return try loader.assemble(pass.fragments, files: files, log: log)
    }
}
