import EcographMessages
import Foundation
import ZIPFoundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An Excel workbook (`.xlsx`, as Excel, LibreOffice and openpyxl save it) read for its tables:
/// the zip container by ZIPFoundation, its XML parts by Foundation's `XMLParser`. Nothing in
/// it can make ecograph spend more than ``ImportLimits`` allow: no part is unpacked beyond
/// ``ImportLimits/workbookPartBytes`` (whatever size the archive claims), sheets are bounded
/// in rows, columns and cells, and XML with a document type declaration is refused.
///
/// ```swift
/// let workbook = try XLSXWorkbook(data: Data(contentsOf: url))
/// workbook.sheetNames                        // ["Projekte", "Hinweise"]
/// let table = try workbook.table(sheet: nil)  // the first sheet, headings located
/// ```
public struct XLSXWorkbook {
    /// Why the workbook or a sheet cannot be read; the message does not name the file.
    public struct Failure: Error, Sendable {
        public let message: LocalizedText
    }

    /// The sheets, in the workbook's order.
    public let sheetNames: [String]
    /// The sheet shown first when the workbook opens (hidden sheets skipped).
    public let firstSheet: String?

    private let archive: WorkbookArchive
    private let sheetParts: [String: String]
    private let sharedStrings: [String]
    private let formats: XLSXNumberFormats
    private let date1904: Bool

    /// Opens the workbook in `data` and reads its sheet list, shared texts and number formats.
    public init(data: Data) throws(Failure) {
        do {
            archive = try WorkbookArchive(data)
        } catch {
            throw Failure(message: ImportMessage.notAZip.text)
        }
        // The workbook part, as the package's relationships name it.
        let rootRelations = try Self.relationships(in: archive, part: "_rels/.rels", base: "")
        let workbookPart = rootRelations.first { $0.type.hasSuffix("/officeDocument") }?.target ?? "xl/workbook.xml"
        let workbookBase = (workbookPart as NSString).deletingLastPathComponent
        let workbookRelations = try Self.relationships(
            in: archive, part: workbookBase + "/_rels/" + (workbookPart as NSString).lastPathComponent + ".rels", base: workbookBase)
        guard let workbookData = try Self.read(workbookPart, from: archive) else {
            throw Failure(message: ImportMessage.partMissing(["part": workbookPart]))
        }
        let workbook = WorkbookPart()
        try Self.parse(workbookData, part: workbookPart, with: workbook)
        var parts: [String: String] = [:]
        for sheet in workbook.sheets {
            parts[sheet.name] = workbookRelations.first { $0.id == sheet.relation }?.target
        }
        sheetNames = workbook.sheets.map(\.name)
        firstSheet = (workbook.sheets.first { !$0.hidden } ?? workbook.sheets.first)?.name
        sheetParts = parts
        date1904 = workbook.date1904

        var strings: [String] = []
        if let stringsPart = workbookRelations.first(where: { $0.type.hasSuffix("/sharedStrings") })?.target,
            let stringsData = try Self.read(stringsPart, from: archive)
        {
            let reader = XLSXSharedStrings(limit: ImportLimits.sharedStrings, tooMany: ImportMessage.tooManyStrings(["limit": ImportLimits.sharedStrings]))
            try Self.parse(stringsData, part: stringsPart, with: reader)
            strings = reader.strings
        }
        sharedStrings = strings
        formats = XLSXNumberFormats()
        if let stylesPart = workbookRelations.first(where: { $0.type.hasSuffix("/styles") })?.target,
            let stylesData = try Self.read(stylesPart, from: archive)
        {
            try Self.parse(stylesData, part: stylesPart, with: formats)
        }
    }

