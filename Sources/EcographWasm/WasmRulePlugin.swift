import EcographRules
import Foundation
import WasmKit

/// A rule plugin compiled to WebAssembly and run in-process in a sandbox: the same requests and
/// replies as an executable plugin (``PluginProtocol``), passed through the module's memory.
///
/// The sandbox: the module gets no imports but `ecograph.log` (no files, clock, network or
/// processes); every request runs in a fresh instance under a fuel budget (instructions), a
/// memory cap and a wall-clock deadline (``WasmLimits``). A module that is not WebAssembly,
/// imports anything else, traps, runs out of fuel or time, needs more memory than its cap, or
/// answers with something that is not the protocol's JSON makes its rules fail with a
/// ``PluginError`` naming it — reported by the engine like an executable plugin's failure.
///
/// ```swift
/// let plugin = WasmRulePlugin(name: "rules/start-date.wasm", module: URL(fileURLWithPath: "rules/start-date.wasm"))
/// var registry = RuleRegistry.builtIn
/// for rule in plugin.registeredRules() { try registry.register(rule) }
/// ```
public struct WasmRulePlugin: PluginTransport {
    /// The module, as configured (`rules/start-date.wasm`).
    public let name: String
    /// The module's file.
    public let module: URL
    /// What each request may spend.
    public let limits: WasmLimits
    private let state: State

    public init(name: String, module: URL, limits: WasmLimits = .defaults) {
        self.name = name
        self.module = module
        self.limits = limits
        state = State()
    }

    public var logName: String { "log" }

    /// What the last request spent, if one ran.
    public var lastUsage: WasmUsage? { state.withLock { $0.lastUsage } }

    /// Runs one request in a fresh instance of the module and returns its reply.
    public func exchange(_ request: Data, asking what: String) throws(PluginError) -> PluginReply {
        let loaded = try loadedModule()
        let run = SandboxedRequest(module: loaded, engine: state.engine, limits: limits, what: what)
        defer { state.withLock { $0.lastUsage = run.usage } }
        do {
            return try run.answer(request)
        } catch {
            throw failure(error.text, log: run.log.text)
        }
    }

    /// The module, read and checked at the first request; a refusal is kept and repeated.
    private func loadedModule() throws(PluginError) -> WasmRuleModule {
        let result = state.withLock { cache in
            if let loaded = cache.module { return loaded }
            let loaded = Result { () throws(WasmRuleFailure) in try WasmRuleModule.load(module) }
            cache.module = loaded
            return loaded
        }
        switch result {
        case .success(let module): return module
        case .failure(let refused): throw failure(refused.text)
        }
    }

    /// The engine and what is remembered between requests, shared by copies of the plugin.
    private final class State: @unchecked Sendable {
        struct Cache {
            var module: Result<WasmRuleModule, WasmRuleFailure>?
            var lastUsage: WasmUsage?
        }

        /// Meters fuel; one engine serves every request of the plugin.
        let engine = Engine(configuration: EngineConfiguration(fuelMetering: true))
        private let lock = NSLock()
        private var cache = Cache()

        func withLock<T>(_ body: (inout Cache) -> T) -> T {
            lock.lock()
            defer { lock.unlock() }
            return body(&cache)
        }
    }
}
