/// Fills a message template: `{name}` takes the argument `name`; `{n|Rolle|Rollen}` takes the
/// first word when the argument `n` is 1 and the second otherwise. A brace that does not open a
/// placeholder (`{ from: a }`) is kept as it is.
public enum MessageTemplate {
    /// One part of a template.
    public enum Part: Hashable, Sendable {
        case literal(String)
        case value(name: String)
        case plural(name: String, one: String, many: String)
    }

    /// The template filled in a language; a placeholder without an argument stays as written.
    public static func fill(_ template: String, with arguments: [String: any MessageArgument], in language: Language) -> String {
        guard template.contains("{") else { return template }
        var result = ""
        for part in parts(of: template) {
            switch part {
            case .literal(let text):
                result += text
            case .value(let name):
                result += arguments[name]?.messageText(in: language) ?? "{\(name)}"
            case .plural(let name, let one, let many):
                guard let count = arguments[name]?.pluralCount else {
                    result += "{\(name)|\(one)|\(many)}"
                    continue
                }
                result += count == 1 ? one : many
            }
        }
        return result
    }

    /// The names of a template's placeholders, each once (`["key", "n"]`).
    public static func placeholders(of template: String) -> Set<String> {
        var names: Set<String> = []
        for part in parts(of: template) {
            switch part {
            case .literal: continue
            case .value(let name), .plural(let name, _, _): names.insert(name)
            }
        }
        return names
    }

    /// The template split into literal text and placeholders.
    public static func parts(of template: String) -> [Part] {
        var parts: [Part] = []
        var literal = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            literal += rest[..<open]
            let afterOpen = rest.index(after: open)
            if let close = rest[afterOpen...].firstIndex(of: "}"),
                let placeholder = placeholder(String(rest[afterOpen..<close]))
            {
                if !literal.isEmpty { parts.append(.literal(literal)) }
                literal = ""
                parts.append(placeholder)
                rest = rest[rest.index(after: close)...]
            } else {
                literal += "{"
                rest = rest[afterOpen...]
            }
        }
        literal += rest
        if !literal.isEmpty { parts.append(.literal(literal)) }
        return parts
    }

    /// `name` or `name|one|many`; `nil` when the braces hold something else.
    private static func placeholder(_ inside: String) -> Part? {
        let pieces = inside.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        guard let name = pieces.first, isName(name) else { return nil }
        switch pieces.count {
        case 1: return .value(name: name)
        case 3: return .plural(name: name, one: pieces[1], many: pieces[2])
        default: return nil
        }
    }

    private static func isName(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first.properties.isAlphabetic, first.isASCII else { return false }
        return text.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-") }
    }
}
