@_spi(Fuzzing) import WasmKit

/// Refuses to let a module's memory (or tables) grow past the plugin's cap, and remembers the
/// refusal so that a module that then traps is reported with the cap it ran into.
///
/// WasmKit consults it for the memory a module starts with and for every `memory.grow`; a
/// refused grow returns -1 to the module, as WebAssembly prescribes. One per request, used only
/// on the thread that runs the request.
///
/// WasmKit 0.4.2 offers a store's resource limiter only as SPI (`@_spi(Fuzzing)`); this file is
/// the one place that uses it, so that a WasmKit release which renames it changes one line.
final class MemoryCap: ResourceLimiter, @unchecked Sendable {
    /// The most bytes the memory may have.
    let limit: Int
    /// Table entries allowed (each costs the host about 16 bytes).
    static let tableLimit = 1 << 20
    /// The size of the largest growth refused, in bytes, if any.
    private(set) var refused: Int?

    init(limit: Int) {
        self.limit = limit
    }

    /// Makes `store` ask this cap before any memory or table grows.
    func install(on store: Store) {
        store.resourceLimiter = self
    }

    func limitMemoryGrowth(to desired: Int) throws -> Bool {
        guard desired <= limit else {
            refused = max(refused ?? 0, desired)
            return false
        }
        return true
    }

    func limitTableGrowth(to desired: Int) throws -> Bool {
        desired <= Self.tableLimit
    }
}
