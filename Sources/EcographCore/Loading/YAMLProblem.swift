import Yams

/// Turns a parser error of Yams into diagnostics a coordinator can act on.
enum YAMLProblem {
    static func diagnostics(for error: YamlError, file: String, text: String) -> [Diagnostic] {
        func at(_ mark: Mark) -> SourceLocation { SourceLocation(file: file, line: mark.line, column: mark.column) }
        let advice = "check the indentation (spaces, no tabs) and that text with ':' or '#' is quoted"
        switch error {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            var message = "malformed YAML: \(problem)"
            if let context, context.mark.line != mark.line {
                message += " (\(context.text) at line \(context.mark.line))"
            } else if let context {
                message += " (\(context.text))"
            }
            return [Diagnostic(.error, message, advice: advice, at: at(mark))]
        case .duplicatedKeysInMapping(let duplicates, let context):
            return duplicates.map { key in
                let places = lines(definingKey: key, in: text, file: file)
                let first = places.count > 1 ? " (first at line \(places[0].line))" : ""
                return Diagnostic(
                    .error, "duplicate key '\(key)' in one mapping\(first)",
                    advice: "ids and keys must be unique; rename or remove one of them",
                    at: places.dropFirst().first ?? places.first ?? at(context.mark))
            }
        case .reader(let problem, let offset, _, _):
            let location = offset.map { lineAndColumn(ofCharacter: $0, in: text, file: file) }
                ?? SourceLocation(file: file, line: 1, column: 1)
            return [Diagnostic(.error, "cannot read the file: \(problem)", advice: "save it as UTF-8 text", at: location)]
        default:
            return [Diagnostic(.error, "cannot parse the file: \(error)", at: SourceLocation(file: file, line: 1, column: 1))]
        }
    }

    /// Finds the lines that start (after indentation) with `key:` or `"key":` — where a
    /// duplicated key is written — since Yams reports only the first of the duplicates.
    private static func lines(definingKey key: String, in text: String, file: String) -> [SourceLocation] {
        var marks: [SourceLocation] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let indentation = line.prefix { $0 == " " || $0 == "\t" || $0 == "-" }
            let rest = line.dropFirst(indentation.count)
            for form in [key + ":", "\"\(key)\":", "'\(key)':", "\"\(key)\" :"] where rest.hasPrefix(form) {
                marks.append(SourceLocation(file: file, line: index + 1, column: indentation.unicodeScalars.count + 1))
                break
            }
        }
        return marks
    }

    private static func lineAndColumn(ofCharacter offset: Int, in text: String, file: String) -> SourceLocation {
        var line = 1
        var column = 1
        for character in text.prefix(offset) {
            if character == "\n" { line += 1; column = 1 } else { column += character.unicodeScalars.count }
        }
        return SourceLocation(file: file, line: line, column: column)
    }
}

extension DiagnosticLog {
    mutating func error(contentsOf diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics {
            if let location = diagnostic.location {
                error(diagnostic.message, advice: diagnostic.advice, at: location)
            } else {
                error(diagnostic.message, advice: diagnostic.advice, path: diagnostic.path ?? "")
            }
        }
    }
}
