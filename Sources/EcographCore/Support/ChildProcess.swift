import Foundation

/// Runs a program with input on its standard input and collects what it prints, without ever
/// letting it hang or flood ecograph: standard output and standard error are read concurrently,
/// output beyond a limit stops the program, and so does a deadline.
///
/// Used for rule plugins and for ecograph's own Graphviz worker.
public struct ChildProcess: Sendable {
    /// How a run ended.
    public struct Outcome: Sendable {
        /// The exit status, or the signal number when ``signalled``.
        public let status: Int32
        /// Whether the program was ended by a signal (a crash, or stopped by us).
        public let signalled: Bool
        /// Whether it was stopped for running past the deadline.
        public let timedOut: Bool
        /// Whether it was stopped for printing more than the output limit.
        public let flooded: Bool
        /// Its standard output (up to the limit).
        public let output: Data
        /// The last part of its standard error.
        public let errorTail: String

        /// Whether it exited by itself with status 0.
        public var succeeded: Bool { !signalled && !timedOut && !flooded && status == 0 }
    }

    /// Why a program could not be started.
    public struct LaunchError: Error, Sendable, CustomStringConvertible {
        public let executable: String
        public let reason: String
        public var description: String { "cannot start '\(executable)': \(reason)" }
    }

    public let executable: URL
    public let arguments: [String]
    /// Seconds before the program is killed.
    public var timeout: TimeInterval = 30
    /// Bytes of standard output accepted before the program is killed.
    public var outputLimit: Int = 64 << 20
    /// Bytes of standard error kept (the last ones).
    public var errorTailLimit: Int = 4_096

    public init(executable: URL, arguments: [String] = []) {
        self.executable = executable
        self.arguments = arguments
    }

    /// Runs the program with `input` on its standard input and waits for it to end.
    ///
    /// The program runs in a process group of its own; when it is stopped, or when it has
    /// ended, the whole group is killed, so that processes it started cannot hold its output
    /// open and keep ecograph waiting.
    public func run(input: Data) throws(LaunchError) -> Outcome {
        // A program that exits without reading its input must not kill ecograph with SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        let (pid, stdin, stdout, stderr) = try spawn()
        let state = RunState()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) {
            try? stdin.write(contentsOf: input)
            try? stdin.close()
        }
        DispatchQueue.global().async(group: group) { [errorTailLimit] in
            Self.drain(stderr) { chunk in state.appendError(chunk, keeping: errorTailLimit) }
        }
        let deadline = DispatchWorkItem {
            state.stop(because: .timedOut)
            kill(-pid, SIGKILL)
        }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: deadline)
        Self.drain(stdout) { [outputLimit] chunk in
            if !state.appendOutput(chunk, limit: outputLimit) {
                state.stop(because: .flooded)
                kill(-pid, SIGKILL)
            }
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        kill(-pid, SIGKILL)
        deadline.cancel()
        group.wait()
        try? stdout.close()
        try? stderr.close()
        let signal = status & 0x7F
        return Outcome(
            status: signal != 0 ? signal : (status >> 8) & 0xFF, signalled: signal != 0,
            timedOut: state.reason == .timedOut, flooded: state.reason == .flooded,
            output: state.output, errorTail: String(decoding: state.errors, as: UTF8.self))
    }

    /// Starts the program in a new process group with three pipes; returns its pid and our ends.
    private func spawn() throws(LaunchError) -> (pid_t, FileHandle, FileHandle, FileHandle) {
        var pipes: [[Int32]] = []
        for _ in 0..<3 {
            var fds: [Int32] = [0, 0]
            guard pipe(&fds) == 0 else { throw LaunchError(executable: executable.path, reason: String(cString: strerror(errno))) }
            for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
            pipes.append(fds)
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, pipes[0][0], 0)
        posix_spawn_file_actions_adddup2(&actions, pipes[1][1], 1)
        posix_spawn_file_actions_adddup2(&actions, pipes[2][1], 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
        posix_spawnattr_setpgroup(&attributes, 0)

        let path = executable.path
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        let envp = ProcessInfo.processInfo.environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, path, &actions, &attributes, argv, envp)
        close(pipes[0][0])
        close(pipes[1][1])
        close(pipes[2][1])
        guard result == 0 else {
            [pipes[0][1], pipes[1][0], pipes[2][0]].forEach { close($0) }
            throw LaunchError(executable: path, reason: Self.reason(result))
        }
        return (
            pid, FileHandle(fileDescriptor: pipes[0][1], closeOnDealloc: false),
            FileHandle(fileDescriptor: pipes[1][0], closeOnDealloc: false),
            FileHandle(fileDescriptor: pipes[2][0], closeOnDealloc: false)
        )
    }

    private static func drain(_ handle: FileHandle, into consume: (Data) -> Void) {
        while true {
            let chunk = (try? handle.read(upToCount: 65_536)) ?? nil
            guard let chunk, !chunk.isEmpty else { return }
            consume(chunk)
        }
    }

    private static func reason(_ code: Int32) -> String {
        switch code {
        case ENOENT: return "no such file"
        case EACCES: return "not executable (check its permissions: chmod +x)"
        case ENOEXEC: return "not a program (a script needs a first line like '#!/usr/bin/env python3')"
        default: return String(cString: strerror(code))
        }
    }
}

/// What the reader threads of one run share.
private final class RunState: @unchecked Sendable {
    enum StopReason { case timedOut, flooded }

    private let lock = NSLock()
    private var outputData = Data()
    private var errorData = Data()
    private var stopReason: StopReason?

    var output: Data { lock.withLock { outputData } }
    var errors: Data { lock.withLock { errorData } }
    var reason: StopReason? { lock.withLock { stopReason } }

    /// Appends output; `false` once the limit is passed.
    func appendOutput(_ chunk: Data, limit: Int) -> Bool {
        lock.withLock {
            guard outputData.count + chunk.count <= limit else { return false }
            outputData.append(chunk)
            return true
        }
    }

    func appendError(_ chunk: Data, keeping limit: Int) {
        lock.withLock {
            errorData.append(chunk)
            if errorData.count > limit { errorData = Data(errorData.suffix(limit)) }
        }
    }

    func stop(because reason: StopReason) {
        lock.withLock { if stopReason == nil { stopReason = reason } }
    }
}
