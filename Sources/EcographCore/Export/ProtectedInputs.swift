import Foundation

/// The files ecograph has read in this process — models, configurations, rule files, imported
/// spreadsheets — and the model folders it has read, so that no output can replace them.
///
/// Files are known by device and inode, so another spelling of the path, a hard link or a
/// symbolic link to an input is recognised too. ``AtomicFile`` refuses an output that is an
/// input, and a YAML or JSON output written straight into a model folder (it would be read as
/// a model file the next time the folder is loaded). ``ModelLoader`` registers what it reads.
///
/// ```swift
/// ProtectedInputs.shared.protect(file: "model.yaml")
/// try AtomicFile.write(data, to: "model.yaml")   // throws OutputFileError.wouldOverwriteInput
/// ```
public final class ProtectedInputs: @unchecked Sendable {
    /// The inputs of this process.
    public static let shared = ProtectedInputs()

    private let lock = NSLock()
    private var files: [FileIdentity: String] = [:]
    private var folders: [FileIdentity: String] = [:]

    /// The extensions of files a model folder's loading would read.
    static let modelExtensions: Set<String> = ["yaml", "yml", "json"]

    public init() {}

    /// Protects a file that was read (nothing happens when it does not exist).
    public func protect(file path: String) {
        guard let identity = FileIdentity(path: path) else { return }
        lock.withLock { files[identity] = path }
    }

    /// Protects a model folder: no YAML or JSON output may be put straight into it.
    public func protect(modelFolder path: String) {
        guard let identity = FileIdentity(path: path) else { return }
        lock.withLock { folders[identity] = path }
    }

    /// Why writing `output` would harm an input, or `nil` when it would not.
    public func conflict(forOutput output: String) -> OutputFileError? {
        let target = AtomicFile.resolvedTarget(output)
        if let identity = FileIdentity(path: target), let input = lock.withLock({ files[identity] }) {
            return .wouldOverwriteInput(output: output, input: input)
        }
        let url = URL(fileURLWithPath: target)
        guard Self.modelExtensions.contains(url.pathExtension.lowercased()),
            let folder = FileIdentity(path: url.deletingLastPathComponent().path),
            let name = lock.withLock({ folders[folder] })
        else { return nil }
        return .wouldWriteIntoModelFolder(output: output, folder: name)
    }
}

/// A file's device and inode, following symbolic links.
struct FileIdentity: Hashable {
    let device: UInt64
    let inode: UInt64

    init?(path: String) {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        device = UInt64(status.st_dev)
        inode = UInt64(status.st_ino)
    }
}
