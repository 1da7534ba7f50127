import EcographCore

/// Escaping for the DOT language: every user text becomes a quoted string in which Graphviz
/// sees no escape sequences, so `Verein <Zukunft> & Co` or `C:\Daten` render as written.
enum DotText {
    /// A quoted DOT string; backslashes and quotes escaped, line breaks kept as `\n`.
    static func quoted(_ text: String) -> String {
        let text = ControlCharacters.stripped(text)
        // Byte by byte: the four characters that need care are ASCII, and comparing Characters
        // (grapheme clusters) costs a string comparison each. "\r\n" and "\n" both become `\n`.
        guard text.utf8.contains(where: { $0 == 0x5C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else {
            return "\"" + text + "\""
        }
        var bytes: [UInt8] = [0x22]
        bytes.reserveCapacity(text.utf8.count + 8)
        for byte in text.utf8 {
            switch byte {
            case 0x5C: bytes += [0x5C, 0x5C]
            case 0x22: bytes += [0x5C, 0x22]
            case 0x0A: bytes += [0x5C, 0x6E]
            case 0x0D: break
            default: bytes.append(byte)
            }
        }
        bytes.append(0x22)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A label of several lines, each escaped, joined by centred line breaks.
    static func lines(_ lines: [String]) -> String {
        "\"" + lines.map { String(quoted($0).dropFirst().dropLast()) }.joined(separator: "\\n") + "\""
    }

    /// A text broken at spaces into lines of at most `width` characters (a longer word keeps a
    /// line to itself), so that long names make nodes taller rather than wider.
    static func wrapped(_ text: String, width: Int) -> [String] {
        guard text.count > width else { return [text] }
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if line.isEmpty {
                line = String(word)
            } else if line.count + 1 + word.count <= width {
                line += " " + word
            } else {
                lines.append(line)
                line = String(word)
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }

    /// `key=value` pairs in a stable order, values quoted.
    static func attributes(_ pairs: [(String, String)]) -> String {
        "[" + pairs.map { "\($0.0)=\(quoted($0.1))" }.joined(separator: ", ") + "]"
    }
}

extension DotText {
    /// Text for an HTML-like label: `&`, `<`, `>` and quotes as entities.
    static func html(_ text: String) -> String { text.htmlEscaped }
}
