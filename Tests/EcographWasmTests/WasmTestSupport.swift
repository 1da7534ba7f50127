import EcographCore
import EcographRules
import EcographWasm
import Foundation

/// The sample rules and the hostile fixtures, built from source with `samples/wasm/build` and the
/// compilers that come with Swift. When they are missing, the build fails with the script's
/// message, which says what is missing and where it looked.
enum WasmBuild {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let script = repository.appendingPathComponent("samples/wasm/build")

    /// The directory with `rule-c.wasm`, `rule-swift.wasm` and `rule-c-native`, built once.
    static func samples() throws -> URL {
        try builtSamples.get()
    }

    private static let builtSamples = Result { () throws -> URL in
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("ecograph-wasm-samples-\(UUID().uuidString)")
        try run([directory.path])
        return directory
    }

    /// The hostile fixture built with `-D<variant>` and further clang flags.
    static func hostile(_ variant: String, flags: [String] = []) throws -> URL {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("ecograph-hostile-\(variant)-\(UUID().uuidString).wasm")
        let c = repository.appendingPathComponent("samples/wasm/c")
        try run(["--c", output.path, "-D\(variant)", "-I\(c.path)"] + flags + [
            repository.appendingPathComponent("Tests/EcographWasmTests/Fixtures/hostile.c").path,
            c.appendingPathComponent("json.c").path, c.appendingPathComponent("wasm_abi.c").path,
        ])
        return output
    }

    private static func run(_ arguments: [String]) throws {
        let process = Process()
        process.executableURL = script
        process.arguments = arguments
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw BuildFailure(description: "samples/wasm/build \(arguments.joined(separator: " ")) failed (\(process.terminationStatus)): \(String(decoding: message, as: UTF8.self))")
        }
    }

    struct BuildFailure: Error, CustomStringConvertible {
        let description: String
    }
}

/// Writes model texts to a temporary directory and loads them.
final class WasmScratch {
    let directory: URL

    init() {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("ecograph-wasm-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    @discardableResult
    func write(_ data: Data, to name: String) -> URL {
        let url = directory.appendingPathComponent(name)
        try! data.write(to: url)
        return url
    }

    func load(_ yaml: String) throws -> LoadedModel {
        try ModelLoader().load([write(Data(yaml.utf8), to: "model.yaml").path])
    }
}

/// The built-in rules and a plugin's, checked on a model.
func check(_ model: LoadedModel, with plugin: some PluginTransport, configuration: RuleConfiguration = .defaults) throws -> CheckResult {
    var registry = RuleRegistry.builtIn
    for rule in plugin.registeredRules() { try registry.register(rule) }
    return try RuleEngine(registry: registry, configuration: configuration).check(model)
}
