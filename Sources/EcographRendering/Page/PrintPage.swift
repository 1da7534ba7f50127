/// A printed page a map must fit: its printable area in points (1/72 inch) and the smallest
/// text a reader can still read on it.
///
/// ```swift
/// let page = PrintPage.a3Landscape            // 420 × 297 mm, 10 mm margins
/// page.width                                  // 1133.9 pt
/// ```
public struct PrintPage: Sendable, Equatable {
    /// The printable width, in points.
    public let width: Double
    /// The printable height, in points.
    public let height: Double
    /// The smallest font size, in points, that the printed map may show.
    public let minimumFontSize: Double
    /// The page's name for messages (`A3 landscape`).
    public let name: String

    /// A page of `widthMM` × `heightMM` with `marginMM` on every side.
    public init(name: String, widthMM: Double, heightMM: Double, marginMM: Double, minimumFontSize: Double = 8) {
        self.name = name
        width = (widthMM - 2 * marginMM) * Self.pointsPerMillimetre
        height = (heightMM - 2 * marginMM) * Self.pointsPerMillimetre
        self.minimumFontSize = minimumFontSize
    }

    /// A3 landscape (420 × 297 mm) with 10 mm margins, text at least 8 pt: the council's page.
    public static let a3Landscape = PrintPage(name: "A3 landscape", widthMM: 420, heightMM: 297, marginMM: 10)

    static let pointsPerMillimetre = 72 / 25.4
}
