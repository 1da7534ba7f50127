import EcographCore
import Foundation
import Testing
@testable import EcographCLI

/// The command line's helpers hand their failures back as values; only `EcographCLI.main`
/// prints them and exits (before, loading a model or the rules printed and exited from inside).
@Suite("CLI helpers return failures as values")
struct CommandFailureTests {
    @Test("an invalid model comes back with every diagnostic, to be printed with its count at the edge")
    func invalidModel() throws {
        let scratch = ScratchDirectory()
        let file = scratch.write("actors:\n  a: { nmae: A }\n  b: { nmea: B }\n", to: "bad.yaml")
        do {
            _ = try ModelOptions.load([file])
            Issue.record("the model loaded")
        } catch {
            guard case .invalidModel(let diagnostics) = error else {
                Issue.record("not an invalid model: \(error)")
                return
            }
            #expect(diagnostics.map(\.code) == ["model.unknown-key", "model.unknown-key"])
            #expect(error.status == 2)
        }
    }

    @Test("a broken configuration comes back as invalid rules, located")
    func invalidRules() throws {
        let scratch = ScratchDirectory()
        let model = scratch.write("fields:\n  f: { name: F }\n", to: "stadt.yaml")
        scratch.write("rules:\n  orphan-nodes: off\n", to: ".ecograph.yml")
        var options = try RuleSetOptions.parse([])
        options.config = scratch.url.appendingPathComponent(".ecograph.yml").path
        do {
            _ = try RuleCatalog.load(options, modelPaths: [model])
            Issue.record("the configuration was accepted")
        } catch {
            guard case .invalidRules(let diagnostics) = error else {
                Issue.record("not invalid rules: \(error)")
                return
            }
            #expect(diagnostics.map(\.code) == ["configuration.unknown-rule"])
            #expect(diagnostics.first?.location?.line == 2)
            #expect(error.status == 2)
        }
    }

    @Test("an output that would replace the model is refused as invalid input; nothing is written")
    func outputOverInput() throws {
        let scratch = ScratchDirectory()
        let model = scratch.write("fields:\n  f: { name: F }\n", to: "stadt.yaml")
        _ = try ModelOptions.load([model])  // marks the model as an input of this run
        #expect {
            try OutputFile.write(Data("überschrieben".utf8), to: model)
        } throws: { error in
            guard case .problem(_, let status)? = error as? CommandFailure else { return false }
            return status == 2
        }
        #expect(try String(contentsOfFile: model, encoding: .utf8) == "fields:\n  f: { name: F }\n")
    }
}
