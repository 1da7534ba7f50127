import EcographCore
import Foundation

/// Turns a spreadsheet of projects, actors or roles into model YAML: one entry per row, columns
/// matched to the model's keys by their names (German or English, as the model accepts them) or
/// by an explicit mapping. Every problem names its line.
public struct SpreadsheetImport: Sendable {
    /// A problem with the table, at a line of the file (1 is the header).
    public struct Problem: Sendable, CustomStringConvertible {
        public let line: Int
        public let message: String
        public var description: String { "line \(line): \(message)" }
    }

    public let kind: NodeKind
    /// Column name → model key; `-` skips the column.
    public let mapping: [String: String]

    /// The words that name the id column.
    static let idWords: Set<String> = ["id", "kennung", "schlüssel", "schluessel", "key"]

    public init(kind: NodeKind, mapping: [String: String] = [:]) {
        self.kind = kind
        self.mapping = mapping
    }

    /// The model YAML for the table, or every problem found in it.
    public func yaml(from table: CSVTable) -> Result<String, ImportFailure> {
        var problems: [Problem] = []
        // Which key each column fills.
        var columns: [(index: Int, key: Vocabulary.Key?)] = []
        var idColumn: Int?
        for (index, title) in table.header.enumerated() {
            let target = mapping[title] ?? mapping[Vocabulary.normalise(title)] ?? title
            if target == "-" { continue }
            if Self.idWords.contains(Vocabulary.normalise(target)) {
                idColumn = index
                continue
            }
            guard let key = Vocabulary.key(target, of: kind) else {
                let known = Vocabulary.keys(of: kind).flatMap { [$0.name] + $0.aliases }
                let advice = Suggestion.didYouMean(target, in: known).map { "\($0) Map it with --map \"\(title)=KEY\"" }
                    ?? "map it with --map \"\(title)=KEY\" (keys: \(Vocabulary.keys(of: kind).map(\.name).joined(separator: ", "))) or skip it with --map \"\(title)=-\""
                problems.append(Problem(line: 1, message: "column '\(title)' is no key of \(kind.pluralNoun); \(advice)"))
                continue
            }
            if case .waivers = key.meaning {
                problems.append(Problem(line: 1, message: "column '\(title)': waivers cannot be imported from a table; skip it with --map \"\(title)=-\""))
                continue
            }
            columns.append((index, key))
        }
        let keyNames = columns.compactMap { $0.key?.name }
        for name in Set(keyNames) where keyNames.filter({ $0 == name }).count > 1 {
            problems.append(Problem(line: 1, message: "two columns fill the key '\(name)'; keep one or skip the other with --map \"COLUMN=-\""))
        }
        if !keyNames.contains("name") && idColumn == nil {
            problems.append(Problem(line: 1, message: "no column gives a name or an id; name one 'name' (or 'Bezeichnung') or map one with --map \"COLUMN=name\""))
        }
        if !problems.isEmpty { return .failure(ImportFailure(problems: problems)) }

        var entries: [(id: String, fields: [(String, YAMLValue)])] = []
        var ids: [String: Int] = [:]
        for row in table.rows {
            if row.fields.count != table.header.count {
                problems.append(Problem(line: row.line, message: "\(row.fields.count) fields where the header has \(table.header.count); a separator inside a field needs quotes"))
                continue
            }
            var fields: [(String, YAMLValue)] = []
            var name: String?
            for (index, key) in columns {
                guard let key else { continue }
                let cell = row.fields[index].trimmingCharacters(in: .whitespacesAndNewlines)
                if cell.isEmpty { continue }
                switch key.meaning {
                case .text:
                    fields.append((key.name, .text(cell)))
                    if key.name == "name" { name = cell }
                case .texts:
                    fields.append((key.name, .list(Self.split(cell))))
                case .term(let term):
                    guard let word = term.canonical(cell) else {
                        let advice = Suggestion.didYouMean(cell, in: term.allWords) ?? "use one of \(term.words.joined(separator: ", "))"
                        problems.append(Problem(line: row.line, message: "unknown \(term.termName) '\(cell)' in column '\(table.header[index])'; \(advice)"))
                        continue
                    }
                    fields.append((key.name, .text(word)))
                case .reference:
                    let references = Self.split(cell)
                    for reference in references where !Identifier.isValid(reference) {
                        problems.append(Problem(line: row.line, message: "'\(reference)' in column '\(table.header[index])' is not an id (no spaces; letters, digits, '-', '_', '.'); write the ids of the other entries"))
                    }
                    fields.append((key.name, references.count == 1 ? .text(references[0]) : .list(references)))
                case .waivers:
                    continue
                }
            }
            var id = idColumn.map { row.fields[$0].trimmingCharacters(in: .whitespaces) } ?? ""
            if id.isEmpty {
                guard let name else {
                    problems.append(Problem(line: row.line, message: "the row has neither an id nor a name"))
                    continue
                }
                id = Self.slug(name)
            } else if !Identifier.isValid(id) {
                problems.append(Problem(line: row.line, message: "'\(id)' is not a valid id (no spaces; letters, digits, '-', '_', '.')"))
                continue
            }
            if let first = ids[id] {
                if idColumn != nil {
                    problems.append(Problem(line: row.line, message: "the id '\(id)' is already used on line \(first)"))
                    continue
                }
                var number = 2
                while ids["\(id)-\(number)"] != nil { number += 1 }
                id = "\(id)-\(number)"
            }
            ids[id] = row.line
            if name == nil { fields.insert(("name", .text(id)), at: 0) }
            entries.append((id, fields))
        }
        if !problems.isEmpty { return .failure(ImportFailure(problems: problems)) }
        return .success(Self.render(section: Vocabulary.sections.first { $0.kind == kind }!.name, entries: entries, rows: table.rows.count))
    }

