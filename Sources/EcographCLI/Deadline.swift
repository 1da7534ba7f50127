import Foundation

/// Work that a damaged input can keep from ever ending, run on a thread of its own and given
/// up after a deadline. A thread cannot be stopped from outside: the caller gives up and ends
/// the process soon after, which ends the thread with it.
enum Deadline {
    /// The body's result, or `nil` when it did not finish within `seconds`.
    static func run<Value: Sendable>(seconds: Double, _ body: @escaping @Sendable () -> Value) -> Value? {
        let box = Box<Value>()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            box.value = body()
            done.signal()
        }
        thread.stackSize = 8 << 20
        thread.start()
        guard done.wait(timeout: .now() + seconds) == .success else { return nil }
        return box.value
    }

    /// Where the thread leaves its result; written before the semaphore is signalled and read
    /// after it is waited for.
    private final class Box<Value>: @unchecked Sendable {
        var value: Value?
    }
}
