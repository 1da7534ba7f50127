extension String {
    /// The text for HTML (and XML) content and attribute values: `&`, `<`, `>` and both quotes
    /// as entities; control characters, which XML does not allow, left out. Used by every
    /// output people open in a browser: map legends, reports.
    public var htmlEscaped: String {
        var result = ""
        result.reserveCapacity(utf8.count)
        for character in ControlCharacters.stripped(self) {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}
