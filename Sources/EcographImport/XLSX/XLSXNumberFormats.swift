import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Which cell styles of a workbook show a number as a date or time (`xl/styles.xml`): the
/// built-in date formats (14–22, 45–47 and the East Asian ones) and custom formats whose code
/// has day, month or year (`DD.MM.YYYY`, `[$-407]mmmm yyyy`; files keep codes in English letters).
final class XLSXNumberFormats: PartDelegate {
    /// How a style shows a number.
    enum Kind: Equatable {
        case number
        case date
        case dateTime
        case time
    }

    private var customFormats: [Int: String] = [:]
    private var inCellFormats = false
    private var formatIds: [Int] = []

    /// The kind of a cell's style.
    func kind(ofStyle index: Int?) -> Kind {
        guard let index, index >= 0, index < formatIds.count else { return .number }
        if let code = customFormats[formatIds[index]] { return Self.kind(ofCode: code) }
        return Self.builtIn(formatIds[index])
    }

    override func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        switch XMLPart.localName(name) {
        case "numFmt":
            if let id = attributes["numFmtId"].flatMap(Int.init), let code = attributes["formatCode"] { customFormats[id] = code }
        case "cellXfs":
            inCellFormats = true
        case "xf" where inCellFormats:
            formatIds.append(attributes["numFmtId"].flatMap(Int.init) ?? 0)
        default:
            break
        }
    }

    override func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if XMLPart.localName(name) == "cellXfs" {
            inCellFormats = false
        }
    }

    static func builtIn(_ id: Int) -> Kind {
        switch id {
        case 14...17, 27...31, 34...36, 50...58: return .date
        case 22: return .dateTime
        case 18...21, 32, 33, 45...47: return .time
        default: return .number
        }
    }

    /// The kind of a format code: text in quotes, `[…]` sections (colours, locales, elapsed
    /// time) and escaped characters do not count.
    static func kind(ofCode code: String) -> Kind {
        var letters = ""
        var quoted = false
        var bracket = false
        var escaped = false
        // Only the first section (positive numbers) matters.
        for character in code.lowercased() {
            if escaped { escaped = false; continue }
            switch character {
            case "\"": quoted.toggle()
            case "\\" where !quoted: escaped = true
            case "[" where !quoted: bracket = true
            case "]" where !quoted: bracket = false
            case ";" where !quoted && !bracket: return kind(ofLetters: letters)
            default: if !quoted && !bracket { letters.append(character) }
            }
        }
        return kind(ofLetters: letters)
    }

    private static func kind(ofLetters letters: String) -> Kind {
        let hasDate = letters.contains("y") || letters.contains("d")
            || (letters.contains("m") && !letters.contains("h") && !letters.contains("s"))
        let hasTime = letters.contains("h") || letters.contains("s")
        switch (hasDate, hasTime) {
        case (true, true): return .dateTime
        case (true, false): return .date
        case (false, true): return .time
        case (false, false): return .number
        }
    }
}
