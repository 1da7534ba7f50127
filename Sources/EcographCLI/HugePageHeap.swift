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
/// not inherit the setting. Nothing happens when the kernel's transparent huge pages are off,
/// when the tunable is already set, or with `ECOGRAPH_HUGE_PAGES=0`.
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

    /// Whether the kernel gives transparent huge pages to a program that asks (`always` or `madvise`).
    static func transparentHugePagesAvailable() -> Bool {
        guard let mode = try? String(contentsOfFile: "/sys/kernel/mm/transparent_hugepage/enabled", encoding: .utf8) else { return false }
        return mode.contains("[always]") || mode.contains("[madvise]")
    }
}
