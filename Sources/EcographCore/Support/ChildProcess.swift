import Foundation
import EcographMessages

/// Runs a program with input on its standard input and collects what it prints, without ever
/// letting it hang or flood ecograph: one loop writes the input and reads standard output and
/// standard error as they come (`poll`), output beyond a limit stops the program, and the
/// deadline holds for the whole conversation — whoever keeps the pipes open.
///
/// The program runs in a process group of its own and with a mark in its environment that its
/// descendants inherit. When it ends, is stopped, or ecograph is stopped by `SIGTERM`, `SIGINT`
/// or `SIGHUP`, the group and every marked process are killed, so that helpers it started —
/// even in a session of their own — cannot outlive it (see ``ProcessLifetime`` for what can
/// still escape).
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
        /// Why, in English and German (`no such file` / `die Datei gibt es nicht`).
        public let reasonText: LocalizedText
        public var reason: String { reasonText.en }
        public var description: String { "cannot start '\(executable)': \(reason)" }
    }

    public let executable: URL
    public let arguments: [String]
    /// Seconds the whole run may take: starting, writing the input, reading every reply.
    public var timeout: TimeInterval = 30
    /// Bytes of standard output accepted before the program is killed.
    public var outputLimit: Int = 64 << 20
    /// Bytes of standard error kept (the last ones).
    public var errorTailLimit: Int = 4_096
    /// Further environment variables for the program.
    public var environment: [String: String] = [:]

    /// How long, after the program has exited, pipes that its leftovers still hold are read.
    static let drainAfterExit: TimeInterval = 1

    public init(executable: URL, arguments: [String] = []) {
        self.executable = executable
        self.arguments = arguments
    }

    /// Runs the program with `input` on its standard input and waits for it to end.
    public func run(input: Data) throws(LaunchError) -> Outcome {
        // A program that exits without reading its input must not kill ecograph with SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        ProcessLifetime.prepare()
        let mark = ProcessLifetime.newMark()
        let (pid, descriptors) = try spawn(mark: mark)
        ProcessLifetime.begin(group: pid, mark: mark)
        defer { ProcessLifetime.finish(group: pid) }
        var conversation = Conversation(
            input: input, stdin: descriptors.stdin, stdout: descriptors.stdout, stderr: descriptors.stderr,
            outputLimit: outputLimit, errorTailLimit: errorTailLimit)
        let deadline = Date().addingTimeInterval(timeout)
        var exitStatus: Int32?
        var stopReason: StopReason?
        var drainUntil: Date?
        while true {
            if exitStatus == nil {
                var status: Int32 = 0
                if waitpid(pid, &status, WNOHANG) == pid {
                    exitStatus = status
                    // Leftover helpers may hold the pipes open: end them, then read what is there.
                    ProcessLifetime.end(group: pid, mark: mark)
                    drainUntil = min(deadline, Date().addingTimeInterval(Self.drainAfterExit))
                }
            }
            if !conversation.isOpen { if exitStatus != nil { break } }
            let now = Date()
            if now >= deadline, exitStatus == nil {
                stopReason = .timedOut
                break
            }
            if let drainUntil, now >= drainUntil { break }
            // Wake up at least every 50 ms to notice the program's exit while pipes stay open.
            let wait = min((drainUntil ?? deadline).timeIntervalSince(now), 0.05)
            conversation.step(waitingAtMost: wait)
            if conversation.flooded {
                stopReason = .flooded
                break
            }
        }
        kill(-pid, SIGKILL)
        if exitStatus == nil {
            var status: Int32 = 0
            while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
            exitStatus = status
        }
        // The program has been waited for, so what it left behind is ecograph's to end.
        ProcessLifetime.endMarked(mark)
        conversation.closeAll()
        let status = exitStatus ?? 0
        let signal = status & 0x7F
        return Outcome(
            status: signal != 0 ? signal : (status >> 8) & 0xFF, signalled: signal != 0,
            timedOut: stopReason == .timedOut, flooded: stopReason == .flooded,
            output: conversation.output, errorTail: String(decoding: conversation.errors, as: UTF8.self))
    }

    private enum StopReason { case timedOut, flooded }

    /// Starts the program in a new process group with three pipes and the run's mark in its
    /// environment; returns its pid and our ends (non-blocking).
    private func spawn(mark: String) throws(LaunchError) -> (pid_t, (stdin: Int32, stdout: Int32, stderr: Int32)) {
        var pipes: [[Int32]] = []
        for _ in 0..<3 {
            var fds: [Int32] = [0, 0]
            guard pipe(&fds) == 0 else {
                pipes.flatMap { $0 }.forEach { close($0) }
                throw LaunchError(executable: executable.path, reasonText: LocalizedText(String(cString: strerror(errno))))
            }
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
        // Signals ecograph ignores or handles are the program's to have as usual.
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signalNumber in [SIGPIPE, SIGTERM, SIGINT, SIGHUP] { sigaddset(&defaults, signalNumber) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var noMask = sigset_t()
        sigemptyset(&noMask)
        posix_spawnattr_setsigmask(&attributes, &noMask)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        posix_spawnattr_setpgroup(&attributes, 0)

        let path = executable.path
        var variables = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        variables[ProcessLifetime.markVariable] = mark
        variables[ProcessLifetime.parentVariable] = String(getpid())
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        let envp = variables.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, path, &actions, &attributes, argv, envp)
        close(pipes[0][0])
        close(pipes[1][1])
        close(pipes[2][1])
        let ours = (stdin: pipes[0][1], stdout: pipes[1][0], stderr: pipes[2][0])
        guard result == 0 else {
            [ours.stdin, ours.stdout, ours.stderr].forEach { close($0) }
            throw LaunchError(executable: path, reasonText: Self.reason(result))
        }
        for fd in [ours.stdin, ours.stdout, ours.stderr] { _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK) }
        return (pid, ours)
    }

    private static func reason(_ code: Int32) -> LocalizedText {
        switch code {
        case ENOENT: return PluginMessage.noSuchFile.text
        case EACCES: return PluginMessage.notExecutable.text
        case ENOEXEC: return PluginMessage.notProgram.text
        default: return LocalizedText(String(cString: strerror(code)))
        }
    }
}

