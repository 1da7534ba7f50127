/// Reads the plain block-style YAML that models are written in straight into a ``YAMLDocument``:
/// the nodes, texts, lines and columns libyaml gives for it, at a fraction of libyaml's cost.
///
/// It takes on only what it is sure of: block mappings and sequences indented with spaces (a
/// sequence item may open a mapping, `- rule: x`), one-line flow collections
/// (`{ name: X, holds: [a, b] }`), one-line plain, single- and double-quoted scalars, empty values
/// (`key:`) and comments. Anything else — tabs, carriage returns, control characters, anchors,
/// aliases, tags, block scalars (`|`, `>`), document markers, directives, multi-line scalars or
/// flow collections, a sequence at its parent key's indentation, an empty sequence item, an
/// unusual escape, equal keys, a syntax error — makes it answer `nil` ("fast path or nothing"),
/// and the caller parses the text with libyaml, whose document and messages are the reference.
struct BlockYAMLReader {
    /// Why the reader stopped: the text is not one it is sure to read as libyaml does.
    struct Unsure: Error {}

    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0
    var line: Int32 = 1
    /// Where the current line starts, in bytes.
    var lineStart = 0
    /// UTF-8 continuation bytes on the current line before `position`: columns count characters.
    var lineContinuations = 0
    var document = YAMLDocument()
    /// Collections open around the current position; deep nesting is left to libyaml.
    var depth = 0
    /// The indentation of the content line the position is on after ``nextContentLine()``;
    /// -1 at the end of the text.
    var indentation = -1

    /// The deepest nesting taken on; deeper is left to libyaml, which reports it.
    let maxDepth: Int

    private init(bytes: UnsafeBufferPointer<UInt8>, maxDepth: Int) {
        self.bytes = bytes
        self.maxDepth = min(maxDepth, 64)
    }

