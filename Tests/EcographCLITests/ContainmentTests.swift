import Foundation
import Testing

/// Plugins and Graphviz workers cannot outlive ecograph or keep it waiting (issue 11, items 5, 6).
@Suite("Containment of plugins and workers", .serialized)
struct ContainmentTests {
    static let model = "ecosystem: T\nfields: { f: { name: Feld } }\nprojects:\n  p: { name: P, field: f }\n"

    /// A plugin whose `check` starts a helper in a session of its own (`setsid`) that keeps
    /// standard output open for a minute, then answers (`answer`) or hangs.
    static func plugin(answer: Bool) -> String {
        """
        #!/usr/bin/env python3
        import json, os, subprocess, sys, time
        request = json.load(sys.stdin)
        if request["request"] == "describe":
            print(json.dumps({"protocol": "ecograph.rule/1", "rules": [{"id": "held-open", "severity": "warning"}]}))
            sys.exit(0)
        helper = subprocess.Popen(["sleep", "60"], start_new_session=True, stdin=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        open(os.environ["HELPER_PID_FILE"], "w").write(str(helper.pid))
        \(answer ? "" : "time.sleep(60)")
        print(json.dumps({"protocol": "ecograph.rule/1", "findings": [{"subjects": ["p"], "message": "held"}]}))
        sys.stdout.flush()
        """
    }

    /// Whether a process is gone (or a zombie nobody will wait for), within `seconds`.
    static func ends(_ pid: pid_t, within seconds: TimeInterval) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        repeat {
            guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else { return true }
            if let close = stat.lastIndex(of: ")"), stat[stat.index(close, offsetBy: 2)] == "Z" { return true }
            usleep(100_000)
        } while Date() < deadline
        return false
    }

    @Test(
        "a setsid helper holding standard output neither delays check past its timeout nor outlives it",
        arguments: [true, false])
    func setsidHelper(answers: Bool) throws {
        let scratch = ScratchDirectory()
        scratch.write(Self.model, to: "model.yaml")
        let plugin = scratch.write(Self.plugin(answer: answers), to: "plugin.py")
        chmod(plugin, 0o755)
        scratch.write("plugins:\n  - { exec: ./plugin.py, timeout: 3 }\n", to: ".ecograph.yml")
        let pidFile = scratch.url.appendingPathComponent("helper.pid").path
        let started = Date()
        let result = try CommandRunner.run(["check", "model.yaml", "--fail-on", "never"], in: scratch.url, environment: ["HELPER_PID_FILE": pidFile])
        let seconds = Date().timeIntervalSince(started)
        #expect(seconds < 15, "check took \(seconds) s")
        if answers {
            #expect(result.status == 0, "\(result.standardError)")
            #expect(result.standardOutput.contains("[held-open] held"), "\(result.standardOutput)")
        } else {
            #expect(result.status == 4, "\(result.standardError)")
            #expect(result.standardError.contains("did not answer 'check held-open' within 3 s"), "\(result.standardError)")
        }
        let helper = try #require(pid_t(try String(contentsOfFile: pidFile, encoding: .utf8)))
        #expect(Self.ends(helper, within: 3), "the helper \(helper) outlived ecograph")
        kill(helper, SIGKILL)
    }

    @Test("killing render (SIGKILL, SIGTERM, SIGHUP) ends its Graphviz worker", arguments: [SIGKILL, SIGTERM, SIGHUP])
    func orphanedWorker(signal: Int32) throws {
        let scratch = ScratchDirectory()
        // A map whose layout takes long: many nodes, all connected, in the slow 'circo' layout.
        var text = "ecosystem: Gross\nfields:\n"
        for field in 0..<40 { text += "  f\(field): { name: Feld \(field) }\n" }
        text += "projects:\n"
        for project in 0..<600 {
            text += "  p\(project): { name: Projekt \(project), field: f\(project % 40), depends-on: [p\((project * 7 + 1) % 600), p\((project * 13 + 5) % 600)] }\n"
        }
        scratch.write(text, to: "gross.yaml")
        let process = Process()
        process.executableURL = CommandRunner.executable
        process.arguments = ["render", "gross.yaml", "--view", "overview", "--page", "none", "--layout", "circo", "--max-nodes", "100000", "-o", "map.svg"]
        process.currentDirectoryURL = scratch.url
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let parent = process.processIdentifier
        // Wait for the worker to start.
        var worker: pid_t?
        let deadline = Date().addingTimeInterval(30)
        while worker == nil, Date() < deadline, process.isRunning {
            worker = Self.children(of: parent).first
            if worker == nil { usleep(100_000) }
        }
        let found = try #require(worker, "no Graphviz worker started")
        usleep(300_000)
        kill(parent, signal)
        process.waitUntilExit()
        #expect(Self.ends(found, within: 3), "the Graphviz worker \(found) outlived ecograph (signal \(signal))")
        kill(found, SIGKILL)
    }

    /// The process ids whose parent is `parent`.
    static func children(of parent: pid_t) -> [pid_t] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return names.compactMap(pid_t.init).filter { pid in
            guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
                let close = stat.lastIndex(of: ")") else { return false }
            let fields = stat[stat.index(close, offsetBy: 2)...].split(separator: " ")
            return fields.count > 1 && pid_t(fields[1]) == parent
        }
    }
}
