import Synchronization

/// A file path as a small number, so that a ``SourceLocation`` — held by every node, edge,
/// reference and finding — stores four bytes instead of a string, and copying one retains
/// nothing. Paths are numbered once per process and never forgotten: a process reads the few
/// files named on its command line, or the same files again (`serve`), so the table stays as
/// small as the set of model files.
package struct SourcePath: Hashable, Sendable {
    /// The path's position in the process-wide table.
    package let number: UInt32

    /// The number of `path`, given it one when it has none yet.
    package init(_ path: String) {
        number = SourcePathTable.shared.number(of: path)
    }

    /// The path as it was given.
    package var path: String { SourcePathTable.shared.path(number: number) }
}

/// The process-wide table behind ``SourcePath``.
private final class SourcePathTable: Sendable {
    static let shared = SourcePathTable()

    private struct State {
        var paths: [String] = []
        var numbers: [String: UInt32] = [:]
    }

    private let state = Mutex(State())

    func number(of path: String) -> UInt32 {
        state.withLock { state in
            if let number = state.numbers[path] { return number }
            precondition(state.paths.count < UInt32.max, "more file paths than a SourceLocation can number")
            let number = UInt32(state.paths.count)
            state.paths.append(path)
            state.numbers[path] = number
            return number
        }
    }

    func path(number: UInt32) -> String {
        state.withLock { $0.paths[Int(number)] }
    }
}
