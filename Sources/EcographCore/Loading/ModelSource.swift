import EcographMessages
import Foundation

/// One model file as the loader sees it: the path it is named by in diagnostics, and its bytes —
/// read from disk, taken from a git revision, or held in memory by an editor or a test.
///
/// ```swift
/// let source = ModelSource(path: "stadt.yaml", text: "systems:\n  verwaltung: { name: Verwaltung }\n")
/// let model = try ModelLoader().load(sources: [source])
/// ```
public struct ModelSource: Sendable, Equatable {
    /// The name the file goes by in diagnostics (`stadt.yaml:3:5: error: …`); its extension
    /// decides whether it is read as JSON (`.json`) or YAML.
    public let path: String
    /// The file's bytes, as stored (UTF-8, a byte-order mark allowed).
    public let bytes: [UInt8]

    /// A source from bytes.
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    /// A source from text (stored as UTF-8).
    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// What `bytes` hold, as a key: equal contents give equal keys in one process.
    var contentKey: ContentKey { ContentKey(bytes) }

    /// The contents of a source, in 128 bits: its length and two independently seeded hashes.
    struct ContentKey: Hashable, Sendable {
        let count: Int
        let first: Int
        let second: Int

        init(_ bytes: [UInt8]) {
            count = bytes.count
            var hasher = Hasher()
            var other = Hasher()
            other.combine(0x5EED_EC0_6A9)
            bytes.withUnsafeBytes { raw in
                hasher.combine(bytes: raw)
                other.combine(bytes: raw)
            }
            first = hasher.finalize()
            second = other.finalize()
        }
    }
}

extension ModelSource {
    /// Reads one file from disk, marking it as an input that no output may replace; logs why
    /// it cannot be read (a model file's wording unless the caller names another kind of file).
    static func read(
        file: String, cannotRead: LocalizedText = ModelMessage.cannotReadFile.text,
        advice: LocalizedText? = ModelMessage.cannotReadFileAdvice.text, log: inout DiagnosticLog
    ) -> ModelSource? {
        ProtectedInputs.shared.protect(file: file)
        if let bytes = regularFileBytes(file) { return ModelSource(path: file, bytes: bytes) }
        guard let data = FileManager.default.contents(atPath: file) else {
            log.error(cannotRead, advice: advice, path: file)
            return nil
        }
        return ModelSource(path: file, bytes: [UInt8](data))
    }

    /// A regular file's bytes read straight into the array (for a national model, 100 MB not
    /// read into one buffer and copied into another); `nil` for anything else — a directory, a
    /// device, a file that changes size while read — which Foundation then reads or explains.
    private static func regularFileBytes(_ file: String) -> [UInt8]? {
        let descriptor = open(file, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        let size = Int(status.st_size)
        var complete = false
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            var done = 0
            while done < size {
                let got = Foundation.read(descriptor, buffer.baseAddress! + done, size - done)
                if got < 0, errno == EINTR { continue }
                guard got > 0 else { break }
                done += got
            }
            count = done
            var probe: UInt8 = 0
            complete = done == size && Foundation.read(descriptor, &probe, 1) == 0  // nothing beyond the size read
        }
        return complete ? bytes : nil
    }
}
