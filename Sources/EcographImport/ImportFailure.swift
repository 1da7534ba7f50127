/// The problems that stopped an import, each with its row, and the notices found before.
public struct ImportFailure: Error, Sendable {
    public let problems: [SpreadsheetImport.Problem]
    public let notices: [SpreadsheetImport.Problem]

    public init(problems: [SpreadsheetImport.Problem], notices: [SpreadsheetImport.Problem] = []) {
        self.problems = problems
        self.notices = notices
    }
}
