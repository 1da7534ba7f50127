import Foundation
import Testing
@testable import EcographCore

/// Loading from sources in memory, and loading again after edits, give exactly what a fresh
/// load from disk gives: the same graph, the same warnings, the same errors in the same order.
@Suite("sources in memory and incremental loading")
struct IncrementalLoadingTests {
    /// What a load gave, comparable: the canonical graph and warnings, or the errors.
    enum Outcome: Equatable, CustomStringConvertible {
        case loaded(CanonicalGraph, files: [String], warnings: [Diagnostic])
        case invalid([Diagnostic])

        init(_ load: () throws(InvalidModel) -> LoadedModel) {
            do throws(InvalidModel) {
                let model = try load()
                self = .loaded(CanonicalGraph(model.graph), files: model.files, warnings: model.warnings)
            } catch {
                self = .invalid(error.diagnostics)
            }
        }

        var description: String {
            switch self {
            case .loaded(let graph, let files, let warnings):
                "loaded \(graph.nodes.count) nodes, \(graph.edges.count) edges from \(files); \(warnings.map(\.description))"
            case .invalid(let diagnostics): "invalid: \(diagnostics.map(\.description))"
            }
        }
    }

    /// Every sample and fixture model: a file or a directory of files.
    static let models: [String] = [
        Fixture.sample("musterstadt.yaml"), Fixture.sample("minimal.yaml"), Fixture.sample("region"),
        Fixture.sample("programm"), Fixture.sample("tabellen/stadt.yaml"),
        Fixture.path("english.yaml"), Fixture.path("german.yaml"), Fixture.path("english.json"), Fixture.path("region"),
    ]

    /// The files a path stands for, as sources read from disk.
    static func sources(_ path: String) -> [ModelSource] {
        var log = DiagnosticLog()
        let sources = ModelFileDiscovery.modelFiles(for: [path], log: &log).compactMap { ModelSource.read(file: $0, log: &log) }
        #expect(!log.hasErrors)
        return sources
    }

    @Test("a model loaded from its bytes in memory is the model loaded from disk", arguments: models)
    func memoryEqualsDisk(path: String) throws {
        let fromDisk = Outcome { () throws(InvalidModel) in try ModelLoader().load([path]) }
        let fromMemory = Outcome { () throws(InvalidModel) in try ModelLoader().load(sources: Self.sources(path)) }
        guard case .loaded = fromDisk else { Issue.record("\(path) should load: \(fromDisk)"); return }
        #expect(fromMemory == fromDisk)
    }

    @Test("a second load reads no file again; a changed file alone is read again", arguments: models)
    func rereadsOnlyWhatChanged(path: String) throws {
        var incremental = IncrementalModelLoader()
        let sources = Self.sources(path)
        let first = Outcome { () throws(InvalidModel) in try incremental.load(sources: sources) }
        #expect(incremental.lastReadCount == sources.count)
        #expect(first == Outcome { () throws(InvalidModel) in try ModelLoader().load(sources: sources) })
        let second = Outcome { () throws(InvalidModel) in try incremental.load(sources: sources) }
        #expect(incremental.lastReadCount == 0)
        #expect(second == first)
        // A comment added to the last file changes its bytes but not the model.
        var edited = sources
        let last = edited.removeLast()
        edited.append(ModelSource(path: last.path, bytes: last.bytes + Array((last.path.hasSuffix(".json") ? " " : "\n# bearbeitet\n").utf8)))
        let third = Outcome { () throws(InvalidModel) in try incremental.load(sources: edited) }
        #expect(incremental.lastReadCount == 1)
        #expect(third == first)
    }

