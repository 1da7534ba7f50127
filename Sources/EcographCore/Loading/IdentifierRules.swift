import EcographMessages

/// What an id may look like: letters (any script, umlauts too), digits, `-`, `_` and `.`,
/// starting with a letter or digit. Ids appear in references, file names and URLs, so no spaces.
enum IdentifierRules {
    static func problem(with id: String) -> LocalizedText? {
        if isCommonForm(id) { return nil }
        guard let first = id.unicodeScalars.first else { return ModelMessage.idEmpty.text }
        guard isLetterOrDigit(first) else { return ModelMessage.idStart.text }
        if let bad = id.unicodeScalars.first(where: { !isAllowedAfterStart($0) }) {
            return bad == " " ? ModelMessage.idSpaces.text : ModelMessage.idCharacter(["character": String(bad)])
        }
        return nil
    }

    /// Whether a character may follow the first one: a letter, a digit, `-`, `_` or `.`.
    static func isAllowedAfterStart(_ scalar: Unicode.Scalar) -> Bool {
        isLetterOrDigit(scalar) || "-_.".unicodeScalars.contains(scalar)
    }

    static func advice(for id: String) -> LocalizedText {
        var suggestion = ""
        for scalar in id.lowercased().unicodeScalars {
            if isLetterOrDigit(scalar) || "_.".unicodeScalars.contains(scalar) {
                suggestion.unicodeScalars.append(scalar)
            } else if !suggestion.isEmpty, !suggestion.hasSuffix("-") {
                suggestion += "-"
            }
        }
        while suggestion.hasSuffix("-") { suggestion.removeLast() }
        return suggestion.isEmpty ? ModelMessage.idAdvice.text : ModelMessage.idAdviceExample(["suggestion": suggestion])
    }

    /// The common case, decided without Unicode property look-ups: a letter or digit
    /// followed by ASCII letters, digits, `-`, `_` and `.`.
    /// Latin-1's letters (À–ÿ without × and ÷), umlauts and ß among them, count as ASCII letters here.
    private static func isCommonForm(_ id: String) -> Bool {
        var first = true
        for scalar in id.unicodeScalars {
            switch scalar.value {
            case 0x61...0x7A, 0x41...0x5A, 0x30...0x39, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0xFF:
                break
            case 0x2D, 0x5F, 0x2E:
                if first { return false }
            default:
                return false
            }
            first = false
        }
        return !first
    }

    /// Whether a character may start an id: a letter or a digit of any script.
    static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
}
