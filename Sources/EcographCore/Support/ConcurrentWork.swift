import Dispatch
import Foundation

/// Work spread over the processors, for the few steps of loading a large model that are worth
/// it: each step stays a plain function of its input, and the result is the same as done in turn.
enum ConcurrentWork {
    /// `(0..<count).map(transform)`, the calls spread over the processors.
    static func map<Value>(_ count: Int, _ transform: (Int) -> Value) -> [Value] {
        let results = UnsafeMutablePointer<Value>.allocate(capacity: count)
        defer { results.deallocate() }
        nonisolated(unsafe) let slots = results
        withoutActuallyEscaping(transform) { transform in
            nonisolated(unsafe) let transform = transform
            DispatchQueue.concurrentPerform(iterations: count) { index in (slots + index).initialize(to: transform(index)) }
        }
        return (0..<count).map { (results + $0).move() }
    }

    /// The half-open ranges that cut `0..<count` into `parts` runs of about equal length
    /// (fewer when `count` is small; none when it is 0).
    static func chunks(of count: Int, parts: Int) -> [Range<Int>] {
        let parts = max(1, min(parts, count))
        guard count > 0 else { return [] }
        return (0..<parts).map { part in count * part / parts..<count * (part + 1) / parts }
    }

    /// How many processors the work is spread over: as many as the machine has, at most 8.
    static var processorCount: Int { min(8, max(1, ProcessInfo.processInfo.activeProcessorCount)) }

    /// Lets go of `value` on another thread: freeing a large structure (hundreds of thousands of
    /// strings and arrays) costs as much as building it, and the processor that built it has
    /// the next step to do. Nothing else may hold on to `value` for this to save anything.
    static func releaseInBackground<Value>(_ value: consuming Value) {
        let box = ReleaseBox(value)
        DispatchQueue.global(qos: .utility).async { box.drop() }
    }
}

/// Holds a value until it is dropped on the thread that runs ``drop()``.
private final class ReleaseBox<Value>: @unchecked Sendable {
    private var value: Value?

    init(_ value: consuming Value) { self.value = value }

    func drop() { value = nil }
}

extension ConcurrentWork {
    /// `(first(), second())`, the two side by side on two processors when `concurrently`
    /// (for large inputs: starting a thread costs more than a small step), else in turn.
    static func both<First, Second>(concurrently: Bool = true, _ first: () -> First, _ second: () -> Second) -> (First, Second) {
        guard concurrently, processorCount > 1 else { return (first(), second()) }
        let firstResult = UnsafeMutablePointer<First>.allocate(capacity: 1)
        let secondResult = UnsafeMutablePointer<Second>.allocate(capacity: 1)
        defer {
            firstResult.deallocate()
            secondResult.deallocate()
        }
        nonisolated(unsafe) let slots = (firstResult, secondResult)
        withoutActuallyEscaping(first) { first in
            withoutActuallyEscaping(second) { second in
                nonisolated(unsafe) let steps = (first, second)
                DispatchQueue.concurrentPerform(iterations: 2) { index in
                    if index == 0 { slots.0.initialize(to: steps.0()) } else { slots.1.initialize(to: steps.1()) }
                }
            }
        }
        return (firstResult.move(), secondResult.move())
    }
}