    @Test("random edits of one file at a time: the incremental load always equals a fresh one")
    func randomEdits() throws {
        var random = SplitMix(seed: 13)
        for path in [Fixture.sample("region"), Fixture.sample("programm"), Fixture.path("region")] {
            var sources = Self.sources(path)
            var incremental = IncrementalModelLoader()
            var loaded: [ModelSource] = []
            for round in 0..<150 {
                let index = Int.random(in: 0..<sources.count, using: &random)
                sources[index] = ModelSource(path: sources[index].path, bytes: Self.edit(sources[index].bytes, using: &random))
                let current = sources
                let fresh = Outcome { () throws(InvalidModel) in try ModelLoader().load(sources: current) }
                let again = Outcome { () throws(InvalidModel) in try incremental.load(sources: current) }
                #expect(again == fresh, "round \(round) of \(path), after editing \(sources[index].path)")
                // Exactly the files whose bytes differ from the last load are read.
                let changed = current.indices.filter { loaded.count != current.count || loaded[$0] != current[$0] }.count
                #expect(incremental.lastReadCount == changed)
                loaded = current
                // Now and then a valid state again, so that both outcomes are exercised.
                if round % 10 == 9 { sources = Self.sources(path) }
            }
        }
    }

    @Test("from disk: a saved file is read again, a new file is read, a deleted one is forgotten")
    func directoryOnDisk() throws {
        let scratch = ScratchModels()
        scratch.write(threeSystems, to: "a.yaml")
        scratch.write("actors:\n  cdo: { name: CDO }\n", to: "b.yaml")
        let directory = scratch.directory.path
        var incremental = IncrementalModelLoader()
        let first = try incremental.load([directory])
        #expect(incremental.lastReadCount == 2)
        #expect(first.graph.count(of: .actor) == 1)

        scratch.write("actors:\n  cdo: { name: CDO }\n  lotse: { name: Lotse }\n", to: "b.yaml")
        let saved = try incremental.load([directory])
        #expect(incremental.lastReadCount == 1)
        #expect(saved.graph.count(of: .actor) == 2)

        scratch.write("actors:\n  buero: { name: Büro }\n", to: "c.yaml")
        let added = try incremental.load([directory])
        #expect(incremental.lastReadCount == 1)
        #expect(added.graph.count(of: .actor) == 3)

        try FileManager.default.removeItem(atPath: "\(directory)/b.yaml")
        let removed = try incremental.load([directory])
        #expect(incremental.lastReadCount == 0)
        #expect(removed.graph.count(of: .actor) == 1)
        #expect(Outcome { () throws(InvalidModel) in removed } == Outcome { () throws(InvalidModel) in try ModelLoader().load([directory]) })

        scratch.write("actors:\n  buero: { name: Büro, nmae: x }\n", to: "c.yaml")
        let broken = Outcome { () throws(InvalidModel) in try incremental.load([directory]) }
        #expect(broken == Outcome { () throws(InvalidModel) in try ModelLoader().load([directory]) })
        guard case .invalid(let errors) = broken else { Issue.record("expected an error: \(broken)"); return }
        #expect(errors.first?.location?.file == "\(directory)/c.yaml")
    }

    @Test("no sources at all is the error a folder without models gives")
    func noSources() {
        var incremental = IncrementalModelLoader()
        let empty = Outcome { () throws(InvalidModel) in try incremental.load(sources: []) }
        guard case .invalid(let errors) = empty else { Issue.record("expected an error"); return }
        #expect(errors.count == 1)
        #expect(empty == Outcome { () throws(InvalidModel) in try ModelLoader().load(sources: []) })
    }

    /// One random edit of a file's bytes: a line dropped, doubled or swapped with the next, a
    /// byte changed, or a key renamed — small edits an editor makes, valid or not.
    static func edit(_ bytes: [UInt8], using random: inout SplitMix) -> [UInt8] {
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
        guard lines.count > 2 else { return bytes + [0x0A] }
        let line = Int.random(in: 0..<(lines.count - 1), using: &random)
        switch Int.random(in: 0..<5, using: &random) {
        case 0: lines.remove(at: line)
        case 1: lines.insert(lines[line], at: line)
        case 2: lines.swapAt(line, line + 1)
        case 3:
            if !lines[line].isEmpty {
                lines[line][Int.random(in: 0..<lines[line].count, using: &random)] = UInt8.random(in: 0x20...0x7E, using: &random)
            }
        default:
            lines[line] = Array(String(decoding: lines[line], as: UTF8.self)
                .replacingOccurrences(of: "name:", with: "nmae:").replacingOccurrences(of: "accountable:", with: "federführend:").utf8)
        }
        return Array(lines.joined(separator: [0x0A]))
    }
}
