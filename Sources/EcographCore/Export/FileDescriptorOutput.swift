import Foundation

/// Writes bytes to an open file descriptor completely, retrying interrupted and partial writes,
/// and turns failures into ``OutputFileError``s (never a trap).
enum FileDescriptorOutput {
    static func writeAll(_ data: Data, to descriptor: Int32, name: String) throws(OutputFileError) {
        let failure: Int32? = data.withUnsafeBytes { raw -> Int32? in
            guard var pointer = raw.baseAddress else { return nil }
            var remaining = raw.count
            while remaining > 0 {
                let written = Foundation.write(descriptor, pointer, remaining)
                if written < 0 {
                    if errno == EINTR || errno == EAGAIN { continue }
                    return errno
                }
                pointer += written
                remaining -= written
            }
            return nil
        }
        guard let failure else { return }
        if failure == EPIPE { throw .brokenPipe }
        throw .failed(output: name, reason: String(cString: strerror(failure)))
    }
}

/// Standard output for a command's result: every byte written or a thrown ``OutputFileError``
/// (a full disk, a closed pipe), never a crash and never a silent loss.
///
/// Callers should ignore `SIGPIPE` (the `ecograph` executable does), so that a reader that goes
/// away (`| head`) gives ``OutputFileError/brokenPipe`` instead of killing the process.
public enum StandardOutput {
    /// Writes `data` to standard output.
    public static func write(_ data: Data) throws(OutputFileError) {
        try FileDescriptorOutput.writeAll(data, to: STDOUT_FILENO, name: "standard output")
    }

    /// Writes `text` as UTF-8 to standard output.
    public static func write(_ text: String) throws(OutputFileError) {
        try write(Data(text.utf8))
    }
}
