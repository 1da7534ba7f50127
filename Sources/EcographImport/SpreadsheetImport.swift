import EcographCore
import EcographMessages
import Foundation

/// Turns a spreadsheet of projects, actors or roles into model YAML: one entry per row, columns
/// matched to the model's keys by their headings (``HeadingDictionary``: German or English, as
/// people write them) or by an explicit mapping; further columns kept as own `x-` attributes
/// when asked. Every problem names its row and, where it has one, its column.
///
/// ```swift
/// let table = try CSVTable(text: "Projektname;Federführung\nPark-App;werke\n").spreadsheetTable
/// let outcome = try SpreadsheetImport(kind: .project, language: .de).yaml(from: table).get()
/// print(outcome.yaml)   // projekte:\n  park-app:\n    bezeichnung: "Park-App"\n    federführend: "werke"
/// ```
public struct SpreadsheetImport: Sendable {
    /// A problem with the table, at a row (the heading row for problems with columns) and, where
    /// it has one, a column (0 is the first).
    public struct Problem: Sendable, CustomStringConvertible {
        public let row: Int
        public let column: Int?
        public let message: LocalizedText

        public init(row: Int, column: Int? = nil, message: LocalizedText) {
            self.row = row
            self.column = column
            self.message = message
        }

        public var description: String { "row \(row): \(message.en)" }
    }

    /// What an import produced: the YAML and what the user should know about it.
    public struct Outcome: Sendable {
        public let yaml: String
        /// The number of entries written.
        public let entries: Int
        /// Columns not imported and the like: worth saying, no reason to stop.
        public let notices: [Problem]
    }

    public let kind: NodeKind
    /// Column heading → model key, `x-…` for an own attribute, or `-` to skip the column.
    public let mapping: [String: String]
    /// Keep columns that fill no key as `x-` attributes named after their headings.
    public let keepUnmapped: Bool
    /// The language of the keys and words written.
    public let language: Language
    /// Where the table came from, for the comment on top of the YAML (`projekte.xlsx`).
    public let source: String

    public init(kind: NodeKind, mapping: [String: String] = [:], keepUnmapped: Bool = false, language: Language = .en, source: String = "a spreadsheet") {
        self.kind = kind
        self.mapping = mapping
        self.keepUnmapped = keepUnmapped
        self.language = language
        self.source = source
    }

    /// Why a cell or a `--map` cannot be taken.
    struct Refusal: Error {
        let message: LocalizedText
        init(_ message: LocalizedText) { self.message = message }
    }

    /// What a column fills.
    enum Target {
        case id
        case key(Vocabulary.Key)
        case attribute(String)

        var written: String? {
            switch self {
            case .id: return nil
            case .key(let key): return key.name
            case .attribute(let name): return name
            }
        }
    }

    /// The model YAML for the table, or every problem found in it.
    public func yaml(from table: SpreadsheetTable) -> Result<Outcome, ImportFailure> {
        var problems: [Problem] = []
        var notices: [Problem] = []
        let headerRow = table.headerRow
        if headerRow > 1 { notices.append(Problem(row: headerRow, message: ImportMessage.headingsInRow(["row": headerRow]))) }
        // Which target each column fills.
        var columns: [(index: Int, target: Target)] = []
        var mappedTitles: Set<String> = []
        for (index, title) in table.header.enumerated() {
            if title.isEmpty {
                for row in table.rows where index < row.cells.count && !row.cells[index].trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                    problems.append(Problem(row: row.number, column: index, message: ImportMessage.valueWithoutHeading(["value": row.cells[index]])))
                    break
                }
                continue
            }
            let mapped = mappingTarget(for: title)
            if let mapped { mappedTitles.insert(mapped.column) }
            if let target = mapped?.target {
                if target == "-" { continue }
                switch parse(target: target, column: title) {
                case .success(let parsed): columns.append((index, parsed))
                case .failure(let refusal): problems.append(Problem(row: headerRow, column: index, message: refusal.message))
                }
                continue
            }
            switch HeadingDictionary.meaning(of: title, for: kind) {
            case .id?:
                columns.append((index, .id))
            case .key(let key)?:
                if case .waivers = key.meaning {
                    problems.append(Problem(row: headerRow, column: index, message: ImportMessage.columnWaivers(["column": title])))
                } else {
                    columns.append((index, .key(key)))
                }
            case nil:
                let attribute = "x-" + Self.slug(title)
                if keepUnmapped {
                    columns.append((index, .attribute(attribute)))
                } else if let word = Suggestion.closest(to: title, in: HeadingDictionary.headings(for: kind)) {
                    notices.append(Problem(row: headerRow, column: index, message: ImportMessage.columnSkippedSuggestion(
                        ["column": title, "word": word, "attribute": attribute])))
                } else {
                    notices.append(Problem(row: headerRow, column: index, message: ImportMessage.columnSkipped(
                        ["column": title, "attribute": attribute, "keys": keyList])))
                }
            }
        }
        for column in mapping.keys where !mappedTitles.contains(column) {
            problems.append(Problem(row: headerRow, message: ImportMessage.mapUnknownColumn(
                ["column": column, "columns": table.header.filter { !$0.isEmpty }.map { "'\($0)'" }.joined(separator: ", ")])))
        }
        var byTarget: [String: [Int]] = [:]
        for (index, target) in columns { byTarget[target.written ?? "id", default: []].append(index) }
        for (name, indices) in byTarget.sorted(by: { $0.value[0] < $1.value[0] }) where indices.count > 1 {
            problems.append(Problem(row: headerRow, column: indices[1], message: ImportMessage.twoColumnsOneKey(
                ["key": ModelWords.key(name, in: language), "columns": indices.map { "'\(table.header[$0])'" }.joined(separator: ", ")])))
        }
        let idColumn = columns.first { if case .id = $0.target { true } else { false } }?.index
        if byTarget["name"] == nil && idColumn == nil {
            problems.append(Problem(row: headerRow, message: ImportMessage.noNameColumn.text))
        }
        if !problems.isEmpty { return .failure(ImportFailure(problems: problems, notices: notices)) }

