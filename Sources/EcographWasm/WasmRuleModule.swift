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
                throw WasmRuleFailure(PluginMessage.wasmTooLarge(["size": megabytes(size), "limit": megabytes(sizeLimit)]))
            }
            bytes = Array(try Data(contentsOf: url))
        } catch let refused as WasmRuleFailure {
            throw refused
        } catch {
            throw WasmRuleFailure(PluginMessage.wasmUnreadable(["reason": (error as NSError).localizedDescription]))
        }
        guard bytes.starts(with: [0x00, 0x61, 0x73, 0x6D]) else {
            throw WasmRuleFailure(PluginMessage.wasmNotModule.text)
        }
        let module: Module
        do {
            module = try parseWasm(bytes: bytes)
        } catch {
            throw WasmRuleFailure(PluginMessage.wasmInvalid(["reason": "\(error)"]))
        }
        for entry in module.imports {
            let allowed = entry.module == logImport.module && entry.name == logImport.name
            guard allowed, case .function = entry.descriptor else {
                throw WasmRuleFailure(PluginMessage.wasmForbiddenImport([
                    "import": "\(entry.module).\(entry.name)", "kind": kind(of: entry.descriptor),
                    "allowed": "\(logImport.module).\(logImport.name)",
                ]))
            }
        }
        let exported = Dictionary(module.exports.map { ($0.name, $0.descriptor) }, uniquingKeysWith: { first, _ in first })
        var missing: [LocalizedText] = []
        if case .memory? = exported["memory"] {} else { missing.append(PluginMessage.wasmMissingMemory.text) }
        for name in [allocExport, describeExport, checkExport] {
            if case .function? = exported[name] {} else { missing.append(PluginMessage.wasmMissingFunction(["name": name])) }
        }
        guard missing.isEmpty else {
            throw WasmRuleFailure(PluginMessage.wasmMissingExports(["missing": LocalizedText.joined(missing, separator: ", ")]))
        }
        return WasmRuleModule(module: module, importsLog: !module.imports.isEmpty)
    }

    private static func kind(of descriptor: ImportDescriptor) -> LocalizedText {
        switch descriptor {
        case .function: return PluginMessage.wasmKindFunction.text
        case .table: return PluginMessage.wasmKindTable.text
        case .memory: return PluginMessage.wasmKindMemory.text
        case .global: return PluginMessage.wasmKindGlobal.text
        case .tag: return PluginMessage.wasmKindTag.text
        }
    }
}

/// Why a module was refused, or a request failed; the message completes "plugin NAME …".
struct WasmRuleFailure: Error {
    /// The fault in English and German.
    let text: LocalizedText
    init(_ text: LocalizedText) { self.text = text }
}

/// `16 MB`, `1.5 MB` / `1,5 MB`, `512 KB` (in units of 1024).
func megabytes(_ bytes: Int) -> LocalizedText {
    if bytes < 1 << 20 { return LocalizedText("\(bytes >> 10) KB") }
    let value = Double(bytes) / Double(1 << 20)
    if value == value.rounded() { return LocalizedText("\(Int(value)) MB") }
    return LocalizedText(en: NumberWords.decimal(value, in: .en) + " MB", de: NumberWords.decimal(value, in: .de) + " MB")
}
