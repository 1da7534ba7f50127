/// What an id may look like: letters (any script, umlauts too), digits, `-`, `_` and `.`,
/// starting with a letter or digit. Ids appear in references, file names and URLs, so no spaces.
enum IdentifierRules {
    static func problem(with id: String) -> String? {
        guard let first = id.unicodeScalars.first else { return "an id cannot be empty" }
        guard isLetterOrDigit(first) else { return "an id must start with a letter or digit" }
        if let bad = id.unicodeScalars.first(where: { !isAllowedAfterStart($0) }) {
            return bad == " " ? "an id cannot contain spaces" : "an id cannot contain '\(bad)'"
        }
        return nil
    }

    /// Whether a character may follow the first one: a letter, a digit, `-`, `_` or `.`.
    static func isAllowedAfterStart(_ scalar: Unicode.Scalar) -> Bool {
        isLetterOrDigit(scalar) || "-_.".unicodeScalars.contains(scalar)
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

    /// Whether a character may start an id: a letter or a digit of any script.
    static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
}
