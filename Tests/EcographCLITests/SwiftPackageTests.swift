import Foundation
import Testing

/// `samples/swift-rule-package`: a package of a user's own that adds a Swift rule and runs the
/// whole command line with it, and uses ecograph's SwiftPM command plugins. Built for real with
/// SwiftPM (into `.build/swift-rule-package`, so that later runs are incremental).
@Suite("Swift rule package and SwiftPM command plugins", .serialized)
struct SwiftPackageTests {
    static let package = CommandRunner.repository.appendingPathComponent("samples/swift-rule-package")
    static let scratch = CommandRunner.repository.appendingPathComponent(".build/swift-rule-package").path

    /// Runs `swift ARGUMENTS` in the sample package; its output and errors are in `standardOutput`.
    private func swift(_ arguments: [String]) throws -> CommandRunner.Result {
        let result = try CommandRunner.run(["swift"] + arguments, in: Self.package, using: CommandRunner.environmentTool)
        let text = result.standardOutput + result.standardError
        return CommandRunner.Result(status: result.status, standardOutput: text, standardError: text)
    }

    @Test("the package builds, and its executable runs ecograph's CLI with the package's own rule")
    func swiftRule() throws {
        // SwiftPM reuses its build plan (debug.yaml) while the manifests are unchanged, and so
        // misses source files newly added to a local path dependency (ecograph itself); without
        // the plan it plans anew and still reuses what is compiled.
        try? FileManager.default.removeItem(atPath: Self.scratch + "/debug.yaml")
        let build = try swift(["build", "--scratch-path", Self.scratch])
        try #require(build.status == 0, "\(build.standardOutput.suffix(3000))")
        let binary = URL(fileURLWithPath: Self.scratch).appendingPathComponent("debug/musterstadt-ecograph")
        let check = try CommandRunner.run(["check", "ratsprojekte.yaml", "--format", "json"], in: Self.package, using: binary)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(check.standardOutput.utf8)) as? [String: Any])
        let findings = try #require(json["findings"] as? [[String: Any]])
        let own = findings.filter { $0["rule"] as? String == "council-project-indicator-date" }
        #expect(own.map { $0["subject"] as? String } == ["parkleit"])
        let explain = try CommandRunner.run(["rules", "explain", "council-project-indicator-date", "--lang", "de"], in: Self.package, using: binary)
        #expect(explain.status == 0 && explain.standardOutput.contains("Ratsprojekte datieren ihren Indikator"))
        let listed = try CommandRunner.run(["rules"], in: Self.package, using: binary)
        #expect(listed.standardOutput.contains("swift:musterstadt-rules"))
        // The package runs the CLI without EcographWasm (it need not build WasmKit): a WebAssembly
        // rule is then a rule that cannot run, saying why.
        let sandboxless = try CommandRunner.run(["check", "ratsprojekte.yaml", "--plugin", "rules/any.wasm"], in: Self.package, using: binary)
        #expect(sandboxless.status == 4)
        #expect(sandboxless.standardError.contains("plugin rules/any.wasm is a WebAssembly rule, and this program was built without ecograph's sandbox"), "\(sandboxless.standardError)")
    }

    @Test("swift package ecograph-check reports findings as diagnostics with their places")
    func checkPlugin() throws {
        let result = try swift(["package", "--scratch-path", Self.scratch, "ecograph-check", "ratsprojekte.yaml"])
        #expect(result.status == 0, "\(result.standardOutput.suffix(3000))")
        #expect(result.standardOutput.contains("warning: ratsprojekte.yaml:1:1: [cdo-bridge]"))
        let failing = try swift(["package", "--scratch-path", Self.scratch, "ecograph-check", "ratsprojekte.yaml", "--fail-on", "warning"])
        #expect(failing.status != 0)
    }

    @Test("swift package ecograph-render writes the map into the package")
    func renderPlugin() throws {
        let name = "map-\(UUID().uuidString).svg"
        let map = Self.package.appendingPathComponent(name)
        defer { try? FileManager.default.removeItem(at: map) }
        let result = try swift(["package", "--scratch-path", Self.scratch, "--allow-writing-to-package-directory", "ecograph-render", "ratsprojekte.yaml", "-o", name])
        #expect(result.status == 0, "\(result.standardOutput.suffix(3000))")
        let svg = try String(contentsOf: map, encoding: .utf8)
        #expect(svg.contains("<title>parkleit</title>"))
    }
}
