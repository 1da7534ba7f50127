import EcographMessages
import Foundation

/// A table read from a CSV file as spreadsheets export it: `;` or `,` between fields (guessed
/// from the header), UTF-8 with or without byte order mark, fields in double quotes with `""`
/// for a quote and line breaks inside, CRLF or LF line ends.
public struct CSVTable: Sendable {
    /// One data row, with the line of the file it starts on.
    public struct Row: Sendable {
        public let line: Int
        public let fields: [String]
    }

    public let header: [String]
    public let rows: [Row]
    public let separator: Character

    /// Why a file is no table.
    public struct ReadError: Error, Sendable, CustomStringConvertible {
        public let line: Int
        public let message: LocalizedText
        public var description: String { "line \(line): \(message.en)" }
    }

    public init(text: String) throws(ReadError) {
        var body = Substring(text)
        if body.hasPrefix("\u{FEFF}") { body = body.dropFirst() }
        let firstLine = body.prefix { $0 != "\n" && $0 != "\r\n" }
        separator = Self.guessSeparator(String(firstLine))
        var records: [Row] = []
        var fields: [String] = []
        var field = ""
        var quoted = false
        var line = 1
        var recordLine = 1
        var afterQuote = false
        for character in body {
            if quoted {
                if character == "\"" {
                    quoted = false
                    afterQuote = true
                } else {
                    if character == "\n" || character == "\r\n" { line += 1 }
                    field.append(character)
                }
                continue
            }
            switch character {
            case "\"":
                if afterQuote {
                    field.append("\"")  // "" inside quotes
                    quoted = true
                    afterQuote = false
                } else if field.isEmpty {
                    quoted = true
                } else {
                    field.append(character)
                }
            case separator:
                fields.append(field)
                field = ""
                afterQuote = false
            case "\n", "\r\n":
                fields.append(field)
                field = ""
                afterQuote = false
                if !(fields.count == 1 && fields[0].isEmpty) { records.append(Row(line: recordLine, fields: fields)) }
                fields = []
                line += 1
                recordLine = line
            case "\r":
                break
            default:
                afterQuote = false
                field.append(character)
            }
        }
        if quoted { throw ReadError(line: recordLine, message: ImportMessage.unclosedQuote.text) }
        if !field.isEmpty || !fields.isEmpty {
            fields.append(field)
            records.append(Row(line: recordLine, fields: fields))
        }
        guard let first = records.first else { throw ReadError(line: 1, message: ImportMessage.emptyFile.text) }
        header = first.fields.map { $0.trimmingCharacters(in: .whitespaces) }
        rows = Array(records.dropFirst())
    }

    /// `;` when the header has more semicolons than commas outside quotes, else `,`.
    private static func guessSeparator(_ header: String) -> Character {
        var semicolons = 0, commas = 0, quoted = false
        for character in header {
            if character == "\"" { quoted.toggle() }
            if !quoted && character == ";" { semicolons += 1 }
            if !quoted && character == "," { commas += 1 }
        }
        return semicolons >= commas && semicolons > 0 ? ";" : (commas > 0 ? "," : ";")
    }
}
