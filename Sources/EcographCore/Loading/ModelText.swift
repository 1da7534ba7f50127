import EcographMessages
import Foundation

/// The text of one model file, decoded and checked before parsing.
enum ModelText {
    /// UTF-8's byte-order mark, which some editors (Windows Notepad, Excel's "CSV UTF-8") put
    /// first; it is not part of the text.
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Decodes a source as UTF-8 text (a leading byte-order mark is dropped), or logs why it cannot.
    static func decode(_ source: ModelSource, log: inout DiagnosticLog) -> String? {
        let file = source.path
        let bytes = source.bytes.starts(with: byteOrderMark) ? Array(source.bytes.dropFirst(byteOrderMark.count)) : source.bytes
        guard var text = String(validating: bytes, as: UTF8.self) else {
            let offset = firstInvalidUTF8Offset(bytes)
            log.error(
                ModelMessage.notUTF8.text, advice: ModelMessage.notUTF8Advice.text,
                at: location(ofByte: offset, in: bytes, file: file))
            return nil
        }
        if isJSON(file), text.utf8.contains(0x09) {  // bytes: String.contains(String) walks characters
            // Valid JSON has tabs only between tokens, where a space means the same; libyaml
            // refuses tabs as indentation, so replace them one for one (columns stay the same).
            text = String(decoding: text.utf8.map { $0 == 0x09 ? 0x20 : $0 }, as: UTF8.self)
        }
        return text
    }

    /// Whether a file is read as JSON: its extension is `.json`.
    static func isJSON(_ file: String) -> Bool { (file as NSString).pathExtension.lowercased() == "json" }

    /// Whether the text holds nothing but whitespace and comments.
    /// Stops at the first line with content, so a large model costs almost nothing.
    static func isEmpty(_ text: String) -> Bool {
        let bytes = text.utf8
        var lineStart = bytes.startIndex
        while lineStart < bytes.endIndex {
            let lineEnd = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.endIndex
            let content = bytes[lineStart..<lineEnd].drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
            lineStart = lineEnd < bytes.endIndex ? bytes.index(after: lineEnd) : lineEnd
            if content.isEmpty || content.first == UInt8(ascii: "#") { continue }
            let word = String(decoding: content, as: UTF8.self).trimmingWhitespace()
            if word == "---" || word == "..." { continue }
            return false
        }
        return true
    }

    private static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput, .error: return offset
            }
        }
    }

    private static func location(ofByte offset: Int, in bytes: [UInt8], file: String) -> SourceLocation {
        let before = bytes[..<min(offset, bytes.count)]
        let line = before.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        let lineStart = (before.lastIndex(of: 0x0A).map { $0 + 1 }) ?? 0
        let column = String(decoding: bytes[lineStart..<offset], as: UTF8.self).unicodeScalars.count + 1
        return SourceLocation(file: file, line: line, column: column)
    }
}
