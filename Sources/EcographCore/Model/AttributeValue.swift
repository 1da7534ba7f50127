/// The value of a node attribute: a piece of text or a list of texts.
///
/// Attributes hold everything about a node that is not a relation: its `type`, a project's
/// `status`, `value` and `indicator`, dates, budgets and users' own `x-…` keys. Text is kept
/// exactly as written in the model.
public enum AttributeValue: Hashable, Sendable, Codable {
    case text(String)
    case list([String])

    /// The text, or `nil` for a list.
    public var text: String? {
        if case .text(let value) = self { return value }
        return nil
    }

    /// The value as a list: a text becomes a list of one.
    public var texts: [String] {
        switch self {
        case .text(let value): return [value]
        case .list(let values): return values
        }
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) {
            self = .text(text)
        } else {
            self = .list(try container.decode([String].self))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .text(let value): try container.encode(value)
        case .list(let values): try container.encode(values)
        }
    }
}