    /// The table on a sheet (the first when `sheet` is `nil`), its headings located as in
    /// ``SpreadsheetTable/init(locatingHeadingsIn:strictWidth:)``, with problems for cells that
    /// show an error or a formula without a saved result.
    public func table(sheet: String?) throws(Failure) -> SpreadsheetTable {
        if sheetNames.isEmpty { throw Failure(message: ImportMessage.noSheets.text) }
        guard let name = sheet ?? firstSheet, sheetNames.contains(name) else {
            throw Failure(message: ImportMessage.unknownSheet(["sheet": sheet ?? ""])
                + LocalizedText("; ") + ImportMessage.sheetsAre(["sheets": sheetNames.map { "'\($0)'" }.joined(separator: ", ")]))
        }
        guard let part = sheetParts[name], let data = try Self.read(part, from: archive) else {
            throw Failure(message: ImportMessage.partMissing(["part": sheetParts[name] ?? name]))
        }
        let reader = XLSXSheetReader(sharedStrings: sharedStrings, formats: formats, date1904: date1904)
        try Self.parse(data, part: part, with: reader)
        guard var table = SpreadsheetTable(locatingHeadingsIn: reader.rows, strictWidth: false) else {
            throw Failure(message: ImportMessage.sheetEmpty(["sheet": name]))
        }
        var problems: [SpreadsheetImport.Problem] = []
        for cell in reader.badCells where cell.row > table.headerRow {
            let column = cell.column < table.header.count && !table.header[cell.column].isEmpty
                ? table.header[cell.column] : SpreadsheetColumn.letters(cell.column)
            problems.append(SpreadsheetImport.Problem(
                row: cell.row, column: cell.column,
                message: cell.formulaWithoutResult
                    ? ImportMessage.formulaWithoutResult(["column": column])
                    : ImportMessage.cellError(["column": column, "value": cell.value])))
        }
        table.readingProblems = problems
        return table
    }

    // MARK: - Parts

    /// A relationship of a part: its id, type and target (resolved against `base`).
    struct Relationship {
        let id: String
        let type: String
        let target: String
    }

    private static func relationships(in archive: WorkbookArchive, part: String, base: String) throws(Failure) -> [Relationship] {
        guard let data = try read(part, from: archive) else { return [] }
        let reader = RelationshipsPart()
        try parse(data, part: part, with: reader)
        return reader.relationships.map { relation in
            Relationship(id: relation.id, type: relation.type, target: resolve(relation.target, against: base))
        }
    }

    /// A relationship's target as a path in the archive: `/xl/x.xml` is absolute, `x.xml` relative.
    static func resolve(_ target: String, against base: String) -> String {
        var components: [String] = target.hasPrefix("/") ? [] : base.split(separator: "/").map(String.init)
        for component in target.split(separator: "/") {
            switch component {
            case ".": continue
            case "..": if !components.isEmpty { components.removeLast() }
            default: components.append(String(component))
            }
        }
        return components.joined(separator: "/")
    }

    /// A part's bytes, at most ``ImportLimits/workbookPartBytes`` of them however large the
    /// archive says the part is; `nil` when the archive has no such part.
    static func read(_ path: String, from archive: WorkbookArchive) throws(Failure) -> Data? {
        guard let entry = archive.entry(path) else { return nil }
        let limit = ImportLimits.workbookPartBytes
        do {
            return try archive.unpack(entry, limit: limit)
        } catch .tooLarge {
            throw Failure(message: ImportMessage.partTooLarge(["part": path, "limit": limit / 1_000_000]))
        } catch {
            throw Failure(message: ImportMessage.partDamaged(["part": path]))
        }
    }

    private static func parse(_ data: Data, part: String, with delegate: PartDelegate) throws(Failure) {
        do {
            try XMLPart.parse(data, with: delegate)
        } catch {
            switch error {
            case .doctype: throw Failure(message: ImportMessage.partDeclaresDoctype(["part": part]))
            case .notUTF8: throw Failure(message: ImportMessage.partNotUTF8(["part": part]))
            case .malformed(let line, let reason): throw Failure(message: ImportMessage.partNotXML(["part": part, "line": line, "reason": reason]))
            case .stop(let reason): throw Failure(message: reason)
            }
        }
    }
}

/// `xl/workbook.xml`: the sheets with their names and relationship ids, and the date system.
private final class WorkbookPart: PartDelegate {
    struct Sheet {
        let name: String
        let relation: String
        let hidden: Bool
    }

    var sheets: [Sheet] = []
    var date1904 = false

    override func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        switch XMLPart.localName(name) {
        case "sheet":
            guard let sheetName = attributes["name"], let relation = XMLPart.attribute("id", in: attributes) else { return }
            sheets.append(Sheet(name: sheetName, relation: relation, hidden: (attributes["state"] ?? "visible") != "visible"))
        case "workbookPr":
            date1904 = ["1", "true"].contains(attributes["date1904"] ?? "")
        default:
            break
        }
    }
}

/// A `.rels` part: relationships with id, type and target.
private final class RelationshipsPart: PartDelegate {
    var relationships: [(id: String, type: String, target: String)] = []

    override func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        guard XMLPart.localName(name) == "Relationship", let id = attributes["Id"], let target = attributes["Target"] else { return }
        if attributes["TargetMode"] == "External" { return }
        relationships.append((id, attributes["Type"] ?? "", target))
    }
}
