import Foundation

/// Looks at the workspace's files a few times a second and reloads it once a burst of saves is
/// over: editors write a file in several steps (a temporary file, a rename, a second write), and
/// the model is read once they are done, not at each step.
///
/// Polling rather than inotify: it sees files replaced by a rename, directories gaining files,
/// and works the same on every file system.
final class FileWatcher: @unchecked Sendable {
    private let workspace: Workspace
    private let interval: TimeInterval
    private let quietPeriod: TimeInterval
    private let queue = DispatchQueue(label: "ecograph.serve.watcher")
    private var timer: DispatchSourceTimer?
    private var fingerprint: [FileStamp] = []
    private var changedAt: Date?
    private var lastBeat = Date()
    /// Seconds between heartbeats to the pages.
    static let heartbeatInterval: TimeInterval = 15

    init(workspace: Workspace, interval: TimeInterval, quietPeriod: TimeInterval) {
        self.workspace = workspace
        self.interval = interval
        self.quietPeriod = quietPeriod
    }

    /// Starts watching; the current files are taken as read.
    func start() {
        queue.sync { fingerprint = Self.stamps(of: workspace.watchedPaths) }
        let timer = DispatchSource.makeTimerSource(queue: queue)
        timer.schedule(deadline: .now() + interval, repeating: interval)
        timer.setEventHandler { [weak self] in self?.look() }
        timer.resume()
        self.timer = timer
    }

    func stop() {
        timer?.cancel()
        timer = nil
    }

    private func look() {
        let now = Date()
        let stamps = Self.stamps(of: workspace.watchedPaths)
        if stamps != fingerprint {
            fingerprint = stamps
            changedAt = now
        } else if let changedAt, now.timeIntervalSince(changedAt) >= quietPeriod {
            self.changedAt = nil
            workspace.reload()
            // What the reading read may differ from what was watched (a new rule file).
            fingerprint = Self.stamps(of: workspace.watchedPaths)
        }
        if now.timeIntervalSince(lastBeat) >= Self.heartbeatInterval {
            lastBeat = now
            workspace.beat()
        }
    }

    /// What a file looks like from outside: enough to notice that it was written.
    struct FileStamp: Hashable {
        let path: String
        let size: Int64
        let seconds: Int
        let nanoseconds: Int
        let inode: UInt64
    }

    /// The stamps of the paths and, for directories, of the model files in them.
    static func stamps(of paths: [String]) -> [FileStamp] {
        var result: [FileStamp] = []
        for path in paths {
            guard let stamp = stamp(path) else {
                result.append(FileStamp(path: path, size: -1, seconds: 0, nanoseconds: 0, inode: 0))
                continue
            }
            result.append(stamp.stamp)
            guard stamp.isDirectory, let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { continue }
            let prefix = path.hasSuffix("/") ? path : path + "/"
            for name in names.sorted() where !name.hasPrefix(".") {
                if let entry = self.stamp(prefix + name), !entry.isDirectory { result.append(entry.stamp) }
            }
        }
        return result
    }

    private static func stamp(_ path: String) -> (stamp: FileStamp, isDirectory: Bool)? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        let stamp = FileStamp(
            path: path, size: Int64(info.st_size), seconds: Int(info.st_mtim.tv_sec), nanoseconds: Int(info.st_mtim.tv_nsec),
            inode: UInt64(info.st_ino))
        return (stamp, (info.st_mode & S_IFMT) == S_IFDIR)
    }
}
