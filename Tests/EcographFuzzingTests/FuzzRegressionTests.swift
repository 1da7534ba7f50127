import EcographFuzzing
import Foundation
import Testing

/// Every input saved in `Fuzz/regressions/TARGET/` — crashes and hangs found by fuzzing or
/// probing — and every seed in `Fuzz/corpus/TARGET/` runs through its target without crashing.
@Suite("Fuzz regressions and seeds replay")
struct FuzzRegressionTests {
    static let fuzz = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fuzz")

    static func inputs(_ folder: String, _ target: FuzzTarget) -> [URL] {
        let directory = fuzz.appendingPathComponent(folder).appendingPathComponent(target.rawValue)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { directory.appendingPathComponent($0) }
    }

    @Test("every target has seeds and saved regressions", arguments: FuzzTarget.allCases)
    func targetsHaveInputs(target: FuzzTarget) {
        #expect(!Self.inputs("corpus", target).isEmpty, "no seeds for \(target.rawValue)")
        #expect(!Self.inputs("regressions", target).isEmpty, "no regressions for \(target.rawValue)")
    }

    @Test("the saved regressions run to the end, each within seconds", arguments: FuzzTarget.allCases)
    func regressions(target: FuzzTarget) throws {
        for input in Self.inputs("regressions", target) {
            let started = Date()
            target.run(try Data(contentsOf: input))
            #expect(Date().timeIntervalSince(started) < 10, "\(target.rawValue) \(input.lastPathComponent) is slow")
        }
    }

    @Test("the seeds run to the end", arguments: FuzzTarget.allCases)
    func seeds(target: FuzzTarget) throws {
        for input in Self.inputs("corpus", target) { target.run(try Data(contentsOf: input)) }
    }
}
