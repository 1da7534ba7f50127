/// ANSI styling for terminal output, or none at all.
public struct TextStyle: Sendable {
    /// Whether styles are applied; off for pipes, files and `NO_COLOR`.
    public let enabled: Bool

    public init(enabled: Bool) { self.enabled = enabled }

    public static let plain = TextStyle(enabled: false)

    public enum Style: String, Sendable {
        case bold = "1"
        case red = "1;31"
        case yellow = "1;33"
        case blue = "1;34"
        case green = "32"
        case dim = "2"
    }

    /// The text wrapped in the style's escape codes when styling is on.
    public func apply(_ style: Style, to text: String) -> String {
        enabled ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
    }
}
