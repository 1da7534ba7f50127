import Foundation

/// What a sandboxed WebAssembly rule may spend on one request: instructions (fuel), memory and
/// wall-clock time. Set per plugin in `.ecograph.yml`:
///
/// ```yaml
/// plugins:
///   - { wasm: rules/start-date.wasm, fuel: 2000000000, memory: 128 MB, timeout: 10 }
/// ```
public struct WasmLimits: Hashable, Sendable {
    /// Fuel per request. WasmKit charges each stretch of code (a function body, a loop's body,
    /// an arm of an `if`) its number of instructions when the stretch starts, and a bulk memory
    /// operation one more per 64 bytes it moves: an upper bound on the instructions executed.
    public var fuel: UInt64
    /// The most bytes the module's memory may grow to.
    public var memoryBytes: Int
    /// Seconds a request may take, however much fuel is left.
    public var timeout: TimeInterval

    /// 10 billion instructions, 256 MiB and 30 s: room for a rule over a region of a thousand
    /// municipalities (README, Performance), while an endless loop ends within seconds.
    public static let defaults = WasmLimits(fuel: 10_000_000_000, memoryBytes: 256 << 20, timeout: 30)

    public init(fuel: UInt64, memoryBytes: Int, timeout: TimeInterval) {
        self.fuel = fuel
        self.memoryBytes = memoryBytes
        self.timeout = timeout
    }

    /// A memory size as written in `.ecograph.yml`: a number of MiB (`256`), or with a unit
    /// (`64 MB`, `64 MiB`, `1 GB`, `512 KiB`; decimal and binary units both count in 1024s).
    public static func memoryBytes(from text: String) -> Int? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let digits = trimmed.prefix { $0.isNumber }
        guard let number = Int(digits), number > 0 else { return nil }
        let unit = trimmed.dropFirst(digits.count).trimmingCharacters(in: .whitespaces).lowercased()
        let scale: Int
        switch unit {
        case "", "mb", "mib", "m": scale = 1 << 20
        case "kb", "kib", "k": scale = 1 << 10
        case "gb", "gib", "g": scale = 1 << 30
        default: return nil
        }
        let (bytes, overflow) = number.multipliedReportingOverflow(by: scale)
        return overflow || bytes > 4 << 30 ? nil : bytes
    }
}
