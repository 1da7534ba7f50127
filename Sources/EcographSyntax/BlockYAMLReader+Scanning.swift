/// The character level of ``BlockYAMLReader``: lines, comments, scalars and columns.
extension BlockYAMLReader {
    /// A scalar read but not yet added to the document (a sequence item may turn out to be a key).
    struct Scalar {
        let text: String
        let isPlain: Bool
        let line: Int32
        let column: Int32
        /// The columns it spans as written (quotes included).
        let width: Int32
    }

    /// The position's column, in characters from 1, as libyaml counts it.
    var column: Int32 { Int32(truncatingIfNeeded: position - lineStart - lineContinuations + 1) }

    /// Whether the line has nothing more but (after spaces already skipped) a comment.
    var atLineEnd: Bool {
        position == bytes.count || bytes[position] == 0x0A || bytes[position] == UInt8(ascii: "#")
    }

    /// Whether a block sequence item starts here: `-` and a space or the line's end.
    var startsSequenceItem: Bool {
        guard position < bytes.count, bytes[position] == UInt8(ascii: "-") else { return false }
        return position + 1 == bytes.count || bytes[position + 1] == UInt8(ascii: " ") || bytes[position + 1] == 0x0A
    }

    mutating func advance() { position += 1 }

    mutating func skipSpaces() {
        while position < bytes.count, bytes[position] == UInt8(ascii: " ") { position += 1 }
    }

    // MARK: - Lines

    /// Moves to the first character of the next line with content, past blank and comment lines,
    /// from the start of a line; returns its indentation (-1 at the end of the text). Document
    /// markers (`---`, `...`) are left to libyaml.
    mutating func nextContentLine() throws(Unsure) -> Int {
        while true {
            skipSpaces()
            if position == bytes.count {
                indentation = -1
                return -1
            }
            switch bytes[position] {
            case 0x0A:
                startNextLine()
            case UInt8(ascii: "#"):
                skipComment()
            default:
                let indent = position - lineStart
                if indent == 0, position + 2 < bytes.count,
                    (bytes[position] == UInt8(ascii: "-") || bytes[position] == UInt8(ascii: ".")),
                    bytes[position + 1] == bytes[position], bytes[position + 2] == bytes[position] {
                    throw Unsure()
                }
                indentation = indent
                return indent
            }
        }
    }

    /// Ends the line after a value: spaces, then its end or a comment after a space.
    mutating func endLine() throws(Unsure) {
        skipSpaces()
        if position == bytes.count { return }
        if bytes[position] == 0x0A {
            startNextLine()
        } else if bytes[position] == UInt8(ascii: "#"), bytes[position - 1] == UInt8(ascii: " ") {
            skipComment()
        } else {
            throw Unsure()
        }
    }

    /// Skips to the start of the next line (or the end of the text).
    private mutating func skipComment() {
        while position < bytes.count, bytes[position] != 0x0A { position += 1 }
        if position < bytes.count { startNextLine() }
    }

    /// Steps over a line feed.
    private mutating func startNextLine() {
        position += 1
        line += 1
        lineStart = position
        lineContinuations = 0
    }

    /// Steps over one character (of 1 to 4 bytes) that is not a line feed.
    private mutating func stepOverCharacter() {
        let byte = bytes[position]
        if byte < 0x80 {
            position += 1
            return
        }
        let width = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
        position += width
        lineContinuations += width - 1
    }

    // MARK: - Scalars

    /// A plain or quoted scalar on one line. In a flow collection (`inFlow`) a plain scalar ends
    /// at `,`, `[`, `]`, `{` and `}`; a colon inside it there is left to libyaml.
    mutating func scalar(inFlow: Bool) throws(Unsure) -> Scalar {
        guard position < bytes.count else { throw Unsure() }
        let (startLine, startColumn) = (line, column)
        let text: String
        let isPlain: Bool
        switch bytes[position] {
        case UInt8(ascii: "\""):
            text = try doubleQuoted()
            isPlain = false
        case UInt8(ascii: "'"):
            text = try singleQuoted()
            isPlain = false
        case let first where Self.canStartPlainScalar(first):
            text = try plain(inFlow: inFlow)
            isPlain = true
        default:
            throw Unsure()
        }
        return Scalar(text: text, isPlain: isPlain, line: startLine, column: startColumn, width: column - startColumn)
    }