        var entries: [(id: String, fields: [(String, YAMLValue)])] = []
        var ids: [String: Int] = [:]
        for row in table.rows {
            if table.strictWidth, row.cells.count != table.header.count {
                problems.append(Problem(row: row.number, message: ImportMessage.fieldCount(["count": row.cells.count, "expected": table.header.count])))
                continue
            }
            if let extra = row.cells.indices.first(where: { $0 >= table.header.count && !row.cells[$0].trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }) {
                problems.append(Problem(row: row.number, column: extra, message: ImportMessage.valueWithoutHeading(["value": row.cells[extra]])))
                continue
            }
            var fields: [(String, YAMLValue)] = []
            var name: String?
            var rowProblems: [Problem] = []
            for (index, target) in columns {
                let cell = index < row.cells.count ? row.cells[index].trimmingCharacters(in: .whitespacesAndNewlines) : ""
                if cell.isEmpty { continue }
                let title = table.header[index]
                if let garbled = TextDecoding.mojibake(in: cell) {
                    rowProblems.append(Problem(row: row.number, column: index, message: ImportMessage.mojibake(
                        ["found": garbled.found, "meant": garbled.meant, "column": title])))
                    continue
                }
                switch target {
                case .id:
                    continue
                case .attribute(let attribute):
                    fields.append((attribute, .text(cell)))
                case .key(let key):
                    switch value(of: cell, for: key, column: title) {
                    case .success(let value):
                        fields.append((ModelWords.key(key.name, in: language), value))
                        if key.name == "name" { name = cell }
                    case .failure(let refusal):
                        rowProblems.append(Problem(row: row.number, column: index, message: refusal.message))
                    }
                }
            }
            problems += rowProblems
            var id = idColumn.map { $0 < row.cells.count ? row.cells[$0].trimmingCharacters(in: .whitespaces) : "" } ?? ""
            if id.isEmpty {
                guard let name else {
                    if rowProblems.isEmpty { problems.append(Problem(row: row.number, message: ImportMessage.rowWithoutIdOrName.text)) }
                    continue
                }
                id = Self.slug(name)
            } else if !Identifier.isValid(id) {
                problems.append(Problem(row: row.number, column: idColumn, message: ImportMessage.invalidId(["id": id])))
                continue
            }
            if let first = ids[id] {
                if idColumn != nil {
                    problems.append(Problem(row: row.number, column: idColumn, message: ImportMessage.duplicateId(["id": id, "row": first])))
                    continue
                }
                var number = 2
                while ids["\(id)-\(number)"] != nil { number += 1 }
                id = "\(id)-\(number)"
            }
            ids[id] = row.number
            if !rowProblems.isEmpty { continue }
            if name == nil { fields.insert((ModelWords.key("name", in: language), .text(id)), at: 0) }
            entries.append((id, fields))
        }
        problems += table.readingProblems
        if !problems.isEmpty {
            let ordered = problems.enumerated().sorted { ($0.element.row, $0.element.column ?? -1, $0.offset) < ($1.element.row, $1.element.column ?? -1, $1.offset) }
            return .failure(ImportFailure(problems: ordered.map(\.element), notices: notices))
        }
        let header = ImportMessage.yamlHeader.text(in: language, [
            "source": source.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " "),
            "n": entries.count, "rows": table.rows.count,
        ])
        let yaml = Self.render(header: header, section: ModelWords.section(of: kind, in: language), entries: entries)
        return .success(Outcome(yaml: yaml, entries: entries.count, notices: notices))
    }

    /// The `--map` entry for a column: by its heading as written, else folded alike.
    private func mappingTarget(for title: String) -> (column: String, target: String)? {
        if let target = mapping[title] { return (title, target) }
        let folded = HeadingDictionary.fold(title)
        return mapping.first { HeadingDictionary.fold($0.key) == folded }.map { ($0.key, $0.value) }
    }

    /// What `--map COLUMN=TARGET` asks the column to fill.
    private func parse(target: String, column: String) -> Result<Target, Refusal> {
        if target.lowercased().hasPrefix("x-") {
            let rest = target.dropFirst(2)
            guard !rest.isEmpty, rest.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }) else {
                return .failure(Refusal(ImportMessage.mapBadAttribute(["column": column, "key": target])))
            }
            return .success(.attribute(target))
        }
        switch HeadingDictionary.meaning(of: target, for: kind) {
        case .id?: return .success(.id)
        case .key(let key)?:
            if case .waivers = key.meaning { return .failure(Refusal(ImportMessage.columnWaivers(["column": column]))) }
            return .success(.key(key))
        case nil:
            return .failure(Refusal(ImportMessage.mapUnknownKey(["column": column, "key": target, "kind": kind.localizedPluralNoun, "keys": keyList])))
        }
    }

    /// A cell's value for a key, or what is wrong with it.
    private func value(of cell: String, for key: Vocabulary.Key, column: String) -> Result<YAMLValue, Refusal> {
        switch key.meaning {
        case .text:
            if Self.dateKeys.contains(key.name), let date = Self.isoDate(fromGerman: cell) { return .success(.text(date)) }
            return .success(.text(cell))
        case .texts:
            return .success(.list(Self.split(cell)))
        case .term(let term):
            guard let word = term.canonical(cell) else {
                if let suggestion = Suggestion.closest(to: cell, in: term.allWords) {
                    return .failure(Refusal(ImportMessage.unknownTermSuggestion(
                        ["term": term.localizedName, "word": cell, "column": column, "suggestion": suggestion])))
                }
                return .failure(Refusal(ImportMessage.unknownTerm(["term": term.localizedName, "word": cell, "column": column, "allowed": term.allowedWords])))
            }
            return .success(.text(ModelWords.term(word, named: term.termName, in: language)))
        case .reference:
            let references = Self.split(cell)
            if let bad = references.first(where: { !Identifier.isValid($0) }) {
                let example = Self.slug(bad)
                return .failure(Refusal(example == "eintrag"
                    ? ImportMessage.notAnId(["value": bad, "column": column])
                    : ImportMessage.notAnIdExample(["value": bad, "column": column, "example": example])))
            }
            return .success(references.count == 1 ? .text(references[0]) : .list(references))
        case .waivers:
            return .failure(Refusal(ImportMessage.columnWaivers(["column": column])))
        }
    }

    /// Keys that hold a date, written ISO 8601 (`2026-03-01`) whatever the spreadsheet showed.
    static let dateKeys: Set<String> = ["start", "end", "date"]

    /// `01.03.2026` (as Excel shows and exports a date in Germany) → `2026-03-01`; `nil` for
    /// anything else.
    static func isoDate(fromGerman text: String) -> String? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[2].count == 4, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count),
            let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2]),
            (1...31).contains(day), (1...12).contains(month)
        else { return nil }
        return String(format: "%04d-%02d-%02d", year, month, day)
    }

    /// The keys of the kind, in the chosen language's words, for advice.
    private var keyList: LocalizedText {
        let names = Vocabulary.keys(of: kind).filter { if case .waivers = $0.meaning { false } else { true } }.map(\.name)
        return LocalizedText(
            en: names.joined(separator: ", "),
            de: names.map { ModelWords.key($0, in: .de) }.joined(separator: ", "))
    }

    /// Cells with several values separate them by `,` or `;` (or line breaks).
    static func split(_ cell: String) -> [String] {
        cell.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "\n" })
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// An id from a name: lower case, umlauts spelled out, other characters as hyphens.
    static func slug(_ name: String) -> String {
        var result = ""
        for character in name.lowercased() {
            if let spelled = Umlauts.spelledOut(character) {
                result += spelled
            } else if character.isASCII && (character.isLetter || character.isNumber) {
                result.append(character)
            } else if !result.hasSuffix("-") {
                result += "-"
            }
        }
        let trimmed = result.trimmingCharacters(in: CharacterSet(charactersIn: "-"))
        return trimmed.isEmpty ? "eintrag" : trimmed
    }

    enum YAMLValue {
        case text(String)
        case list([String])
    }

    static func render(header: String, section: String, entries: [(id: String, fields: [(String, YAMLValue)])]) -> String {
        var lines = [header, "\(section):"]
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
