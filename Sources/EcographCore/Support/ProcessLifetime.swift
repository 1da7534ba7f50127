internal import CProcessControl
import Foundation

/// Ties the lives of ecograph's child processes to ecograph's: C (`prctl`) behind a Swift surface.
///
/// - ecograph becomes the *subreaper* of its descendants, so that a helper a plugin started and
///   left behind (even in a session of its own, `setsid`) is re-parented to ecograph, not to init;
/// - every run of a child carries a mark in its environment, which its descendants inherit, so
///   that the ones left behind can be found and ended (``endMarked(_:)``);
/// - `SIGTERM`, `SIGINT` and `SIGHUP` end the children of the runs in progress before ecograph
///   exits (a CI job's timeout sends these);
/// - a worker process ends when ecograph does (``endWithParent(expectedParent:)``).
public enum ProcessLifetime {
    /// The environment variable that marks a run's processes.
    static let markVariable = "ECOGRAPH_CHILD_RUN"
    /// The environment variable that tells a worker the process id of the ecograph that started it.
    public static let parentVariable = "ECOGRAPH_PARENT_PID"

    private static let runs = ActiveRuns()

    /// Becomes the subreaper and installs the signal handlers, once.
    static func prepare() {
        _ = prepared
    }

    private static let prepared: Bool = {
        _ = ecograph_become_child_subreaper()
        for signalNumber in [SIGTERM, SIGINT, SIGHUP] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler {
                runs.endAll()
                _exit(128 + signalNumber)
            }
            source.resume()
            signalSources.append(source)
        }
        return true
    }()

    nonisolated(unsafe) private static var signalSources: [any DispatchSourceSignal] = []

    /// A new mark for one run.
    static func newMark() -> String {
        "\(getpid())-\(UInt64.random(in: 0...UInt64.max))"
    }

    /// Remembers a run in progress, so that a signal can end it.
    static func begin(group: pid_t, mark: String) { runs.add(group: group, mark: mark) }

    /// Forgets a run that has ended.
    static func finish(group: pid_t) { runs.remove(group: group) }

    /// Kills the process group and every process carrying the mark in its environment.
    static func end(group: pid_t, mark: String) {
        kill(-group, SIGKILL)
        endMarked(mark)
    }

    /// Kills every marked process that has become ecograph's child, waits for it (so that its
    /// own children are re-parented to ecograph in turn), and looks again, until none is left.
    /// The run's own process must have been waited for, so that its orphans are ecograph's.
    static func endMarked(_ mark: String) {
        let needle = Array("\(markVariable)=\(mark)".utf8) + [0]
        for _ in 0..<100 {
            let found = markedProcesses(needle).filter { $0 != getpid() }
            if found.isEmpty { return }
            for pid in found { kill(pid, SIGKILL) }
            for pid in found {
                var status: Int32 = 0
                while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
            }
        }
    }

    /// The processes whose environment holds `needle`. Since ecograph is the subreaper, a
    /// marked process whose parent has ended is ecograph's child, so ecograph's children are
    /// looked at (cheap); where the kernel does not list them, every process (of this user: the
    /// environment of others cannot be read).
    private static func markedProcesses(_ needle: [UInt8]) -> [pid_t] {
        var found: [pid_t] = []
        for pid in childrenOfThisProcess() ?? allProcesses() where pid > 1 {
            guard let environment = FileManager.default.contents(atPath: "/proc/\(pid)/environ") else { continue }
            if contains(environment, needle) { found.append(pid) }
        }
        return found
    }

    /// ecograph's children, from `/proc/self/task/*/children`; `nil` where that is not available.
    private static func childrenOfThisProcess() -> [pid_t]? {
        guard let threads = try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/task") else { return nil }
        var children: [pid_t] = []
        for thread in threads {
            guard let data = FileManager.default.contents(atPath: "/proc/self/task/\(thread)/children") else {
                if FileManager.default.fileExists(atPath: "/proc/self/task/\(thread)") { return nil }
                continue
            }
            children += String(decoding: data, as: UTF8.self).split(separator: " ").compactMap { pid_t($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        }
        return children
    }

    private static func allProcesses() -> [pid_t] {
        ((try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []).compactMap { pid_t($0) }
    }

    private static func contains(_ haystack: Data, _ needle: [UInt8]) -> Bool {
        // Entries are NUL-separated; a match starts at the beginning or after a NUL.
        let bytes = [UInt8](haystack) + [0]
        var start = 0
        while start < bytes.count {
            guard let end = bytes[start...].firstIndex(of: 0) else { break }
            if end - start + 1 == needle.count, bytes[start...end].elementsEqual(needle) { return true }
            start = end + 1
        }
        return false
    }

    /// For a worker process: ends this process (`SIGKILL`) when the ecograph that started it
    /// ends, however it ends. The kernel sends the signal (Linux); a watchdog thread checks the
    /// parent every half second as well, and the parent named in `expectedParent` covers the
    /// moment before the request took effect.
    public static func endWithParent(expectedParent: pid_t?) {
        _ = ecograph_set_parent_death_signal(SIGKILL)
        let parent = expectedParent ?? getppid()
        if getppid() != parent { _exit(3) }
        let watchdog = Thread {
            while true {
                if getppid() != parent { _exit(3) }
                usleep(500_000)
            }
        }
        watchdog.start()
    }
}

/// The runs in progress, for the signal handlers.
private final class ActiveRuns: @unchecked Sendable {
    private let lock = NSLock()
    private var marks: [pid_t: String] = [:]

    func add(group: pid_t, mark: String) { lock.withLock { marks[group] = mark } }
    func remove(group: pid_t) { _ = lock.withLock { marks.removeValue(forKey: group) } }

    func endAll() {
        let all = lock.withLock { marks }
        for (group, mark) in all { ProcessLifetime.end(group: group, mark: mark) }
    }
}
