import Foundation

/// A table as a spreadsheet holds it, whatever file it came from: the headings of the columns
/// and the rows below them, each with its number in the file or sheet, so that every problem
/// can name the row.
public struct SpreadsheetTable: Sendable {
    /// One row below the headings.
    public struct Row: Sendable {
        /// The row's number: the line of a CSV file it starts on, the row of a sheet.
        public let number: Int
        /// The cells, left to right, as text.
        public let cells: [String]

        public init(number: Int, cells: [String]) {
            self.number = number
            self.cells = cells
        }
    }

    /// The headings, trimmed.
    public let header: [String]
    /// The number of the heading row.
    public let headerRow: Int
    public let rows: [Row]
    /// Whether every row must have as many cells as the headings (CSV: a missing or extra
    /// separator shifts the columns) or may end early (a sheet omits empty cells at the end).
    public let strictWidth: Bool
    /// Problems found while reading the cells (a cell showing `#NV`), reported with the
    /// import's own; any of them stops the import.
    public var readingProblems: [SpreadsheetImport.Problem] = []

    public init(header: [String], headerRow: Int = 1, rows: [Row], strictWidth: Bool) {
        self.header = header.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        self.headerRow = headerRow
        self.rows = rows
        self.strictWidth = strictWidth
    }
}

extension SpreadsheetTable {
    /// The table in rows as a sheet or file holds them, headings found as people place them: a
    /// title above the table ("Projektliste – Stand März 2026", one filled cell) and empty rows
    /// are skipped, so the headings are the first row with two or more filled cells (or, when
    /// there is none, the first filled row). Empty rows below are skipped too. `nil` when no
    /// row has anything in it.
    public init?(locatingHeadingsIn records: [Row], strictWidth: Bool) {
        func filled(_ row: Row) -> Int {
            row.cells.reduce(0) { $0 + ($1.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? 0 : 1) }
        }
        let nonEmpty = records.filter { filled($0) > 0 }
        guard let first = nonEmpty.first else { return nil }
        let heading = filled(first) >= 2 ? first : (nonEmpty.prefix(10).first { filled($0) >= 2 } ?? first)
        self.init(
            header: heading.cells,
            headerRow: heading.number,
            rows: nonEmpty.filter { $0.number > heading.number },
            strictWidth: strictWidth)
    }
}

extension CSVTable {
    /// The CSV table with its lines as row numbers, headings located as in
    /// ``SpreadsheetTable/init(locatingHeadingsIn:strictWidth:)``.
    public var spreadsheetTable: SpreadsheetTable {
        let records = [SpreadsheetTable.Row(number: 1, cells: header)] + rows.map { SpreadsheetTable.Row(number: $0.line, cells: $0.fields) }
        return SpreadsheetTable(locatingHeadingsIn: records, strictWidth: true)
            ?? SpreadsheetTable(header: header, rows: [], strictWidth: true)
    }
}
