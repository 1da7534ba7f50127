import EcographMessages
package import EcographSyntax

/// Turns a YAML syntax error into diagnostics a coordinator can act on.
package enum YAMLProblem {
    /// The diagnostics of a syntax error in a file's text, at the places the error names.
    package static func diagnostics(for error: YAMLSyntaxError, file: String, text: String) -> [Diagnostic] {
        func at(_ line: Int, _ column: Int) -> SourceLocation { SourceLocation(file: file, line: line, column: column) }
        let advice = ModelMessage.malformedYAMLAdvice.text
        switch error {
        case .scanner(let context, let problem, let line, let column),
            .parser(let context, let problem, let line, let column),
            .composer(let context, let problem, let line, let column):
            var message = ModelMessage.malformedYAML(["problem": problem])
            if let context, context.line != line {
                message = message + ModelMessage.malformedYAMLContextLine(["context": context.text, "line": String(context.line)])
            } else if let context {
                message = message + ModelMessage.malformedYAMLContext(["context": context.text])
            }
            return [Diagnostic(.error, message, advice: advice, at: at(line, column))]
        case .duplicateKeys(let duplicates, let line, let column):
            return duplicates.map { key in
                let places = lines(definingKey: key, in: text, file: file)
                let first = places.count > 1 ? ModelMessage.duplicateKeyFirst(["line": String(places[0].line)]) : LocalizedText("")
                return Diagnostic(
                    .error, ModelMessage.duplicateKey(["key": key, "first": first]),
                    advice: ModelMessage.duplicateKeyAdvice.text,
                    at: places.dropFirst().first ?? places.first ?? at(line, column))
            }
        case .reader(let problem, let byteOffset):
            let location = characterOffset(ofByte: byteOffset, in: text).map { lineAndColumn(ofCharacter: $0, in: text, file: file) }
                ?? SourceLocation(file: file, line: 1, column: 1)
            return [Diagnostic(.error, ModelMessage.readerProblem(["problem": problem]), advice: ModelMessage.readerProblemAdvice.text, at: location)]
        case .tooDeep(let limit, let line, let column):
            return [Diagnostic(
                .error, ModelMessage.tooDeep(["limit": limit]),
                advice: ModelMessage.tooDeepAdvice(["ceiling": String(SyntaxLimits.maxDepthCeiling)]), at: at(line, column))]
        case .aliasBudget(let limit, let line, let column):
            return [Diagnostic(
                .error, ModelMessage.aliasBudget(["limit": limit]),
                advice: ModelMessage.aliasBudgetAdvice.text, at: at(line, column))]
        case .memory:
            return [Diagnostic(.error, ModelMessage.outOfMemory.text, at: at(1, 1))]
        }
    }

    /// The offset in characters of a byte offset (libyaml gives reader errors by byte).
    private static func characterOffset(ofByte offset: Int, in text: String) -> Int? {
        text.utf8.index(text.utf8.startIndex, offsetBy: offset, limitedBy: text.utf8.endIndex)?
            .samePosition(in: text)
            .map { text.distance(from: text.startIndex, to: $0) }
    }

    /// Finds the lines that start (after indentation) with `key:` or `"key":` — where a
    /// duplicated key is written — since the syntax stage reports only the first place of the first one.
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
                error(diagnostic.text, advice: diagnostic.adviceText, at: location)
            } else {
                error(diagnostic.text, advice: diagnostic.adviceText, path: diagnostic.path ?? "")
            }
        }
    }
}
