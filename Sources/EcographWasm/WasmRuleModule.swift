import EcographCore
import EcographRules
import Foundation
import WasmKit
import WasmParser

/// A rule module read from its file and checked against the sandbox's ABI once, before any
/// request: WebAssembly, within the size limit, importing nothing but what ecograph provides,
/// exporting what the protocol needs (docs/plugins.md, "WebAssembly rules").
struct WasmRuleModule: Sendable {
    /// The module and entry point names of the one import a rule may have.
    static let logImport = (module: "ecograph", name: "log")
    /// The exports a rule must have besides its memory.
    static let allocExport = "ecograph_alloc", describeExport = "ecograph_describe", checkExport = "ecograph_check"
    /// The largest module file accepted.
    static let sizeLimit = 32 << 20

    let module: Module
    /// Whether the module imports `ecograph.log`.
    let importsLog: Bool

    /// Reads and checks the module at `url`; the error message completes "plugin NAME …".
    static func load(_ url: URL) throws(WasmRuleFailure) -> WasmRuleModule {
        let bytes: [UInt8]
        ProtectedInputs.shared.protect(file: url.path)
        do {
            let size = try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int ?? 0
            guard size <= sizeLimit else {
                throw WasmRuleFailure("is \(megabytes(size)); a WebAssembly rule may have at most \(megabytes(sizeLimit))")
            }
            bytes = Array(try Data(contentsOf: url))
        } catch let refused as WasmRuleFailure {
            throw refused
        } catch {
            throw WasmRuleFailure("cannot be read: \((error as NSError).localizedDescription)")
        }
        guard bytes.starts(with: [0x00, 0x61, 0x73, 0x6D]) else {
            throw WasmRuleFailure("is not a WebAssembly module: it does not begin with the bytes \\0asm (a program is configured with 'exec:', not 'wasm:')")
        }
        let module: Module
        do {
            module = try parseWasm(bytes: bytes)
        } catch {
            throw WasmRuleFailure("is not a valid WebAssembly module: \(error)")
        }
        for entry in module.imports {
            let allowed = entry.module == logImport.module && entry.name == logImport.name
            guard allowed, case .function = entry.descriptor else {
                throw WasmRuleFailure(
                    "imports \(entry.module).\(entry.name) (\(kind(of: entry.descriptor))), which the sandbox does not provide: "
                        + "a WebAssembly rule may import only the function \(logImport.module).\(logImport.name) — no WASI, files, clock or network. "
                        + "Build it without a C library or WASI (clang --target=wasm32 -nostdlib); see docs/plugins.md")
            }
        }
        let exported = Dictionary(module.exports.map { ($0.name, $0.descriptor) }, uniquingKeysWith: { first, _ in first })
        var missing: [String] = []
        if case .memory? = exported["memory"] {} else { missing.append("its memory as 'memory'") }
        for name in [allocExport, describeExport, checkExport] {
            if case .function? = exported[name] {} else { missing.append("the function '\(name)'") }
        }
        guard missing.isEmpty else {
            throw WasmRuleFailure("does not export \(missing.joined(separator: ", ")), as a WebAssembly rule must (docs/plugins.md)")
        }
        return WasmRuleModule(module: module, importsLog: !module.imports.isEmpty)
    }

    private static func kind(of descriptor: ImportDescriptor) -> String {
        switch descriptor {
        case .function: return "a function"
        case .table: return "a table"
        case .memory: return "a memory"
        case .global: return "a global"
        case .tag: return "an exception tag"
        }
    }
}

/// Why a module was refused, or a request failed; the message completes "plugin NAME …".
struct WasmRuleFailure: Error {
    let message: String
    init(_ message: String) { self.message = message }
}

/// `16 MB`, `1.5 MB`, `512 KB` (in units of 1024).
func megabytes(_ bytes: Int) -> String {
    if bytes < 1 << 20 { return "\(bytes >> 10) KB" }
    let value = Double(bytes) / Double(1 << 20)
    return value == value.rounded() ? "\(Int(value)) MB" : String(format: "%.1f MB", value)
}
