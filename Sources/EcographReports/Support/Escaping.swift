import EcographCore

/// Escaping for the formats people open: HTML, CSV and Markdown tables. Every piece of user text
/// goes through one of these before it reaches an output.
enum Escape {
    /// Text for HTML element content and attribute values.
    static func html(_ text: String) -> String { text.htmlEscaped }

    /// One CSV field (RFC 4180): quoted when it holds the separator, a quote or a line break.
    /// Fields starting with `=`, `+`, `-` or `@` — also after a leading tab or carriage return,
    /// which spreadsheets skip — get a leading apostrophe, so that spreadsheets do not run them
    /// as formulas. Control characters are left out.
    static func csv(_ text: String, separator: Character = ";") -> String {
        var value = ControlCharacters.stripped(text)
        let start = value.unicodeScalars.drop { $0 == "\t" || $0 == "\r" || $0 == "\n" }.first
        let startsLeaky = value.unicodeScalars.first.map { $0 == "\t" || $0 == "\r" } ?? false
        if let start, "=+-@".unicodeScalars.contains(start), startsLeaky || Double(value) == nil { value = "'" + value }
        guard value.contains(where: { $0 == separator || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Text for a Markdown table cell: pipes and line breaks would break the table, and `<`
    /// would start HTML in most renderers.
    static func markdown(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "|": result += "\\|"
            case "\n", "\r\n", "\r": result += " "
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "&": result += "&amp;"
            case "\\", "*", "_", "`", "[", "]": result += "\\" + String(character)
            default: result.append(character)
            }
        }
        return result
    }
}
