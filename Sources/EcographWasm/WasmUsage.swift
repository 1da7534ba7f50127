/// What one request to a sandboxed WebAssembly rule spent.
public struct WasmUsage: Hashable, Sendable, Codable {
    /// Fuel used: an upper bound on the instructions executed (``WasmLimits/fuel``).
    public var fuel: UInt64
    /// The size the module's memory reached, in bytes (WebAssembly memory only grows).
    public var memoryBytes: Int
    /// Wall-clock seconds from instantiating the module to reading its reply.
    public var seconds: Double

    public init(fuel: UInt64, memoryBytes: Int, seconds: Double) {
        self.fuel = fuel
        self.memoryBytes = memoryBytes
        self.seconds = seconds
    }
}
