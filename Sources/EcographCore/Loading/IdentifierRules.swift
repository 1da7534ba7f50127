/// What an id may look like: letters (any script, umlauts too), digits, `-`, `_` and `.`,
/// starting with a letter or digit. Ids appear in references, file names and URLs, so no spaces.
enum IdentifierRules {
    static func problem(with id: String) -> String? {
        if isPlainASCII(id) { return nil }
        guard let first = id.unicodeScalars.first else { return "an id cannot be empty" }
        guard isLetterOrDigit(first) else { return "an id must start with a letter or digit" }
        if let bad = id.unicodeScalars.first(where: { !isLetterOrDigit($0) && !"-_.".unicodeScalars.contains($0) }) {
            return bad == " " ? "an id cannot contain spaces" : "an id cannot contain '\(bad)'"
        }
        return nil
    }

    static func advice(for id: String) -> String {
        var suggestion = ""
        for scalar in id.lowercased().unicodeScalars {
            if isLetterOrDigit(scalar) || "_.".unicodeScalars.contains(scalar) {
                suggestion.unicodeScalars.append(scalar)
            } else if !suggestion.isEmpty, !suggestion.hasSuffix("-") {
                suggestion += "-"
            }
        }
        while suggestion.hasSuffix("-") { suggestion.removeLast() }
        let hint = "use letters, digits, '-', '_' and '.'; put the display text in 'name:'"
        return suggestion.isEmpty ? hint : "\(hint), e.g. '\(suggestion)'"
    }

    /// The common case, decided without Unicode property look-ups: an ASCII letter or digit
    /// followed by ASCII letters, digits, `-`, `_` and `.`.
    private static func isPlainASCII(_ id: String) -> Bool {
        var first = true
        for byte in id.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                break
            case UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."):
                if first { return false }
            default:
                return false
            }
            first = false
        }
        return !first
    }

    private static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
}
