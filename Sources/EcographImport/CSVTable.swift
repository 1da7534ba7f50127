import EcographMessages
import Foundation

/// A table read from a CSV file as spreadsheets export it: `;` or `,` between fields (guessed
/// from the header), UTF-8 with or without byte order mark, fields in double quotes with `""`
/// for a quote and line breaks inside, CRLF, LF or CR line ends. A quote that opens a field and
/// is not closed where the field ends is an error naming its line, not a silent merge of rows.
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
        var scalars = Substring(text).unicodeScalars
        if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
        let firstLine = scalars.prefix { $0 != "\n" && $0 != "\r" }
        separator = Self.guessSeparator(String(String.UnicodeScalarView(firstLine)))
        let separatorScalar = separator.unicodeScalars.first!
        var records: [Row] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var quoted = false
        var line = 1
        var recordLine = 1
        var afterQuote = false
        /// Where the open quoted field started, for the message when it runs past its line.
        var quoteLine = 1
        var quoteColumn = 1
        var column = 0
        var previousWasCR = false
        for scalar in scalars {
            column += 1
            let isLineBreak = scalar == "\n" || scalar == "\r"
            // CR LF is one line break; a lone CR (old Mac spreadsheets) is one too.
            if scalar == "\n", previousWasCR {
                previousWasCR = false
                if quoted { field.append(scalar) }
                continue
            }
            previousWasCR = scalar == "\r"
            if quoted {
                if scalar == "\"" {
                    quoted = false
                    afterQuote = true
                } else {
                    if isLineBreak {
                        line += 1
                        column = 0
                        field.append("\n")
                    } else {
                        field.append(scalar)
                    }
                }
                continue
            }
            if scalar == "\"" {
                if afterQuote {
                    field.append("\"")  // "" inside quotes
                    quoted = true
                    afterQuote = false
                } else if field.isEmpty {
                    quoted = true
                    quoteLine = line
                    quoteColumn = column
                } else {
                    field.append(scalar)
                }
            } else if scalar == separatorScalar {
                fields.append(String(field))
                field = String.UnicodeScalarView()
                afterQuote = false
            } else if isLineBreak {
                fields.append(String(field))
                field = String.UnicodeScalarView()
                afterQuote = false
                if !(fields.count == 1 && fields[0].isEmpty) { records.append(Row(line: recordLine, fields: fields)) }
                fields = []
                line += 1
                column = 0
                recordLine = line
            } else if afterQuote, quoteLine != line {
                // Text after a quote that closed a field on a later line: the quote that opened
                // it was not meant to (or its closing quote is missing), and the field swallowed
                // the line break and the rows after it.
                throw ReadError(
                    line: quoteLine,
                    message: ImportMessage.textAfterQuote(["line": quoteLine, "column": quoteColumn, "closed": line]))
            } else {
                field.append(scalar)
            }
        }
        if quoted {
            throw ReadError(line: quoteLine, message: ImportMessage.unclosedQuote(["line": quoteLine, "column": quoteColumn]))
        }
        if !field.isEmpty || !fields.isEmpty {
            fields.append(String(field))
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
