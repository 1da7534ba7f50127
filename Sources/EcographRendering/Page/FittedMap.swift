/// A map drawn to fit a printed page, with its measurement.
public struct FittedMap: Sendable {
    /// The drawing, as SVG.
    public let map: RenderedMap
    /// How large it is and how small its smallest text.
    public let size: PrintedSize
    /// The page it was drawn for.
    public let page: PrintPage
    /// The view that was drawn (its form may differ from the one asked for).
    public let view: MapView
    /// The options of the layout that was chosen (direction, detail).
    public let options: MapOptions

    /// Whether its smallest text is readable when printed on the page.
    public var fits: Bool { size.fits(on: page) }
}
