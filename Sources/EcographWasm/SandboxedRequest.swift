import EcographRules
import Foundation
import WasmKit

/// One request to a WebAssembly rule, in a fresh store and instance of its own: the request is
/// written into the module's memory at the address `ecograph_alloc` gives, `ecograph_describe`
/// or `ecograph_check` is called with its address and length, and the reply is read back from
/// the address and length it returns (`length << 32 | address`).
final class SandboxedRequest {
    let module: WasmRuleModule
    let engine: Engine
    let limits: WasmLimits
    /// `describe` or `check RULE`, for messages.
    let what: String
    /// What the module logged through `ecograph.log` (its end).
    let log = LogTail()
    /// What the request spent; set when it is over, whatever the outcome.
    private(set) var usage: WasmUsage?

    init(module: WasmRuleModule, engine: Engine, limits: WasmLimits, what: String) {
        self.module = module
        self.engine = engine
        self.limits = limits
        self.what = what
    }

    /// Runs the request and returns the reply's bytes.
    func answer(_ request: Data) throws(WasmRuleFailure) -> PluginReply {
        guard request.count < limits.memoryBytes else {
            throw WasmRuleFailure(PluginMessage.wasmRequestTooLarge([
                "request": what, "size": megabytes(request.count), "limit": megabytes(limits.memoryBytes),
            ]))
        }
        let store = Store(engine: engine)
        let cap = MemoryCap(limit: limits.memoryBytes)
        cap.install(on: store)
        store.fuel = Fuel(remaining: limits.fuel)
        let started = ContinuousClock.now
        let watchdog = Watchdog(store: store, timeout: limits.timeout)
        var memory: Memory?
        defer {
            watchdog.stop()
            let elapsed = ContinuousClock.now - started
            usage = WasmUsage(
                fuel: limits.fuel - (store.fuel?.remaining ?? limits.fuel), memoryBytes: memory?.byteCount ?? 0,
                seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        }
        do {
            let instance = try module.module.instantiate(store: store, imports: imports(in: store))
            memory = instance.exports[memory: "memory"]
            guard let memory else { throw WasmRuleFailure(PluginMessage.wasmNoMemoryExport.text) }
            if let initialize = instance.exports[function: "_initialize"] { try initialize() }
            let alloc = try function(WasmRuleModule.allocExport, in: instance, parameters: [.i32], result: .i32)
            let entry = try function(
                what == "describe" ? WasmRuleModule.describeExport : WasmRuleModule.checkExport, in: instance,
                parameters: [.i32, .i32], result: .i64)
            guard case .i32(let address)? = try alloc([.i32(UInt32(request.count))]).first, address != 0 else {
                throw WasmRuleFailure(PluginMessage.wasmAllocFailed(["size": megabytes(request.count), "note": capNote(cap)]))
            }
            guard Int(address) + request.count <= memory.byteCount else {
                throw WasmRuleFailure(PluginMessage.wasmRoomOutside(["address": "\(address)", "bytes": request.count]))
            }
            memory.withUnsafeMutableBufferPointer(offset: UInt(address), count: request.count) { room in
                room.copyBytes(from: request)
            }
            guard case .i64(let packed)? = try entry([.i32(address), .i32(UInt32(request.count))]).first else {
                throw WasmRuleFailure(PluginMessage.wasmNoReply(["request": what]))
            }
            let replyAddress = Int(packed & 0xFFFF_FFFF), replyLength = Int(packed >> 32)
            guard replyLength <= PluginProtocol.replyLimit else {
                throw WasmRuleFailure(PluginMessage.wasmReplyTooLarge([
                    "request": what, "size": megabytes(replyLength), "limit": megabytes(PluginProtocol.replyLimit),
                ]))
            }
            guard replyAddress + replyLength <= memory.byteCount else {
                throw WasmRuleFailure(PluginMessage.wasmReplyOutside([
                    "request": what, "address": "\(replyAddress)", "bytes": replyLength, "memory": memory.byteCount,
                ]))
            }
            let output = memory.withUnsafeBufferPointer(offset: UInt(replyAddress), count: replyLength) { Data($0) }
            if watchdog.fired { throw timedOut() }
            return PluginReply(output: output, log: log.text)
        } catch let failure as WasmRuleFailure {
            throw failure
        } catch {
            if watchdog.fired { throw timedOut() }
            throw WasmRuleFailure(explain(error, cap: cap))
        }
    }

    /// `ecograph.log(address, length)` when the module imports it: keeps the end of the text.
    private func imports(in store: Store) -> Imports {
        var imports = Imports()
        guard module.importsLog else { return imports }
        let log = self.log
        let function = Function(store: store, parameters: [.i32, .i32]) { caller, arguments in
            guard case .i32(let address) = arguments[0], case .i32(let length) = arguments[1],
                let memory = caller.instance?.exports[memory: "memory"],
                UInt64(address) + UInt64(length) <= UInt64(memory.byteCount)
            else { throw WasmRuleFailure(PluginMessage.wasmLogOutside.text) }
            let kept = min(Int(length), LogTail.limit)  // only the end is kept: a long text costs no more
            memory.withUnsafeBufferPointer(offset: UInt(address) + UInt(Int(length) - kept), count: kept) { log.append($0) }
            return []
        }
        imports.define(module: WasmRuleModule.logImport.module, name: WasmRuleModule.logImport.name, function)
        return imports
    }

    private func function(_ name: String, in instance: Instance, parameters: [ValueType], result: ValueType) throws(WasmRuleFailure) -> Function {
        guard let function = instance.exports[function: name], function.type == FunctionType(parameters: parameters, results: [result]) else {
            let signature = "(\(parameters.map { "\($0)" }.joined(separator: ", "))) -> \(result)"
            throw WasmRuleFailure(PluginMessage.wasmBadExport(["name": name, "signature": signature]))
        }
        return function
    }

    private func timedOut() -> WasmRuleFailure {
        WasmRuleFailure(PluginMessage.timedOut(["request": what, "seconds": RulePlugin.seconds(limits.timeout)]))
    }

    /// A trap, or another error from the engine, in words.
    private func explain(_ error: any Error, cap: MemoryCap) -> LocalizedText {
        let reason = "\(error)".split(separator: "\n").first.map { String($0) } ?? ""
        let trap = reason.hasPrefix("Trap: ") ? String(reason.dropFirst("Trap: ".count)) : nil
        switch trap {
        case "out of fuel"?:
            return PluginMessage.wasmOutOfFuel(["request": what, "fuel": Int(clamping: limits.fuel)])
        case "call stack exhausted"?:
            return PluginMessage.wasmStackExhausted(["request": what])
        case let trap? where trap.hasPrefix("initial memory size exceeds the resource limit"):
            return PluginMessage.wasmMemoryAtStart(["size": megabytes(cap.refused ?? 0), "limit": megabytes(limits.memoryBytes)])
        case let trap?:
            return PluginMessage.wasmTrapped(["request": what, "trap": trap, "note": capNote(cap)])
        case nil where error is WasmKitException:
            return PluginMessage.wasmUncaughtException(["request": what])
        case nil:
            return PluginMessage.wasmCouldNotRun(["request": what, "reason": reason])
        }
    }

    /// Why the module may have trapped: its memory was not allowed to grow.
    private func capNote(_ cap: MemoryCap) -> LocalizedText {
        guard let refused = cap.refused else { return LocalizedText("") }
        return PluginMessage.wasmCapNote(["size": megabytes(refused), "limit": megabytes(limits.memoryBytes)])
    }
}

/// The end of what a module logged, at most ``limit`` bytes.
final class LogTail: @unchecked Sendable {
    static let limit = 4_096
    private var bytes: [UInt8] = []

    func append(_ text: UnsafeRawBufferPointer) {
        bytes.append(contentsOf: text)
        if bytes.count > Self.limit { bytes.removeFirst(bytes.count - Self.limit) }
    }

    var text: String { String(decoding: bytes, as: UTF8.self) }
}