    /// Cells with several values separate them by `,` (or `;` in a `,`-separated file).
    static func split(_ cell: String) -> [String] {
        cell.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "\n" })
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// An id from a name: lower case, umlauts spelled out, other characters as hyphens.
    static func slug(_ name: String) -> String {
        var result = ""
        for character in name.lowercased() {
            switch character {
            case "ä": result += "ae"
            case "ö": result += "oe"
            case "ü": result += "ue"
            case "ß": result += "ss"
            case _ where character.isLetter && character.isASCII, _ where character.isNumber && character.isASCII: result.append(character)
            default: if !result.hasSuffix("-") { result += "-" }
            }
        }
        let trimmed = result.trimmingCharacters(in: CharacterSet(charactersIn: "-"))
        return trimmed.isEmpty ? "eintrag" : trimmed
    }

    enum YAMLValue {
        case text(String)
        case list([String])
    }

    static func render(section: String, entries: [(id: String, fields: [(String, YAMLValue)])], rows: Int) -> String {
        var lines = ["# Imported by 'ecograph import csv' (\(entries.count) of \(rows) rows). Check it with 'ecograph validate'.", "\(section):"]
        for entry in entries {
            lines.append("  \(plainOrQuoted(entry.id)):")
            for (key, value) in entry.fields {
                switch value {
                case .text(let text): lines.append("    \(key): \(quoted(text))")
                case .list(let items): lines.append("    \(key): [\(items.map(quoted).joined(separator: ", "))]")
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// An id as a plain YAML key when YAML would read it back unchanged as text, else quoted.
    static func plainOrQuoted(_ id: String) -> String {
        let plain = id.range(of: "^[a-z][a-z0-9_-]*$", options: .regularExpression) != nil
        let special: Set<String> = ["y", "n", "yes", "no", "on", "off", "true", "false", "null"]
        return plain && !special.contains(id) ? id : quoted(id)
    }

    /// A YAML double-quoted scalar: every text survives exactly, whatever it holds.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: result += String(format: "\\x%02X", scalar.value)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