    /// Letters, digits, any non-ASCII character and a few harmless signs; not YAML's indicators
    /// (`-?:,[]{}#&*!|>'"%@` and the backtick), which have meanings of their own there.
    private static func canStartPlainScalar(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), 0x80...0xFF:
            return true
        case UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "/"), UInt8(ascii: "~"), UInt8(ascii: "+"),
            UInt8(ascii: "$"), UInt8(ascii: "("), UInt8(ascii: "="), UInt8(ascii: ";"):
            return true
        default:
            return false
        }
    }

    /// A plain scalar up to `: `, ` #` or the line's end (and flow indicators in a flow
    /// collection), without trailing spaces; the position stays after its last character.
    private mutating func plain(inFlow: Bool) throws(Unsure) -> String {
        let start = position
        var end = position
        let stops = inFlow ? Self.flowStops : Self.blockStops
        while position < bytes.count {
            // Most characters need no look: step over them in a tight loop.
            if stops.lets(bytes[position]) {
                position += 1
                while position < bytes.count, stops.lets(bytes[position]) { position += 1 }
                end = position
                continue
            }
            let byte = bytes[position]
            switch byte {
            case 0x0A:
                break
            case UInt8(ascii: " "):
                position += 1
                continue
            case UInt8(ascii: "#") where bytes[position - 1] == UInt8(ascii: " "):
                break
            case UInt8(ascii: ":"):
                if position + 1 == bytes.count || bytes[position + 1] == UInt8(ascii: " ") || bytes[position + 1] == 0x0A {
                    break
                }
                if inFlow { throw Unsure() }
                position += 1
                end = position
                continue
            case UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"):
                if inFlow { break }
                position += 1
                end = position
                continue
            default:
                stepOverCharacter()
                end = position
                continue
            }
            break
        }
        position = end
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    /// The ASCII characters a plain scalar must look at — line feed, space, `#`, `:` and, in
    /// flow collections, `,[]{}` — as bits; non-ASCII characters are always looked at.
    struct StopSet {
        let low: UInt64
        let high: UInt64

        /// Whether a byte is an ASCII character outside the set.
        @inline(__always)
        func lets(_ byte: UInt8) -> Bool {
            if byte < 64 { return low >> UInt64(byte) & 1 == 0 }
            if byte < 128 { return high >> UInt64(byte - 64) & 1 == 0 }
            return false
        }
    }

    static var blockStops: StopSet { StopSet(low: 1 << 0x0A | 1 << 0x20 | 1 << 0x23 | 1 << 0x3A, high: 0) }

    static var flowStops: StopSet {
        StopSet(
            low: 1 << 0x0A | 1 << 0x20 | 1 << 0x23 | 1 << 0x3A | 1 << 0x2C,
            high: 1 << (0x5B - 64) | 1 << (0x5D - 64) | 1 << (0x7B - 64) | 1 << (0x7D - 64))
    }

    /// `'text'` on one line; `''` stands for a quote.
    private mutating func singleQuoted() throws(Unsure) -> String {
        advance()
        var start = position
        var escaped: [UInt8]?
        while true {
            guard position < bytes.count, bytes[position] != 0x0A else { throw Unsure() }
            if bytes[position] == UInt8(ascii: "'") {
                guard position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "'") else { break }
                escaped = (escaped ?? []) + bytes[start...position]
                position += 2
                start = position
                continue
            }
            stepOverCharacter()
        }
        let rest = UnsafeBufferPointer(rebasing: bytes[start..<position])
        advance()
        guard var escaped else { return String(decoding: rest, as: UTF8.self) }
        escaped.append(contentsOf: rest)
        return String(decoding: escaped, as: UTF8.self)
    }

    /// `"text"` on one line, with the escapes `\"`, `\\`, `\b`, `\f`, `\n`, `\r`, `\t` and
    /// `\uXXXX` (outside the surrogates); any other escape is left to libyaml.
    private mutating func doubleQuoted() throws(Unsure) -> String {
        advance()
        var start = position
        var escaped: [UInt8]?
        while true {
            guard position < bytes.count, bytes[position] != 0x0A else { throw Unsure() }
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") { break }
            guard byte == UInt8(ascii: "\\") else {
                stepOverCharacter()
                continue
            }
            var text = escaped ?? []
            text.append(contentsOf: bytes[start..<position])
            guard position + 1 < bytes.count else { throw Unsure() }
            let letter = bytes[position + 1]
            position += 2
            switch letter {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): text.append(letter)
            case UInt8(ascii: "b"): text.append(0x08)
            case UInt8(ascii: "f"): text.append(0x0C)
            case UInt8(ascii: "n"): text.append(0x0A)
            case UInt8(ascii: "r"): text.append(0x0D)
            case UInt8(ascii: "t"): text.append(0x09)
            case UInt8(ascii: "u"):
                guard position + 4 <= bytes.count else { throw Unsure() }
                var value: UInt32 = 0
                for byte in bytes[position..<(position + 4)] {
                    guard let digit = Self.hexDigit(byte) else { throw Unsure() }
                    value = value * 16 + digit
                }
                position += 4
                guard let scalar = Unicode.Scalar(value) else { throw Unsure() }
                text.append(contentsOf: String(scalar).utf8)
            default:
                throw Unsure()
            }
            escaped = text
            start = position
        }
        let rest = UnsafeBufferPointer(rebasing: bytes[start..<position])
        advance()
        guard var escaped else { return String(decoding: rest, as: UTF8.self) }
        escaped.append(contentsOf: rest)
        return String(decoding: escaped, as: UTF8.self)
    }

    private static func hexDigit(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }

    // MARK: - Characters

    /// Whether the text holds only characters the reader handles as libyaml does: printable
    /// ASCII and line feeds, and non-ASCII characters other than C1 controls (NEL among them),
    /// line and paragraph separators, byte-order marks and the non-characters U+FFFE/U+FFFF.
    /// The text is valid UTF-8 (a Swift string's bytes).
    static func hasOnlyPlainCharacters(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        var index = 0
        let count = bytes.count
        while index < count {
            // Eight bytes at a time while all are printable ASCII (0x20–0x7E)…
            if index + 8 <= count {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                let high = word & 0x8080_8080_8080_8080
                let control = (word &- 0x2020_2020_2020_2020) & ~word & 0x8080_8080_8080_8080
                let delete = (word &+ 0x0101_0101_0101_0101) & 0x8080_8080_8080_8080  // exact when `high` is 0
                if high | control | delete == 0 {
                    index += 8
                    continue
                }
            }
            // …else those eight bytes one character at a time.
            let stop = min(index + 8, count)
            while index < stop {
                let byte = bytes[index]
                if byte < 0x80 {
                    guard (byte >= 0x20 && byte != 0x7F) || byte == 0x0A else { return false }
                    index += 1
                    continue
                }
                guard let width = LibyamlPlainCharacter.width(ofMultibyteAt: index, in: bytes) else { return false }
                index += width
            }
        }
        return true
    }
}
