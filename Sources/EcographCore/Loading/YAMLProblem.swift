/// Turns a YAML syntax error into diagnostics a coordinator can act on.
enum YAMLProblem {
    static func diagnostics(for error: YAMLSyntaxError, file: String, text: String) -> [Diagnostic] {
        func at(_ line: Int, _ column: Int) -> SourceLocation { SourceLocation(file: file, line: line, column: column) }
        let advice = "check the indentation (spaces, no tabs) and that text with ':' or '#' is quoted"
        switch error {
        case .scanner(let context, let problem, let line, let column),
            .parser(let context, let problem, let line, let column),
            .composer(let context, let problem, let line, let column):
            var message = "malformed YAML: \(problem)"
            if let context, context.line != line {
                message += " (\(context.text) at line \(context.line))"
            } else if let context {
                message += " (\(context.text))"
            }
            return [Diagnostic(.error, message, advice: advice, at: at(line, column))]
        case .duplicateKeys(let duplicates, let line, let column):
            return duplicates.map { key in
                let places = lines(definingKey: key, in: text, file: file)
                let first = places.count > 1 ? " (first at line \(places[0].line))" : ""
                return Diagnostic(
                    .error, "duplicate key '\(key)' in one mapping\(first)",
                    advice: "ids and keys must be unique; rename or remove one of them",
                    at: places.dropFirst().first ?? places.first ?? at(line, column))
            }
        case .reader(let problem, let byteOffset):
            let location = characterOffset(ofByte: byteOffset, in: text).map { lineAndColumn(ofCharacter: $0, in: text, file: file) }
                ?? SourceLocation(file: file, line: 1, column: 1)
            return [Diagnostic(.error, "cannot read the file: \(problem)", advice: "save it as UTF-8 text", at: location)]
        case .tooDeep(let limit, let line, let column):
            return [Diagnostic(
                .error, LoadLimitTexts.tooDeep(limit),
                advice: LoadLimitTexts.tooDeepAdvice, at: at(line, column))]
        case .aliasBudget(let limit, let line, let column):
            return [Diagnostic(
                .error, LoadLimitTexts.aliasBudget(limit),
                advice: LoadLimitTexts.aliasBudgetAdvice, at: at(line, column))]
        case .memory:
            return [Diagnostic(.error, "cannot parse the file: out of memory", at: at(1, 1))]
        }
    }

    /// The offset in characters of a byte offset, as Yams computed it for reader errors.
    private static func characterOffset(ofByte offset: Int, in text: String) -> Int? {
        text.utf8.index(text.utf8.startIndex, offsetBy: offset, limitedBy: text.utf8.endIndex)?
            .samePosition(in: text)
            .map { text.distance(from: text.startIndex, to: $0) }
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
