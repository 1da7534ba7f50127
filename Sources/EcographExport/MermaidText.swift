/// Ids and labels for Mermaid flowcharts that no model text can break or inject into.
enum MermaidText {
    /// An id Mermaid reads as one plain identifier: ASCII letters, digits and `_` only, behind a
    /// prefix (so no id is a keyword like `end`, and none starts with the `o` or `x` of Mermaid's
    /// circle and cross edges). Umlauts are written out (`ä` → `ae`), everything else becomes `_`.
    static func identifier(_ id: String, prefix: String) -> String {
        var result = prefix
        for scalar in id.unicodeScalars {
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9": result.unicodeScalars.append(scalar)
            case "ä": result += "ae"
            case "ö": result += "oe"
            case "ü": result += "ue"
            case "Ä": result += "Ae"
            case "Ö": result += "Oe"
            case "Ü": result += "Ue"
            case "ß": result += "ss"
            default: result += "_"
            }
        }
        return result
    }

    /// A label inside `"…"`: quotes, `#` (which starts Mermaid's entity codes), `;`, brackets,
    /// `<`, `>`, `&`, the backtick (which starts Markdown strings) and `|` as Mermaid entity codes
    /// (`#quot;`, `#35;`, …), line breaks as spaces, control characters dropped. Umlauts stay.
    static func label(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "#quot;"
            case "#": result += "#35;"
            case ";": result += "#59;"
            case "<": result += "#lt;"
            case ">": result += "#gt;"
            case "&": result += "#amp;"
            case "[": result += "#91;"
            case "]": result += "#93;"
            case "(": result += "#40;"
            case ")": result += "#41;"
            case "{": result += "#123;"
            case "}": result += "#125;"
            case "|": result += "#124;"
            case "`": result += "#96;"
            case "\\": result += "#92;"
            case "\n", "\r", "\t": result += " "
            default:
                if scalar.value >= 0x20, scalar.value != 0x7F { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }
}
