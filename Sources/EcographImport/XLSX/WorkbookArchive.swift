import Foundation
import ZIPFoundation

/// A workbook's bytes opened as a zip archive that is read from a file, not from memory.
///
/// ZIPFoundation's in-memory archive (`Archive(data:accessMode:)`, 0.9.20) traps when a damaged
/// archive points past its own end — a central directory or an entry whose offset lies beyond
/// the last byte, found by fuzzing `xlsx-import` — because its memory file lets a seek go past
/// the end and then reads a negative count. Read from a file, the same seek reads nothing and
/// the archive is reported as damaged. The bytes go to a file in a folder of this process's own
/// (mode 0700) that is removed as soon as the archive is open: the archive keeps its open file.
enum WorkbookArchive {
    static func open(_ data: Data) throws -> Archive {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ecograph-xlsx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("workbook.xlsx")
        try data.write(to: file)
        return try Archive(url: file, accessMode: .read)
    }
}
