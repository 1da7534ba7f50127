import ArgumentParser
import EcographMessages
import EcographAtlas
import Foundation

/// The files of a region's atlas beside its index: a folder of pages that ecograph writes and
/// overwrites only where a page of its own is — never a file someone else put there.
enum ReportFiles {
    /// Creates the folder for the municipality pages (or another output folder), or checks that
    /// it is a folder; `whenFile` says what it is for when a file is in its place.
    static func prepareFolder(
        in directory: String, named folder: String, whenFile: (String) -> LocalizedText = { CommandMessage.folderIsFile(["path": $0]) }
    ) throws {
        let path = directory.isEmpty ? folder : (directory as NSString).appendingPathComponent(folder)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw CommandFailure.outputFailed(whenFile(path))
            }
            return
        }
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw CommandFailure.outputFailed(CommandMessage.cannotCreate(["path": path, "reason": error.localizedDescription]))
        }
    }

    /// Writes a page atomically, unless a file that ecograph did not write is in its place.
    static func write(_ data: Data, to path: String) throws {
        if FileManager.default.fileExists(atPath: path), !isAtlasPage(path) {
            throw CommandFailure.outputFailed(CommandMessage.notOurs(["path": path]))
        }
        try OutputFile.write(data, to: path)
    }

    /// Whether the file at `path` is a page of an ecograph atlas (its head names ecograph as generator).
    static func isAtlasPage(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = String(decoding: handle.readData(ofLength: 1024), as: UTF8.self)
        return head.contains("<meta name=\"generator\" content=\"ecograph atlas\"/>")
    }
}
