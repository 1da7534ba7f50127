/// Control characters (C0 but tab, line feed and carriage return; DEL; C1): they have no place in
/// a name or a message, break XML (an SVG with ESC is not well-formed) and can steer a terminal.
///
/// The loader refuses them in names and texts, with the place; every output strips them
/// (maps, HTML) or shows them as `\u{1B}` (terminal), whatever their source — a rule file, a
/// plugin's message, an argument.
public enum ControlCharacters {
    /// Whether `scalar` is a control character other than tab, line feed and carriage return.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return false
        case 0x00...0x1F, 0x7F...0x9F: return true
        default: return false
        }
    }

    /// The first control character in `text`, or `nil` (decided by bytes when there is none).
    public static func first(in text: String) -> Unicode.Scalar? {
        guard mayContain(text) else { return nil }
        return text.unicodeScalars.first(where: isControl)
    }

    /// `text` with control characters shown as `\u{1B}`, for a terminal.
    public static func escaped(_ text: String) -> String {
        guard mayContain(text) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isControl(scalar) {
                result.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// `text` without control characters, for XML, HTML and DOT.
    public static func stripped(_ text: String) -> String {
        guard mayContain(text) else { return text }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: text.unicodeScalars.filter { !isControl($0) })
        return String(result)
    }

    /// A scalar's name for messages: `U+001B`.
    public static func name(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// Whether the UTF-8 bytes hold a possible control character (C0 but tab, LF, CR; DEL; C1
    /// as `C2 80`…`C2 9F`).
    private static func mayContain(_ text: String) -> Bool {
        // Eight bytes at a time: none below 0x20 and none from 0x7F on means no control
        // character (the common text of a model is printable ASCII).
        if let answer = text.utf8.withContiguousStorageIfAvailable({ bytes -> Bool? in
            guard let base = bytes.baseAddress else { return false }
            let raw = UnsafeRawPointer(base)
            var index = 0
            while index + 8 <= bytes.count {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                let high = word & 0x8080_8080_8080_8080
                let low = (word &- 0x2020_2020_2020_2020) & ~word & 0x8080_8080_8080_8080
                let delete = (word &+ 0x0101_0101_0101_0101) & 0x8080_8080_8080_8080
                if high | low | delete != 0 { return nil }
                index += 8
            }
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x20 || byte >= 0x7F { return nil }
                index += 1
            }
            return false
        }), let answer {
            return answer
        }
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte < 0x20, byte != 0x09, byte != 0x0A, byte != 0x0D { return true }
            if byte == 0x7F { return true }
            if previous == 0xC2, byte >= 0x80, byte <= 0x9F { return true }
            previous = byte
        }
        return false
    }
}
