import Foundation

/// How large a map drawn as SVG comes out when printed on a page, and how small its smallest text.
///
/// The measurement: Graphviz writes the drawing's size as `<svg width="Wpt" height="Hpt">` and
/// every text as `<text font-size="S">` in the drawing's own units, inside a group with
/// `transform="scale(k k) …"` (k < 1 when Graphviz had to shrink the drawing to its `size`).
/// Printed so that the drawing fits the page's printable area and is never enlarged, the
/// drawing is scaled by `p = min(1, pageWidth / W, pageHeight / H)`; its smallest text then
/// measures `min(S) · k · p` points. A map fits the page when that is at least the page's
/// ``PrintPage/minimumFontSize``.
///
/// ```swift
/// let size = try #require(PrintedSize(svg: data))
/// size.smallestPrintedFont(on: .a3Landscape)   // e.g. 8.4
/// size.fits(on: .a3Landscape)                  // true
/// ```
public struct PrintedSize: Sendable, Equatable {
    /// The drawing's width, in points.
    public let width: Double
    /// The drawing's height, in points.
    public let height: Double
    /// The scale Graphviz applied to the drawing (1 when it was not shrunk).
    public let drawingScale: Double
    /// The smallest `font-size` of any text, in the drawing's own units; `nil` without text.
    public let smallestFont: Double?

    public init(width: Double, height: Double, drawingScale: Double, smallestFont: Double?) {
        self.width = width
        self.height = height
        self.drawingScale = drawingScale
        self.smallestFont = smallestFont
    }

    /// Measures an SVG as Graphviz writes it; `nil` when it has no size in points.
    public init?(svg: Data) {
        let text = String(decoding: svg, as: UTF8.self)
        guard let root = text.range(of: "<svg") else { return nil }
        let rootTag = text[root.lowerBound...].prefix { $0 != ">" }
        guard let width = Self.points(named: "width", in: rootTag), let height = Self.points(named: "height", in: rootTag) else { return nil }
        self.width = width
        self.height = height
        var scale = 1.0
        if let transform = text.range(of: "transform=\"scale(") {
            let numbers = text[transform.upperBound...].prefix { $0 != ")" }.split(separator: " ")
            scale = numbers.first.flatMap { Double($0) } ?? 1
        }
        drawingScale = scale
        var smallest: Double?
        var search = text.startIndex..<text.endIndex
        while let found = text.range(of: "font-size=\"", range: search) {
            let value = text[found.upperBound...].prefix { $0 != "\"" }
            if let size = Double(value) { smallest = min(smallest ?? size, size) }
            search = found.upperBound..<text.endIndex
        }
        smallestFont = smallest
    }

    /// The factor by which the drawing is scaled to fit the page (never more than 1).
    public func pageScale(on page: PrintPage) -> Double {
        min(1, page.width / max(width, 1), page.height / max(height, 1))
    }

    /// The smallest text of the printed map, in points.
    public func smallestPrintedFont(on page: PrintPage) -> Double {
        (smallestFont ?? .infinity) * drawingScale * pageScale(on: page)
    }

    /// Whether every text of the printed map is at least the page's minimum size.
    public func fits(on page: PrintPage) -> Bool {
        smallestPrintedFont(on: page) >= page.minimumFontSize - 0.05
    }

    private static func points(named name: String, in tag: Substring) -> Double? {
        guard let start = tag.range(of: " \(name)=\"") else { return nil }
        let value = tag[start.upperBound...].prefix { $0 != "\"" }
        guard value.hasSuffix("pt") else { return nil }
        return Double(value.dropLast(2))
    }
}
