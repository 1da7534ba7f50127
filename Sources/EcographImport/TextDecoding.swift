import EcographMessages
import Foundation

/// The character sets a CSV file from a spreadsheet comes in.
///
/// Excel in Germany saves "CSV (Trennzeichen-getrennt)" in Windows-1252, "CSV UTF-8" in UTF-8
/// with a byte order mark; LibreOffice asks, and usually writes UTF-8.
public enum TextEncoding: String, CaseIterable, Sendable {
    case utf8 = "utf-8"
    case windows1252 = "windows-1252"
    case latin1

    /// The name users know it by.
    public var displayName: String {
        switch self {
        case .utf8: return "UTF-8"
        case .windows1252: return "Windows-1252"
        case .latin1: return "Latin-1 (ISO 8859-1)"
        }
    }
}

/// Bytes of a spreadsheet export turned into text without mojibake: UTF-8 when they are valid
/// UTF-8 (a byte order mark is dropped), otherwise Windows-1252, as Excel writes it, with a
/// notice; or the encoding the user names with `--encoding`.
///
/// ```swift
/// let decoded = try TextDecoding.decode(Data([0x4D, 0xFC, 0x6C, 0x6C, 0x65, 0x72]))  // "Müller" in Windows-1252
/// decoded.text       // "Müller"
/// decoded.encoding   // .windows1252
/// decoded.guessed    // true: the caller tells the user
/// ```
public enum TextDecoding {
    /// Text and how it was read.
    public struct Decoded: Sendable {
        public let text: String
        public let encoding: TextEncoding
        /// The encoding was chosen because the bytes are not UTF-8, not named by the user.
        public let guessed: Bool
    }

    /// Why bytes cannot be read as text in the encoding asked for.
    public struct Failure: Error, Sendable {
        /// The line of the first byte that does not fit (1 is the first line).
        public let line: Int
        public let message: LocalizedText
    }

    /// The text in `data`; `forced` names the encoding, otherwise it is detected.
    public static func decode(_ data: Data, forced: TextEncoding? = nil) throws(Failure) -> Decoded {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            throw Failure(line: 1, message: ImportMessage.utf16.text)
        }
        let utf8Problem = firstInvalidUTF8(bytes)
        switch forced {
        case .utf8?:
            if let offset = utf8Problem {
                throw Failure(
                    line: line(of: offset, in: bytes),
                    message: ImportMessage.notUTF8(["byte": hex(bytes[offset])]))
            }
            return Decoded(text: utf8Text(bytes), encoding: .utf8, guessed: false)
        case .some(let single):
            // Valid UTF-8 with letters beyond ASCII, read byte by byte, is the mojibake we never
            // write: `ä` would become `Ã¤`.
            if utf8Problem == nil, let offset = bytes.firstIndex(where: { $0 >= 0x80 }) {
                throw Failure(
                    line: line(of: offset, in: bytes),
                    message: ImportMessage.utf8ReadAsSingleByte(["encoding": single.displayName, "example": example(at: offset, in: bytes)]))
            }
            return Decoded(text: try singleByteText(bytes, as: single), encoding: single, guessed: false)
        case nil:
            if utf8Problem == nil { return Decoded(text: utf8Text(bytes), encoding: .utf8, guessed: false) }
            return Decoded(text: try singleByteText(bytes, as: .windows1252), encoding: .windows1252, guessed: true)
        }
    }

    /// Letters that a file garbled earlier still carries — `Ã¤` for `ä`, `â‚¬` for `€` — with the
    /// text they stand for, so that the user can be told before they reach the model.
    public static func mojibake(in text: String) -> (found: String, meant: String)? {
        for (garbled, meant) in garbledPairs where text.contains(garbled) { return (garbled, meant) }
        return nil
    }

    /// UTF-8 of common German letters and signs, read as Windows-1252.
    private static let garbledPairs: [(String, String)] = ["ä", "ö", "ü", "Ä", "Ö", "Ü", "ß", "€", "–", "„", "“"].compactMap { letter in
        guard let garbled = try? singleByteText(Array(letter.utf8), as: .windows1252) else { return nil }
        return (garbled, letter)
    }

    // MARK: - UTF-8

    private static func utf8Text(_ bytes: [UInt8]) -> String {
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        return String(decoding: body, as: UTF8.self)
    }

    /// The offset of the first byte that breaks UTF-8, or `nil` when all is valid.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            let length: Int
            var lowest: UInt8 = 0x80, highest: UInt8 = 0xBF
            switch lead {
            case 0x00...0x7F: index += 1; continue
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lowest = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; highest = 0x9F
            case 0xF0: length = 4; lowest = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; highest = 0x8F
            default: return index
            }
            guard index + length <= bytes.count else { return index }
            for position in 1..<length {
                let byte = bytes[index + position]
                let (low, high) = position == 1 ? (lowest, highest) : (UInt8(0x80), UInt8(0xBF))
                if byte < low || byte > high { return index }
            }
            index += length
        }
        return nil
    }

    // MARK: - Single-byte encodings

    /// Windows-1252's characters for the bytes 0x80–0x9F; `nil` where it has none.
    private static let windows1252High: [Unicode.Scalar?] = [
        "\u{20AC}", nil, "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
        "\u{02C6}", "\u{2030}", "\u{0160}", "\u{2039}", "\u{0152}", nil, "\u{017D}", nil,
        nil, "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
        "\u{02DC}", "\u{2122}", "\u{0161}", "\u{203A}", "\u{0153}", nil, "\u{017E}", "\u{0178}",
    ]

    private static func singleByteText(_ bytes: [UInt8], as encoding: TextEncoding) throws(Failure) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for (offset, byte) in bytes.enumerated() {
            if byte < 0x80 || byte >= 0xA0 {
                scalars.append(Unicode.Scalar(byte))
                continue
            }
            switch encoding {
            case .windows1252:
                guard let scalar = windows1252High[Int(byte - 0x80)] else {
                    throw Failure(line: line(of: offset, in: bytes), message: ImportMessage.notWindows1252(["byte": hex(byte)]))
                }
                scalars.append(scalar)
            case .latin1, .utf8:
                // Latin-1 has only control characters here; Windows-1252 has € and quotes.
                throw Failure(
                    line: line(of: offset, in: bytes),
                    message: ImportMessage.latin1Control(["byte": hex(byte), "character": windows1252High[Int(byte - 0x80)].map { String($0) } ?? "?"]))
            }
        }
        return String(scalars)
    }

    // MARK: - Where

    /// The line a byte is on: LF, CR LF and a lone CR (old Mac files) end a line.
    private static func line(of offset: Int, in bytes: [UInt8]) -> Int {
        var line = 1
        for index in 0..<offset {
            if bytes[index] == 0x0A || (bytes[index] == 0x0D && (index + 1 == bytes.count || bytes[index + 1] != 0x0A)) {
                line += 1
            }
        }
        return line
    }

    private static func hex(_ byte: UInt8) -> String { "0x" + String(byte, radix: 16, uppercase: true) }

    /// The UTF-8 letter at `offset` and its mojibake, `ä → Ã¤`, to show what reading it byte by
    /// byte would do.
    private static func example(at offset: Int, in bytes: [UInt8]) -> String {
        var end = offset + 1
        while end < bytes.count, end < offset + 4, bytes[end] & 0xC0 == 0x80 { end += 1 }
        let letter = String(decoding: bytes[offset..<end], as: UTF8.self)
        let garbled = (try? singleByteText(Array(bytes[offset..<end]), as: .windows1252)) ?? "?"
        return "'\(letter)' → '\(garbled)'"
    }
}
