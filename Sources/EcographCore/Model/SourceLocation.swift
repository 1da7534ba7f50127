/// A place in a model file: the file as the user named it, and a 1-based line and column.
///
/// Columns count Unicode scalars, as editors do for text without combining marks.
public struct SourceLocation: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The file path as it was given on the command line (or found in a given directory).
    public var file: String
    /// The line, starting at 1.
    public var line: Int
    /// The column, starting at 1.
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `FILE:LINE:COLUMN`, the form compilers and editors understand.
    public var description: String { "\(file):\(line):\(column)" }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}
