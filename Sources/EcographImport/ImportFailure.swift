/// The problems that stopped an import, each with its line.
public struct ImportFailure: Error, Sendable {
    public let problems: [SpreadsheetImport.Problem]
}
