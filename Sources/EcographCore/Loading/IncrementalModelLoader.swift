import EcographMessages

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
        var sources: [ModelSource] = []
        for file in files {
            if let source = ModelSource.read(file: file, log: &log) { sources.append(source) }
        }
        return try load(sources, files: files, log: log)
    }

    /// Loads model files given with their bytes, parsing only those whose bytes changed.
    public mutating func load(sources: [ModelSource]) throws(InvalidModel) -> LoadedModel {
        var log = DiagnosticLog()
        if sources.isEmpty {
            log.error(ModelMessage.noModelFiles.text, advice: ModelMessage.noModelFilesAdvice.text, path: ".")
        }
        return try load(sources, files: sources.map(\.path), log: log)
    }

    /// Forgets every file read, so that the next load reads them all.
    public mutating func forget() {
        cache.removeAll()
    }

    private mutating func load(_ sources: [ModelSource], files: [String], log: DiagnosticLog) throws(InvalidModel) -> LoadedModel {
        var log = log
        var kept: [String: CachedFragment] = [:]
        kept.reserveCapacity(sources.count)
        var fragments: [ModelFragment] = []
        fragments.reserveCapacity(sources.count)
        lastReadCount = 0
        for source in sources {
            let key = source.contentKey
            let entry: CachedFragment
            if let cached = cache[source.path], cached.key == key {
                entry = cached
            } else {
                var fileLog = DiagnosticLog()
                let fragment = loader.read(source, into: &fileLog)
                entry = CachedFragment(key: key, fragment: fragment, log: fileLog)
                lastReadCount += 1
            }
            kept[source.path] = entry
            fragments.append(entry.fragment)
            log.append(contentsOf: entry.log)
        }
        // Files no longer loaded are forgotten, so the cache holds the current model only.
        cache = kept
        return try loader.assemble(fragments, files: files, log: log)
    }
}
