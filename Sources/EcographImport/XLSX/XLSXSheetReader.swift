import EcographMessages
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The rows of one worksheet (`xl/worksheets/sheet1.xml`) as text, the way the sheet shows
/// them: shared and inline texts as they are, numbers without a trailing `.0`, booleans as
/// `true`/`false`, numbers formatted as dates as ISO dates (`2026-03-01`, `2026-03-01T14:30`,
/// `14:30`), formula cells by their saved result. Error values (`#NV`, `#DIV/0!`) and formulas
/// without a saved result are collected with their places, to be reported.
final class XLSXSheetReader: PartDelegate {
    /// A cell whose value cannot be imported, and why.
    struct BadCell {
        let row: Int
        let column: Int
        let value: String
        let formulaWithoutResult: Bool
    }

    private(set) var rows: [SpreadsheetTable.Row] = []
    private(set) var badCells: [BadCell] = []

    private let sharedStrings: [String]
    private let formats: XLSXNumberFormats
    private let date1904: Bool

    // The row and cell being read.
    private var rowNumber = 0
    private var cells: [String] = []
    private var column = -1
    private var type = "n"
    private var style: Int?
    private var hasFormula = false
    private var value: String?
    private var text = ""
    private var collecting = false
    private var inlineString = RichTextItem(element: "is")
    private var slots = 0

    init(sharedStrings: [String], formats: XLSXNumberFormats, date1904: Bool) {
        self.sharedStrings = sharedStrings
        self.formats = formats
        self.date1904 = date1904
    }

    override func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        let name = XMLPart.localName(name)
        inlineString.start(name)
        switch name {
        case "row":
            rowNumber = attributes["r"].flatMap(Int.init) ?? rowNumber + 1
            cells = []
            column = -1
            if rowNumber > ImportLimits.rows { stop(parser, ImportMessage.tooManyRows(["limit": ImportLimits.rows])) }
        case "c":
            if let reference = attributes["r"] {
                guard let position = SpreadsheetColumn.position(of: reference) else {
                    stop(parser, ImportMessage.badCellReference(["reference": reference]))
                    return
                }
                column = position.column
            } else {
                column += 1
            }
            type = attributes["t"] ?? "n"
            style = attributes["s"].flatMap(Int.init)
            hasFormula = false
            value = nil
        case "v":
            collecting = true
            text = ""
        case "f":
            hasFormula = true
        case "is":
            value = ""
        default:
            break
        }
    }

    override func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        let name = XMLPart.localName(name)
        if let inline = inlineString.end(name) { value = inline }
        switch name {
        case "v":
            collecting = false
            value = text
        case "c":
            endCell(parser)
        case "row":
            if !cells.isEmpty { rows.append(SpreadsheetTable.Row(number: rowNumber, cells: cells)) }
        default:
            break
        }
    }

    override func parser(_ parser: XMLParser, foundCharacters string: String) {
        if collecting { text += string }
        inlineString.characters(string)
    }

    private func endCell(_ parser: XMLParser) {
        // openpyxl writes a formula with an empty `<v/>`: no saved result either.
        guard let value, !(hasFormula && value.isEmpty) else {
            if hasFormula { badCells.append(BadCell(row: rowNumber, column: column, value: "", formulaWithoutResult: true)) }
            return
        }
        if column >= ImportLimits.columns {
            stop(parser, ImportMessage.tooManyColumns(["limit": ImportLimits.columns]))
            return
        }
        let shown: String
        switch type {
        case "s":
            guard let index = Int(value), index >= 0, index < sharedStrings.count else {
                stop(parser, ImportMessage.badSharedString(["index": value]))
                return
            }
            shown = sharedStrings[index]
        case "inlineStr", "str":
            shown = value
        case "b":
            shown = value == "1" ? "true" : "false"
        case "e":
            badCells.append(BadCell(row: rowNumber, column: column, value: value, formulaWithoutResult: false))
            return
        case "d":
            shown = value.hasSuffix("T00:00:00") ? String(value.dropLast(9)) : value
        default:
            shown = Self.number(value, as: formats.kind(ofStyle: style), date1904: date1904)
        }
        if shown.isEmpty { return }
        if column >= cells.count {
            slots += column + 1 - cells.count
            if slots > ImportLimits.cells {
                stop(parser, ImportMessage.tooManyCells(["limit": ImportLimits.cells]))
                return
            }
            cells += Array(repeating: "", count: column + 1 - cells.count)
        }
        cells[column] = shown
    }

    /// A number as the sheet shows it: a date, time or plain number.
    static func number(_ text: String, as kind: XLSXNumberFormats.Kind, date1904: Bool) -> String {
        guard let number = Double(text), number.isFinite else { return text }
        if kind != .number, number >= 0, number < 2_958_466 {
            return ExcelDate.text(serial: number, kind: kind, date1904: date1904)
        }
        if number == number.rounded(), abs(number) < 1e15 { return String(Int(number)) }
        return "\(number)"
    }
}

/// Excel's serial dates: days since 1899-12-30 (with 1900 wrongly a leap year, as Lotus had it),
/// or since 1904-01-01 in workbooks from old Macs.
enum ExcelDate {
    /// `2026-03-01`, `2026-03-01T14:30`, or `14:30`, as the format asks.
    static func text(serial: Double, kind: XLSXNumberFormats.Kind, date1904: Bool) -> String {
        var days = Int(serial.rounded(.down))
        var seconds = Int(((serial - Double(days)) * 86_400).rounded())
        if seconds >= 86_400 {
            days += 1
            seconds -= 86_400
        }
        let time = seconds % 60 == 0
            ? String(format: "%02d:%02d", seconds / 3600, seconds / 60 % 60)
            : String(format: "%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
        if kind == .time { return time }
        // Days since 1970-01-01.
        let epochDays = date1904 ? days - 24_107 : (days >= 61 ? days - 25_569 : days - 25_568)
        let (year, month, day) = civil(fromEpochDays: epochDays)
        let date = String(format: "%04d-%02d-%02d", year, month, day)
        return kind == .dateTime && seconds != 0 ? date + "T" + time : date
    }

    /// The calendar date of a day count since 1970-01-01 (proleptic Gregorian).
    static func civil(fromEpochDays days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