/// Our ends of a run's three pipes, and what came through them.
private struct Conversation {
    let input: Data
    var written = 0
    var stdin: Int32
    var stdout: Int32
    var stderr: Int32
    let outputLimit: Int
    let errorTailLimit: Int
    var output = Data()
    var errors = Data()
    var flooded = false

    init(input: Data, stdin: Int32, stdout: Int32, stderr: Int32, outputLimit: Int, errorTailLimit: Int) {
        self.input = input
        self.stdin = stdin
        self.stdout = stdout
        self.stderr = stderr
        self.outputLimit = outputLimit
        self.errorTailLimit = errorTailLimit
        if input.isEmpty { closeInput() }
    }

    /// Whether a pipe is still open for reading.
    var isOpen: Bool { stdout >= 0 || stderr >= 0 }

    /// Waits for the pipes (at most `seconds`) and moves what is ready.
    mutating func step(waitingAtMost seconds: TimeInterval) {
        var fds: [pollfd] = []
        if stdin >= 0 { fds.append(pollfd(fd: stdin, events: Int16(POLLOUT), revents: 0)) }
        if stdout >= 0 { fds.append(pollfd(fd: stdout, events: Int16(POLLIN), revents: 0)) }
        if stderr >= 0 { fds.append(pollfd(fd: stderr, events: Int16(POLLIN), revents: 0)) }
        let milliseconds = Int32(max(0, min(seconds, 1)) * 1000)
        guard !fds.isEmpty else {
            usleep(UInt32(milliseconds) * 1000)
            return
        }
        let ready = poll(&fds, nfds_t(fds.count), milliseconds)
        guard ready > 0 else { return }
        for entry in fds where entry.revents != 0 {
            if entry.fd == stdin { writeInput() }
            if entry.fd == stdout { readOutput() }
            if entry.fd == stderr { readErrors() }
        }
    }

    private mutating func writeInput() {
        let count = input.count - written
        let result = input.withUnsafeBytes { raw in Foundation.write(stdin, raw.baseAddress! + written, min(count, 65_536)) }
        if result > 0 {
            written += result
            if written == input.count { closeInput() }
        } else if result < 0, errno != EAGAIN, errno != EINTR {
            closeInput()  // EPIPE: the program does not read (all of) its input
        }
    }

    private mutating func readOutput() {
        guard let chunk = Self.read(stdout) else {
            close(stdout)
            stdout = -1
            return
        }
        if output.count + chunk.count > outputLimit {
            flooded = true
            return
        }
        output.append(chunk)
    }

    private mutating func readErrors() {
        guard let chunk = Self.read(stderr) else {
            close(stderr)
            stderr = -1
            return
        }
        errors.append(chunk)
        if errors.count > errorTailLimit { errors = Data(errors.suffix(errorTailLimit)) }
    }

    /// A chunk, an empty chunk when nothing is there yet, or `nil` at the end.
    private static func read(_ fd: Int32) -> Data? {
        var buffer = [UInt8](repeating: 0, count: 65_536)
        let count = buffer.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress, $0.count) }
        if count > 0 { return Data(buffer[0..<count]) }
        if count < 0, errno == EAGAIN || errno == EINTR { return Data() }
        return nil
    }

    private mutating func closeInput() {
        if stdin >= 0 { close(stdin) }
        stdin = -1
    }

    mutating func closeAll() {
        closeInput()
        if stdout >= 0 { close(stdout) }
        if stderr >= 0 { close(stderr) }
        stdout = -1
        stderr = -1
    }
}
