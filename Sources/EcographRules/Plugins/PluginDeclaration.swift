import Foundation

/// A rule plugin as `.ecograph.yml` (`plugins:`) or the command line (`--plugin`) declares it.
public enum PluginDeclaration: Sendable {
    /// A program, started once per request (``RulePlugin``).
    case executable(RulePlugin)
    /// A WebAssembly module, run in-process in a sandbox under limits (`WasmRulePlugin` in
    /// EcographWasm, which the rules module does not depend on).
    case wasm(name: String, module: URL, limits: WasmLimits)

    /// `--plugin PATH`: a `.wasm` file is a sandboxed module with the default limits, anything
    /// else a program (a bare name is looked up on `PATH`).
    public static func commandLine(_ argument: String) -> PluginDeclaration {
        if argument.lowercased().hasSuffix(".wasm") {
            return .wasm(name: argument, module: URL(fileURLWithPath: argument), limits: .defaults)
        }
        return .executable(RulePlugin(name: argument, executable: ConfigurationLoader.resolveProgram(argument, besides: nil)))
    }
}
