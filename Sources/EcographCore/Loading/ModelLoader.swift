import EcographMessages

/// Loads an ecosystem model from files and directories into an ``EcosystemGraph``.
///
/// ```swift
/// do {
///     let model = try ModelLoader().load(["samples/region"])
///     print(model.graph.count(of: .project), "projects")
/// } catch let invalid as InvalidModel {
///     invalid.diagnostics.forEach { print($0) }   // FILE:LINE:COLUMN: error: …
/// }
/// ```
public struct ModelLoader: Sendable {
    /// What one file may make the loader spend: alias expansion and nesting depth.
    public var limits: LoadLimits

    /// The kinds, keys and relation types models are read with: the built-in ones, or those
    /// extended by profiles (``Metamodel/adding(profiles:limits:)``).
    public var metamodel: Metamodel = .builtIn

    /// Whether ecograph's own YAML and JSON readers may read what they can (else libyaml reads
    /// every file): off only to fuzz and test libyaml's path.
    package var fastReaders = true

    /// From what size on a YAML file is read in parts on several processors (``SectionParts``);
    /// tests lower it to read small files so.
    package var partsFrom = SectionParts.defaultMinimumBytes

    /// Into how many parts such a file is cut: one per processor (tests choose more).
    package var parts = SectionParts.partCount

    /// From how many written edges on references are resolved on several processors
    /// (``GraphAssembler``); tests lower it to resolve small models so.
    package var concurrentEdgesFrom = ConcurrentWork.processorCount > 1 ? GraphAssembler.defaultConcurrentEdgesFrom : .max

    public init(limits: LoadLimits = LoadLimits(), metamodel: Metamodel = .builtIn) {
        self.limits = limits
        self.metamodel = metamodel
    }

    /// Loads and merges every model file under the given paths.
    ///
    /// - Parameter paths: Files (any extension; YAML or JSON) and directories (their
    ///   `*.yaml`, `*.yml` and `*.json` files, not recursing).
    /// - Returns: The graph, the files read, and warnings.
    /// - Throws: ``InvalidModel`` with every problem found, when there is at least one error.
    public func load(_ paths: [String]) throws(InvalidModel) -> LoadedModel {
        var log = DiagnosticLog()
        let files = ModelFileDiscovery.modelFiles(for: paths, log: &log)
        var fragments: [ModelFragment] = []
        for file in files {
            let (fragment, fileLog) = ModelFileReader.read(file: file, metamodel: metamodel, limits: limits, fastReaders: fastReaders, partsFrom: partsFrom, parts: parts)
            fragments.append(fragment)
            log.append(contentsOf: fileLog)
        }
        return try assemble(consume fragments, files: files, log: log)
    }

    /// Loads and merges model files given with their bytes, in this order; nothing is read from
    /// disk. Diagnostics name each source by its ``ModelSource/path``.
    public func load(sources: [ModelSource]) throws(InvalidModel) -> LoadedModel {
        var log = DiagnosticLog()
        if sources.isEmpty { ModelFileDiscovery.noModelFiles(log: &log) }
        let fragments = sources.map { read($0, into: &log) }
        return try assemble(fragments, files: sources.map(\.path), log: log)
    }

    /// The syntax and meaning stages for one source: its fragment, its problems added to `log`.
    func read(_ source: ModelSource, into log: inout DiagnosticLog) -> ModelFragment {
        let (fragment, fileLog) = ModelFileReader.read(source, metamodel: metamodel, limits: limits, fastReaders: fastReaders, partsFrom: partsFrom, parts: parts)
        log.append(contentsOf: fileLog)
        return fragment
    }

    /// The assembly stage: the fragments made into one graph, or every problem found.
    func assemble(_ fragments: consuming [ModelFragment], files: [String], log: DiagnosticLog) throws(InvalidModel) -> LoadedModel {
        var log = log
        var fragments = consume fragments
        let graph = GraphAssembler.assemble(&fragments, metamodel: metamodel, concurrentEdgesFrom: concurrentEdgesFrom, log: &log)
        // What is left of the fragments (the edges as written) is freed while the caller goes on.
        ConcurrentWork.releaseInBackground(consume fragments)
        if log.hasErrors { throw InvalidModel(diagnostics: log.diagnostics) }
        return LoadedModel(graph: graph, files: files, warnings: log.diagnostics)
    }
}

/// A successfully loaded model.
public struct LoadedModel: Sendable {
    /// The ecosystem graph.
    public let graph: EcosystemGraph
    /// The files read, in the order they were read.
    public let files: [String]
    /// Problems that do not stop the model from being used.
    public let warnings: [Diagnostic]
}
