import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Headless Chromium driven over the DevTools protocol through `--remote-debugging-pipe`
/// (messages as JSON, each ended by a zero byte, on file descriptors 3 and 4): a test opens a
/// page once and asks it questions while it lives, so that it sees a page change without a reload.
final class HeadlessBrowser {
    static let executable = "/usr/bin/chromium"

    private var pid: pid_t = 0
    private let input: Int32
    private let output: Int32
    private var nextID = 0
    private var buffer = Data()
    private var session: String?

    init(profile: URL) throws {
        var toBrowser: [Int32] = [0, 0]
        var fromBrowser: [Int32] = [0, 0]
        guard pipe(&toBrowser) == 0, pipe(&fromBrowser) == 0 else { throw ServeTestError.cannotConnect("pipe") }
        // Move the child's ends above 4, so that placing them at 3 and 4 cannot overwrite each other.
        let childRead = fcntl(toBrowser[0], F_DUPFD, 10)
        let childWrite = fcntl(fromBrowser[1], F_DUPFD, 10)
        close(toBrowser[0])
        close(fromBrowser[1])
        input = toBrowser[1]
        output = fromBrowser[0]
        _ = fcntl(input, F_SETFD, FD_CLOEXEC)
        _ = fcntl(output, F_SETFD, FD_CLOEXEC)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, childRead, 3)
        posix_spawn_file_actions_adddup2(&actions, childWrite, 4)
        posix_spawn_file_actions_addclose(&actions, childRead)
        posix_spawn_file_actions_addclose(&actions, childWrite)
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let arguments = [
            Self.executable, "--headless", "--no-sandbox", "--disable-gpu", "--remote-debugging-pipe",
            "--user-data-dir=\(profile.path)", "--window-size=1400,1000", "about:blank",
        ]
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let status = posix_spawn(&pid, Self.executable, &actions, nil, &argv, environ)
        close(childRead)
        close(childWrite)
        guard status == 0 else { throw ServeTestError.cannotConnect("chromium: \(status)") }
    }

    deinit {
        close(input)
        close(output)
        if pid > 0 {
            kill(pid, SIGTERM)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
        }
    }

    /// Opens a page in a new tab and keeps talking to that tab.
    func open(_ url: String) throws {
        let created = try call("Target.createTarget", ["url": url], inSession: false)
        let target = try #require(created["targetId"] as? String)
        let attached = try call("Target.attachToTarget", ["targetId": target, "flatten": true], inSession: false)
        session = try #require(attached["sessionId"] as? String)
    }

    /// The value of a JavaScript expression in the page (JSON-compatible values only).
    func evaluate(_ expression: String) throws -> Any? {
        let reply = try call("Runtime.evaluate", ["expression": expression, "returnByValue": true, "awaitPromise": true])
        let result = reply["result"] as? [String: Any]
        return result?["value"]
    }

    /// A PNG of the page as it is drawn now.
    func screenshot() throws -> Data {
        let reply = try call("Page.captureScreenshot", ["format": "png"])
        let text = try #require(reply["data"] as? String)
        return try #require(Data(base64Encoded: text))
    }

    private func call(_ method: String, _ parameters: [String: Any], inSession: Bool = true) throws -> [String: Any] {
        nextID += 1
        var message: [String: Any] = ["id": nextID, "method": method, "params": parameters]
        if inSession, let session { message["sessionId"] = session }
        var data = try JSONSerialization.data(withJSONObject: message)
        data.append(0)
        try data.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = write(input, bytes.baseAddress! + offset, bytes.count - offset)
                guard written > 0 else { throw ServeTestError.cannotConnect("write to chromium") }
                offset += written
            }
        }
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            let reply = try nextMessage(until: deadline)
            guard reply["id"] as? Int == nextID else { continue }
            if let error = reply["error"] { throw ServeTestError.cannotConnect("\(method): \(error)") }
            return reply["result"] as? [String: Any] ?? [:]
        }
        throw ServeTestError.timedOut(method)
    }

    private func nextMessage(until deadline: Date) throws -> [String: Any] {
        while true {
            if let end = buffer.firstIndex(of: 0) {
                let message = buffer[buffer.startIndex..<end]
                buffer = Data(buffer[buffer.index(after: end)...])
                return try JSONSerialization.jsonObject(with: message) as? [String: Any] ?? [:]
            }
            var descriptor = pollfd(fd: output, events: Int16(POLLIN), revents: 0)
            let waitMilliseconds = Int32(max(0, deadline.timeIntervalSinceNow * 1000))
            guard poll(&descriptor, 1, waitMilliseconds) > 0 else { throw ServeTestError.timedOut("chromium said nothing") }
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            let count = read(output, &chunk, chunk.count)
            guard count > 0 else { throw ServeTestError.cannotConnect("chromium closed the pipe") }
            buffer.append(contentsOf: chunk[0..<count])
        }
    }
}
