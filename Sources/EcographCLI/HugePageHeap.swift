import EcographCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Lets glibc back ecograph's heap with transparent huge pages, which takes work off the kernel
/// when a large model makes malloc touch hundreds of megabytes page by page: `validate` of a
/// region of 1,000 municipalities (9 MB of YAML, 108 MB heap) took 0.37 s with 4 KiB pages and
/// 0.29 s with huge pages on this machine.
///
/// glibc reads the switch, the tunable `glibc.malloc.hugetlb=1`, only when a process starts, so
/// the `ecograph` executable starts itself again in place before anything else (`execv`: the
/// same process id, arguments, open files and signal state) with the tunable added. The started
/// process puts `GLIBC_TUNABLES` back as it was, so that plugins and other programs it starts do
/// not inherit the setting. Nothing happens for models under 2 MB (there the restart costs more
/// than it saves: 8 ms on the 30 kB sample), for the Graphviz workers, when the kernel's
/// transparent huge pages are off, when the tunable is already set, or with `ECOGRAPH_HUGE_PAGES=0`.
public enum HugePageHeap {
    /// Set in the started process: the user's own `GLIBC_TUNABLES` after a `=`, or empty if there was none.
    static let restartedVariable = "ECOGRAPH_HEAP_RESTARTED"
    /// `ECOGRAPH_HUGE_PAGES=0` turns the restart off.
    static let switchVariable = "ECOGRAPH_HUGE_PAGES"
    static let tunable = "glibc.malloc.hugetlb=1"

    /// Call first thing in an executable's `main`: either starts the program again with the
    /// tunable (and does not return) or returns at once.
    public static func restartIfUseful() {
        #if os(Linux)
        let environment = ProcessInfo.processInfo.environment
        if let original = environment[restartedVariable] {
            if original.hasPrefix("=") {
                setenv("GLIBC_TUNABLES", String(original.dropFirst()), 1)
            } else {
                unsetenv("GLIBC_TUNABLES")
            }
            unsetenv(restartedVariable)
            return
        }
        if environment[switchVariable] == "0" { return }
        // A Graphviz worker draws one map in a small heap, and many run one after another: huge
        // pages cost it more to clear than they save (the atlas of region-10 took 1.22 times as
        // long with them).
        if CommandLine.arguments.dropFirst().first == "graphviz-worker" { return }
        // Small models lose a few milliseconds to the restart and the larger pages; the gain starts
        // between 0.9 MB (1.07 times the time) and 2.7 MB (0.94 times) of model text.
        guard modelBytes(named: CommandLine.arguments.dropFirst(), atLeast: threshold) >= threshold else { return }
        let existing = environment["GLIBC_TUNABLES"]
        if existing?.contains("glibc.malloc.hugetlb") == true { return }
        guard transparentHugePagesAvailable() else { return }
        setenv(restartedVariable, existing.map { "=" + $0 } ?? "", 1)
        setenv("GLIBC_TUNABLES", existing.map { $0 + ":" + tunable } ?? tunable, 1)
        execv("/proc/self/exe", CommandLine.unsafeArgv)
        // Not started again (no /proc, say): go on as we are.
        if let existing { setenv("GLIBC_TUNABLES", existing, 1) } else { unsetenv("GLIBC_TUNABLES") }
        unsetenv(restartedVariable)
        #endif
    }

    /// Model text from which the huge-page heap pays: 2 MB.
    static let threshold = 2_000_000

    /// The bytes of the model files the arguments name — files, and the model files of
    /// directories as the loader finds them — counted until `limit` is reached. Other arguments
    /// (options, revision paths) name no file and count nothing.
    static func modelBytes(named arguments: ArraySlice<String>, atLeast limit: Int) -> Int {
        var total = 0
        func size(_ path: String) -> Int { ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0 }
        for argument in arguments where !argument.hasPrefix("-") {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                for name in (try? FileManager.default.contentsOfDirectory(atPath: argument)) ?? []
                where ModelFileDiscovery.isModelFileName(name) {
                    total += size((argument as NSString).appendingPathComponent(name))
                    if total >= limit { return total }
                }
            } else {
                total += size(argument)
            }
            if total >= limit { return total }
        }
        return total
    }

    /// Whether the kernel gives transparent huge pages to a program that asks (`always` or `madvise`).
    static func transparentHugePagesAvailable() -> Bool {
        guard let mode = try? String(contentsOfFile: "/sys/kernel/mm/transparent_hugepage/enabled", encoding: .utf8) else { return false }
        return mode.contains("[always]") || mode.contains("[madvise]")
    }
}
