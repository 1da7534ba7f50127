import Foundation

/// Writes output files so that readers see the old file or the complete new one, never a part:
/// the data goes to a temporary file beside the target, which is then renamed over it.
///
/// - A file that exists keeps its permissions (a `0640` report stays `0640`); a new file gets
///   the usual `0666` less the umask.
/// - A symbolic link at the path stays a link: the file it points to is replaced (atomically,
///   in that file's folder). A link to nothing is refused.
/// - Special files (`/dev/null`, `/dev/stdout`, a named pipe) are written in place: renaming a
///   regular file over them would replace the device.
/// - Inputs of this process (``ProtectedInputs``) are never replaced.
/// - Every failure is a thrown ``OutputFileError`` naming the path and the reason.
public enum AtomicFile {
    /// Writes `data` to `path` atomically; `-` writes to standard output.
    public static func write(_ data: Data, to path: String) throws(OutputFileError) {
        if path == "-" {
            try StandardOutput.write(data)
            return
        }
        if let conflict = ProtectedInputs.shared.conflict(forOutput: path) { throw conflict }
        var link = stat()
        if lstat(path, &link) == 0, (link.st_mode & S_IFMT) == S_IFLNK, realpath(path, nil).map({ free($0) }) == nil {
            throw .danglingLink(output: path)
        }
        let target = resolvedTarget(path)
        var status = stat()
        let exists = stat(target, &status) == 0
        if exists, (status.st_mode & S_IFMT) == S_IFDIR { throw .isDirectory(output: path) }
        if exists, (status.st_mode & S_IFMT) != S_IFREG {
            let descriptor = open(target, O_WRONLY | O_CLOEXEC)
            guard descriptor >= 0 else { throw .failed(output: path, reason: String(cString: strerror(errno))) }
            defer { close(descriptor) }
            try FileDescriptorOutput.writeAll(data, to: descriptor, name: path)
            return
        }
        let url = URL(fileURLWithPath: target)
        let folder = url.deletingLastPathComponent().path
        var folderStatus = stat()
        guard stat(folder, &folderStatus) == 0, (folderStatus.st_mode & S_IFMT) == S_IFDIR else {
            throw .missingFolder(output: path, folder: (path as NSString).deletingLastPathComponent.isEmpty ? "." : folder)
        }
        let temporary = (folder as NSString).appendingPathComponent(
            ".\(url.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp")
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw .failed(output: path, reason: String(cString: strerror(errno))) }
        if exists { _ = fchmod(descriptor, status.st_mode & 0o7777) }
        var failure: OutputFileError?
        do {
            try FileDescriptorOutput.writeAll(data, to: descriptor, name: path)
        } catch {
            failure = error
        }
        if close(descriptor) != 0, failure == nil { failure = .failed(output: path, reason: String(cString: strerror(errno))) }
        if let failure {
            unlink(temporary)
            throw failure
        }
        if rename(temporary, target) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw .failed(output: path, reason: reason)
        }
    }

    /// The file an output path stands for: the target of a symbolic link, else the path itself.
    static func resolvedTarget(_ path: String) -> String {
        var link = stat()
        guard lstat(path, &link) == 0, (link.st_mode & S_IFMT) == S_IFLNK, let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
