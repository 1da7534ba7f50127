/// What one import may make ecograph spend, whatever the file: a spreadsheet of a programme's
/// projects is a few hundred rows and a few hundred kilobytes, so these bounds leave room a
/// hundred times over and stop a hostile or mistaken file early.
public enum ImportLimits {
    /// The largest file read, CSV or workbook, in bytes (50 MB).
    public static let fileBytes = 50 * 1_000_000
    /// The largest part of a workbook unpacked (a sheet's XML, the shared texts), in bytes (100 MB).
    public static let workbookPartBytes = 100 * 1_000_000
    /// The most rows read from a sheet.
    public static let rows = 100_000
    /// The most columns read from a sheet.
    public static let columns = 1_000
    /// The most cells of a sheet held in memory, empty ones between filled ones included.
    public static let cells = 5_000_000
    /// The most shared texts of a workbook.
    public static let sharedStrings = 1_000_000
}
