import Foundation
import WasmKit

/// Stops a request that runs past its wall-clock deadline.
///
/// WasmKit has no way to interrupt a running module other than its fuel, so when the deadline
/// passes the watchdog drains the store's fuel, again every millisecond until the request has
/// ended (the interpreter may write back a charge it had just read): the module then stops at
/// its next fuel check, within a basic block of code. Fuel also bounds what a module can do
/// between two checks, so this cannot wait for long.
final class Watchdog: @unchecked Sendable {
    private let condition = NSCondition()
    private let store: Store
    private var finished = false
    private var expired = false

    /// Starts watching `store` on a thread of its own.
    init(store: Store, timeout: TimeInterval) {
        self.store = store
        let deadline = Date(timeIntervalSinceNow: timeout)
        let thread = Thread { [self] in watch(until: deadline) }
        thread.stackSize = 64 << 10
        thread.start()
    }

    /// Whether the deadline passed before the request ended.
    var fired: Bool {
        condition.lock()
        defer { condition.unlock() }
        return expired
    }

    /// Ends the watch once the request is over; the store is not touched after this returns.
    func stop() {
        condition.lock()
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    private func watch(until deadline: Date) {
        condition.lock()
        defer { condition.unlock() }
        while !finished && condition.wait(until: deadline) {}
        guard !finished else { return }
        expired = true
        while !finished {
            store.fuel = Fuel(remaining: 0)
            _ = condition.wait(until: Date(timeIntervalSinceNow: 0.001))
        }
    }
}
