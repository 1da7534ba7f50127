/// One node of a parsed ``YAMLDocument`` as a value to walk by hand: what the readers of small
/// files (rule files, `.ecograph.yml`) navigate, where the model reader works on indexes.
///
/// Scalars are text; ``bool``, ``int`` and ``isNull`` read them as YAML 1.1's core schema does
/// for plain scalars (`yes`/`on`/`true`, `0x1F`, `1_000`, `~`).
package struct YAMLValue {
    /// The document the node belongs to.
    package let document: YAMLDocument
    /// The node's index in ``YAMLDocument/nodes``.
    package let index: Int

    package init(document: YAMLDocument, index: Int) {
        self.document = document
        self.index = index
    }

    private var node: YAMLDocument.Node { document.nodes[index] }

    /// Scalar, sequence or mapping.
    package var kind: YAMLDocument.Kind { node.kind }
    /// The line the node starts on, from 1.
    package var line: Int { Int(node.line) }
    /// The column the node starts at, from 1, in characters.
    package var column: Int { Int(node.column) }

    /// How many columns a scalar spans on its line as written (``YAMLDocument/Node/width``).
    package var width: Int { Int(node.width) }

    /// A scalar's text; `nil` for a collection.
    package var string: String? { kind == .scalar ? node.text : nil }

    /// Whether the node is a plain null: nothing, `~` or `null`.
    package var isNull: Bool {
        kind == .scalar && node.isPlain && ["", "~", "null", "Null", "NULL"].contains(node.text)
    }

    /// A scalar read as a flag: `true`/`yes`/`on` or `false`/`no`/`off`, in any case.
    package var bool: Bool? {
        switch string?.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: return nil
        }
    }

    /// A scalar read as a whole number: decimal, `0x`, `0o` or `0b`, with `_` between digits.
    package var int: Int? {
        guard var text = string?.replacingUnderscores(), !text.isEmpty else { return nil }
        var sign = 1
        if text.first == "-" || text.first == "+" {
            sign = text.first == "-" ? -1 : 1
            text.removeFirst()
        }
        let radix: Int
        switch text.prefix(2) {
        case "0x": radix = 16
        case "0o": radix = 8
        case "0b": radix = 2
        default: radix = 10
        }
        let digits = radix == 10 ? Substring(text) : text.dropFirst(2)
        guard let magnitude = Int(digits, radix: radix) else { return nil }
        return sign * magnitude
    }

    /// A sequence's items; empty for anything else.
    package var items: [YAMLValue] {
        guard kind == .sequence else { return [] }
        return document.children(of: index).map { YAMLValue(document: document, index: $0) }
    }

    /// A mapping's entries in the order written; empty for anything else.
    package var pairs: [(key: YAMLValue, value: YAMLValue)] {
        guard kind == .mapping else { return [] }
        return document.pairs(of: index).map { (YAMLValue(document: document, index: $0.key), YAMLValue(document: document, index: $0.value)) }
    }

    /// The value of a mapping's entry whose key is the scalar `key`; `nil` if there is none.
    package subscript(key: String) -> YAMLValue? {
        guard kind == .mapping else { return nil }
        for pair in document.pairs(of: index) where document.nodes[pair.key].kind == .scalar && document.nodes[pair.key].text == key {
            return YAMLValue(document: document, index: pair.value)
        }
        return nil
    }
}

extension YAMLDocument {
    /// The root node as a value; `nil` for an empty document.
    package var rootValue: YAMLValue? { root.map { YAMLValue(document: self, index: $0) } }
}

private extension String {
    func replacingUnderscores() -> String { String(filter { $0 != "_" }) }
}
