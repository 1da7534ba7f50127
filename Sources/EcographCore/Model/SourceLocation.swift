/// A place in a model file: the file as the user named it, a 1-based line and column, and how
/// many columns the text there spans.
///
/// Columns count Unicode scalars, as editors do for text without combining marks. Equality,
/// hashing and order look at file, line and column only.
///
/// A location is 16 bytes and holds no reference: the file is a number in a process-wide
/// table of paths (``SourcePath``), as a model has millions of locations and few files.
public struct SourceLocation: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The file path as it was given on the command line (or found in a given directory).
    public var file: String {
        get { sourcePath.path }
        set { sourcePath = SourcePath(newValue) }
    }
    /// The file, numbered.
    package private(set) var sourcePath: SourcePath
    private var storedLine: Int32
    private var storedColumn: Int32
    private var storedWidth: UInt16

    /// The line, starting at 1.
    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = Int32(clamping: newValue) }
    }

    /// The column, starting at 1.
    public var column: Int {
        get { Int(storedColumn) }
        set { storedColumn = Int32(clamping: newValue) }
    }

    /// How many columns the text at this place spans on its line — a key, or a value as
    /// written, quotes included; 0 when that is not known, the text is empty, or it goes on
    /// over more lines (then the place is a point).
    public var width: Int {
        get { Int(storedWidth) }
        set { storedWidth = UInt16(clamping: newValue) }
    }

    public init(file: String, line: Int, column: Int, width: Int = 0) {
        self.init(path: SourcePath(file), line: line, column: column, width: width)
    }

    /// A place in a file whose path is numbered already: what readers use for each of the
    /// many places in one file.
    package init(path: SourcePath, line: Int, column: Int, width: Int = 0) {
        self.sourcePath = path
        self.storedLine = Int32(clamping: line)
        self.storedColumn = Int32(clamping: column)
        self.storedWidth = UInt16(clamping: width)
    }

    /// Where the text at this place ends: the line, and the column just after its last
    /// character (the column itself when ``width`` is 0).
    public var end: SourcePosition { SourcePosition(line: line, column: column + width) }

    /// `FILE:LINE:COLUMN`, the form compilers and editors understand.
    public var description: String { "\(file):\(line):\(column)" }

    public static func == (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        lhs.storedLine == rhs.storedLine && lhs.storedColumn == rhs.storedColumn && lhs.sourcePath == rhs.sourcePath
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(sourcePath)
        hasher.combine(storedLine)
        hasher.combine(storedColumn)
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        if lhs.sourcePath != rhs.sourcePath { return lhs.file < rhs.file }
        return (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}

/// A line and a column in a file, both from 1: where a ``SourceLocation``'s text ends.
public struct SourcePosition: Hashable, Sendable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}
