import Foundation
import Testing

/// `ecograph` starts itself again with glibc's huge-page heap switched on; what it starts in
/// turn (plugins) sees the environment the user gave, not the switch.
@Suite("The huge-page heap restart")
struct HugePageHeapTests {
    /// A model over the 2 MB from which ecograph restarts with huge pages (most of it comments).
    static let model = "ecosystem: T\nfields:\n  f: { name: F }\n"
        + String(repeating: "# " + String(repeating: "Lotsin ", count: 14) + "\n", count: 21_000)
    static let smallModel = "ecosystem: T\nfields:\n  f: { name: F }\n"
    /// A plugin that records its environment and answers with no rules.
    static let recorder = """
        #!/bin/sh
        env > "plugin-env-$$.txt"
        cat > /dev/null
        echo '{"protocol": "ecograph.rule/1", "rules": []}'
        """

    private func pluginEnvironment(_ extra: [String: String]) throws -> [String: String] {
        let scratch = ScratchDirectory()
        scratch.write(Self.model, to: "model.yaml")
        chmod(scratch.write(Self.recorder, to: "plugin.sh"), 0o755)
        let result = try CommandRunner.run(["check", "model.yaml", "--plugin", "./plugin.sh"], in: scratch.url, environment: extra)
        #expect(result.status == 0 || result.status == 1, "\(result.standardError)")
        let file = try #require(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path).first { $0.hasPrefix("plugin-env-") })
        let text = try String(contentsOf: scratch.url.appendingPathComponent(file), encoding: .utf8)
        return Dictionary(text.split(separator: "\n").compactMap { line in
            line.firstIndex(of: "=").map { (String(line[..<$0]), String(line[line.index(after: $0)...])) }
        }, uniquingKeysWith: { first, _ in first })
    }

    @Test("a plugin does not inherit the tunable or the restart's marker")
    func pluginSeesNoTunable() throws {
        let seen = try pluginEnvironment([:])
        if ProcessInfo.processInfo.environment["GLIBC_TUNABLES"] == nil {
            #expect(seen["GLIBC_TUNABLES"] == nil, "\(seen["GLIBC_TUNABLES"] ?? "")")
        }
        #expect(seen["ECOGRAPH_HEAP_RESTARTED"] == nil)
    }

    @Test("a user's own tunables reach the plugin as the user set them")
    func userTunablesKept() throws {
        let seen = try pluginEnvironment(["GLIBC_TUNABLES": "glibc.malloc.tcache_count=7"])
        #expect(seen["GLIBC_TUNABLES"] == "glibc.malloc.tcache_count=7")
        #expect(seen["ECOGRAPH_HEAP_RESTARTED"] == nil)
    }

    @Test("a model over 2 MB runs with the huge-page heap when the kernel offers transparent huge pages; a small one does not", arguments: [true, false])
    func restartedWithTunable(large: Bool) throws {
        let mode = (try? String(contentsOfFile: "/sys/kernel/mm/transparent_hugepage/enabled", encoding: .utf8)) ?? ""
        let scratch = ScratchDirectory()
        scratch.write(large ? Self.model : Self.smallModel, to: "model.yaml")
        // A plugin that reads the environment ecograph was started with (its parent's /proc entry).
        let reader = """
            #!/bin/sh
            tr '\\0' '\\n' < /proc/$PPID/environ > parent-env.txt
            cat > /dev/null
            echo '{"protocol": "ecograph.rule/1", "rules": []}'
            """
        chmod(scratch.write(reader, to: "plugin.sh"), 0o755)
        _ = try CommandRunner.run(["check", "model.yaml", "--plugin", "./plugin.sh"], in: scratch.url)
        let parent = try String(contentsOf: scratch.url.appendingPathComponent("parent-env.txt"), encoding: .utf8)
        let started = parent.split(separator: "\n").contains("GLIBC_TUNABLES=glibc.malloc.hugetlb=1")
        if large && (mode.contains("[always]") || mode.contains("[madvise]")) {
            #expect(started, "ecograph was not started again with the tunable")
        } else {
            #expect(!started, "a small model, or transparent huge pages off: no restart")
        }
        let optedOut = try CommandRunner.run(["check", "model.yaml", "--plugin", "./plugin.sh"], in: scratch.url, environment: ["ECOGRAPH_HUGE_PAGES": "0"])
        #expect(optedOut.status == 0 || optedOut.status == 1)
        let again = try String(contentsOf: scratch.url.appendingPathComponent("parent-env.txt"), encoding: .utf8)
        #expect(!again.split(separator: "\n").contains("GLIBC_TUNABLES=glibc.malloc.hugetlb=1"), "ECOGRAPH_HUGE_PAGES=0 starts no second time")
    }
}
