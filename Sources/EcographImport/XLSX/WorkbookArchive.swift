import Foundation
import ZIPFoundation

/// A workbook's zip container: its entries listed by ZIPFoundation, each part's packed bytes
/// taken from the workbook's own bytes and unpacked within their bounds.
///
/// Two workarounds for ZIPFoundation 0.9.20, both found by fuzzing `xlsx-import`:
/// - its in-memory archive (`Archive(data:accessMode:)`) traps when a damaged archive points
///   past its own end (its memory file lets a seek go past the end, then reads a negative
///   count), so the archive is opened from a file in a folder of this process's own (mode
///   0700), removed as soon as the archive is open — the archive keeps its open file;
/// - its `extract` never ends when a packed part's data reaches the end of the file before its
///   last block (the read brings no bytes, and it tries again), so a part is unpacked here with
///   ZIPFoundation's `Data.decompress` fed only the part's own packed bytes: asked for more,
///   the feed throws, and the part is reported as damaged.
struct WorkbookArchive {
    let archive: Archive
    private let bytes: Data

    /// Opens the container in `data`.
    init(_ data: Data) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ecograph-xlsx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("workbook.xlsx")
        try data.write(to: file)
        archive = try Archive(url: file, accessMode: .read)
        bytes = data
    }

    /// Why a part could not be unpacked.
    enum Problem: Error {
        /// The part unpacks to more than the limit.
        case tooLarge
        /// Its packed bytes are missing, cut short or do not match their checksum.
        case damaged
    }

    /// The entry for `path` (exactly, else ignoring case), if it is a file.
    func entry(_ path: String) -> Entry? {
        guard let entry = archive[path] ?? archive.first(where: { $0.path.lowercased() == path.lowercased() }) else { return nil }
        return entry.type == .file ? entry : nil
    }

    /// The entry's bytes unpacked, at most `limit` of them whatever the archive claims.
    func unpack(_ entry: Entry, limit: Int) throws(Problem) -> Data {
        if entry.uncompressedSize > UInt64(limit) { throw .tooLarge }
        guard let packed = packedRange(of: entry) else { throw .damaged }
        if !entry.isCompressed {
            guard packed.count <= limit else { throw .tooLarge }
            let stored = bytes.subdata(in: packed)
            guard stored.crc32(checksum: 0) == entry.checksum else { throw .damaged }
            return stored
        }
        var output = Data()
        var tooLarge = false
        let checksum: CRC32
        do {
            checksum = try Data.decompress(
                size: Int64(packed.count), bufferSize: 64 * 1024, skipCRC32: false,
                provider: { position, size in
                    let start = packed.lowerBound + Int(position)
                    // Asked for bytes beyond the part's own: the packed data ends too early.
                    guard position >= 0, start < packed.upperBound else { throw Problem.damaged }
                    return bytes.subdata(in: start..<min(start + size, packed.upperBound))
                },
                consumer: { chunk in
                    output.append(chunk)
                    if output.count > limit {
                        tooLarge = true
                        throw Problem.tooLarge
                    }
                })
        } catch {
            throw tooLarge ? .tooLarge : .damaged
        }
        guard checksum == entry.checksum else { throw .damaged }
        return output
    }

    /// Where the entry's packed bytes lie in the workbook: after the local header that names it
    /// (found by its name, since ZIPFoundation keeps the header's offset to itself), as many as
    /// the central directory says; `nil` when no such header exists or the bytes would run past
    /// the end.
    private func packedRange(of entry: Entry) -> Range<Int>? {
        let name = Array(entry.path.utf8)
        let count = bytes.count
        return bytes.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Range<Int>? in
            let data = raw.bindMemory(to: UInt8.self)
            func little16(_ at: Int) -> Int { Int(data[at]) | Int(data[at + 1]) << 8 }
            var header = 0
            while header + 30 <= count {
                if data[header] == 0x50, data[header + 1] == 0x4B, data[header + 2] == 0x03, data[header + 3] == 0x04 {
                    let nameLength = little16(header + 26)
                    let extraLength = little16(header + 28)
                    let nameStart = header + 30
                    if nameLength == name.count, nameStart + nameLength <= count,
                        data[nameStart..<(nameStart + nameLength)].elementsEqual(name)
                    {
                        let start = nameStart + nameLength + extraLength
                        guard entry.compressedSize <= UInt64(count), start <= count - Int(entry.compressedSize) else { return nil }
                        return start..<(start + Int(entry.compressedSize))
                    }
                }
                header += 1
            }
            return nil
        }
    }
}
