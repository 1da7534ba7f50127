import EcographCore

/// Escaping for the DOT language: every user text becomes a quoted string in which Graphviz
/// sees no escape sequences, so `Verein <Zukunft> & Co` or `C:\Daten` render as written.
enum DotText {
    /// A quoted DOT string; backslashes and quotes escaped, line breaks kept as `\n`.
    static func quoted(_ text: String) -> String {
        var result = "\""
        result.reserveCapacity(text.utf8.count + 2)
        for character in text {
            switch character {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n", "\r\n": result += "\\n"
            case "\r": break
            default: result.append(character)
            }
        }
        return result + "\""
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
