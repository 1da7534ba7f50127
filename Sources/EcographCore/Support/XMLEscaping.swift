extension String {
    /// The text for XML 1.0 content and attribute values: `&`, `<`, `>`, both quotes, and tabs and
    /// line breaks as character references (so attribute values keep them); characters XML 1.0
    /// cannot carry at all (the other C0 control characters, U+FFFE, U+FFFF)
    /// become U+FFFD. Used by the JUnit report and the GraphML export.
    public var xmlEscaped: String {
        var result = ""
        result.reserveCapacity(utf8.count)
        for scalar in unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\t": result += "&#9;"
            case "\n": result += "&#10;"
            case "\r": result += "&#13;"
            default:
                let value = scalar.value
                if value < 0x20 || value == 0xFFFE || value == 0xFFFF {
                    result.unicodeScalars.append("\u{FFFD}")
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }
}
