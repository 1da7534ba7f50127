import Foundation
import Testing
@testable import EcographCore

/// Paths of the fixtures beside these tests and of the repository's samples.
enum Fixture {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func path(_ name: String) -> String { directory.appendingPathComponent(name).path }
    static func sample(_ name: String) -> String { repository.appendingPathComponent("samples/\(name)").path }
}

/// A directory of model files written by a test, removed when the value is released.
final class ScratchModels {
    let directory: URL

    init() {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("ecograph-tests-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    /// Writes a file and returns its path.
    @discardableResult
    func write(_ text: String, to name: String = "model.yaml") -> String {
        let url = directory.appendingPathComponent(name)
        try! FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try! Data(text.utf8).write(to: url)
        return url.path
    }

    func writeBytes(_ bytes: [UInt8], to name: String) -> String {
        let url = directory.appendingPathComponent(name)
        try! Data(bytes).write(to: url)
        return url.path
    }
}

/// Loads paths and returns the diagnostics, failing the test when the model is valid.
func diagnostics(loading paths: [String], sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [Diagnostic] {
    do {
        _ = try ModelLoader().load(paths)
        Issue.record("expected the model to be invalid", sourceLocation: sourceLocation)
        return []
    } catch {
        return error.diagnostics
    }
}

/// Loads one YAML text, from memory as `model.yaml`, and returns its diagnostics (the model
/// must be invalid).
func diagnostics(of yaml: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [Diagnostic] {
    do {
        _ = try ModelLoader().load(sources: [ModelSource(path: "model.yaml", text: yaml)])
        Issue.record("expected the model to be invalid", sourceLocation: sourceLocation)
        return []
    } catch {
        return error.diagnostics
    }
}

/// A minimal valid preamble that models in tests extend.
let threeSystems = """
    systems:
      verwaltung: { name: Verwaltung, type: administration }
      konzern: { name: Konzern, type: municipal-group }
      gemeinschaft: { name: Gemeinschaft, type: community }

    """