    /// The document, or `nil` when libyaml must read the text. `firstLine` is the line the
    /// bytes start on, when they are a part of a larger text that starts a line.
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, maxDepth: Int = 64, firstLine: Int32 = 1) -> YAMLDocument? {
        guard hasOnlyPlainCharacters(bytes) else { return nil }
        var reader = BlockYAMLReader(bytes: bytes, maxDepth: maxDepth)
        reader.line = firstLine
        reader.document.nodes.reserveCapacity(NodeCountEstimate.nodes(in: bytes))
        do throws(Unsure) {
            // The root: a block mapping at the first column.
            guard try reader.nextContentLine() == 0 else { return nil }
            try reader.blockMapping(indent: 0, firstKey: nil)
            guard reader.position == bytes.count else { return nil }
        } catch {
            return nil
        }
        return reader.document
    }

    // MARK: - Block collections

    /// Entries `key: value` on lines indented by `indent` spaces; the position is at the first
    /// key, or after it when a sequence item opened the mapping (`firstKey`). Returns at the
    /// first content line indented less (or at the end).
    mutating func blockMapping(indent: Int, firstKey: Scalar?) throws(Unsure) {
        let mapping = try open(.mapping, line: firstKey?.line ?? line, column: firstKey?.column ?? column)
        var key = firstKey
        while true {
            if key == nil {
                key = try scalar(inFlow: false)
                try colonAfterKey(startingAt: key!)
            }
            append(key!)
            key = nil
            let (colonLine, emptyValueColumn) = (line, column)
            skipSpaces()
            if atLineEnd {
                try endLine()
                let next = try nextContentLine()
                if next > indent {
                    if startsSequenceItem { try blockSequence(indent: next) } else { try blockMapping(indent: next, firstKey: nil) }
                } else {
                    // `key:` and nothing under it: an empty plain scalar right after the colon;
                    // a `- ` at the key's own indentation would be a sequence (left to libyaml).
                    guard next < indent || !startsSequenceItem else { throw Unsure() }
                    document.nodes.append(.init(
                        kind: .scalar, isPlain: true, line: colonLine, column: emptyValueColumn,
                        end: Int32(document.nodes.count + 1), text: ""))
                }
            } else {
                try inlineValue(parentIndent: indent)
            }
            if indentation < indent { break }
            guard indentation == indent, !startsSequenceItem else { throw Unsure() }
        }
        try close(mapping)
    }

    /// Items `- value` on lines indented by `indent` spaces, the position at the first `-`.
    mutating func blockSequence(indent: Int) throws(Unsure) {
        let sequence = try open(.sequence, line: line, column: column)
        while true {
            guard startsSequenceItem else { throw Unsure() }
            advance()
            skipSpaces()
            guard !atLineEnd else { throw Unsure() }  // an empty item, or an item on the next line
            let itemIndent = position - lineStart
            if bytes[position] == UInt8(ascii: "{") || bytes[position] == UInt8(ascii: "[") {
                try inlineValue(parentIndent: indent)
            } else {
                let item = try scalar(inFlow: false)
                skipSpaces()
                if position < bytes.count, bytes[position] == UInt8(ascii: ":") {
                    // `- key: value`: a mapping whose keys are indented as this first one.
                    try colonAfterKey(startingAt: item)
                    try blockMapping(indent: itemIndent, firstKey: item)
                } else {
                    append(item)
                    try endLine()
                    _ = try nextContentLine()
                }
            }
            if indentation < indent { break }
            guard indentation == indent else { throw Unsure() }
        }
        try close(sequence)
    }

    /// A value on the line of its key or `-`: a scalar or a flow collection, then the line's
    /// end; the position moves to the next content line, which may not be indented deeper.
    private mutating func inlineValue(parentIndent: Int) throws(Unsure) {
        switch bytes[position] {
        case UInt8(ascii: "{"): try flowCollection(mapping: true)
        case UInt8(ascii: "["): try flowCollection(mapping: false)
        default:
            // Anything but a comment after it (`a: b: c`) makes `endLine` give up.
            append(try scalar(inFlow: false))
        }
        try endLine()
        let next = try nextContentLine()
        // Deeper lines would continue a plain scalar or be an error.
        guard next <= parentIndent else { throw Unsure() }
    }

    // MARK: - Flow collections

    /// `{ key: value, … }` or `[ value, … ]`, all on one line, without empty values or a
    /// trailing comma.
    private mutating func flowCollection(mapping: Bool) throws(Unsure) {
        let collection = try open(mapping ? .mapping : .sequence, line: line, column: column)
        let close = mapping ? UInt8(ascii: "}") : UInt8(ascii: "]")
        advance()
        skipSpaces()
        if position < bytes.count, bytes[position] == close {
            advance()
            try self.close(collection)
            return
        }
        while true {
            if mapping {
                let key = try scalar(inFlow: true)
                try colonAfterKey(startingAt: key)
                append(key)
                skipSpaces()
            }
            guard position < bytes.count else { throw Unsure() }
            switch bytes[position] {
            case UInt8(ascii: "{"): try flowCollection(mapping: true)
            case UInt8(ascii: "["): try flowCollection(mapping: false)
            default: append(try scalar(inFlow: true))
            }
            skipSpaces()
            guard position < bytes.count else { throw Unsure() }
            if bytes[position] == close { break }
            guard bytes[position] == UInt8(ascii: ",") else { throw Unsure() }
            advance()
            skipSpaces()
        }
        advance()
        try self.close(collection)
    }

    // MARK: - Nodes

    /// Appends a collection node, to be closed by ``close(_:)``.
    private mutating func open(_ kind: YAMLDocument.Kind, line: Int32, column: Int32) throws(Unsure) -> Int {
        depth += 1
        guard depth <= maxDepth else { throw Unsure() }
        document.nodes.append(.init(kind: kind, isPlain: false, line: line, column: column, end: -1, text: ""))
        return document.nodes.count - 1
    }

    /// Ends a collection; equal keys are an error libyaml reports.
    private mutating func close(_ collection: Int) throws(Unsure) {
        depth -= 1
        document.nodes[collection].end = Int32(document.nodes.count)
        if document.nodes[collection].kind == .mapping {
            do { try document.checkDuplicateKeys(of: collection, tags: [:]) } catch { throw Unsure() }
        }
    }

    private mutating func append(_ scalar: Scalar) {
        document.nodes.append(.init(
            kind: .scalar, isPlain: scalar.isPlain, width: UInt16(clamping: scalar.width), line: scalar.line, column: scalar.column,
            end: Int32(document.nodes.count + 1), text: scalar.text))
    }

    /// The `:` after a key (spaces before it allowed) and a space or line end after it; the
    /// position moves past the colon. Long keys are left to libyaml, which limits them.
    private mutating func colonAfterKey(startingAt key: Scalar) throws(Unsure) {
        skipSpaces()
        guard position < bytes.count, bytes[position] == UInt8(ascii: ":"), line == key.line,
            position - lineStart - Int(key.column) < 1000 else { throw Unsure() }
        advance()
        guard position == bytes.count || bytes[position] == UInt8(ascii: " ") || bytes[position] == 0x0A else {
            throw Unsure()
        }
    }
}
