/// Reads a JSON text straight into a ``YAMLDocument``: the nodes, texts, places and duplicate-key
/// errors libyaml would give for it, at a fraction of libyaml's cost.
///
/// It handles well-formed JSON as people and tools write it. Anything else — a syntax error, an
/// escape it does not know (`\/`), a character libyaml treats specially (line separators,
/// control characters), a key whose colon is on a later line — makes it answer `nil`, and the caller parses the text with libyaml,
/// whose messages and places are the reference. Keys of any length are taken (libyaml refuses
/// keys over 1,024 characters, which JSON allows), and nesting deeper than the loader's depth
/// limit is left to libyaml, so that this reader's recursion stays bounded.
struct JSONDocumentReader {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0
    private var line: Int32 = 1
    private var column: Int32 = 1
    private var document = YAMLDocument()
    /// Collections open around the position, and how many may be: deeper nesting is left to
    /// libyaml's reader, which reports it with its place, so this reader's recursion is bounded.
    private var depth = 0
    private let maxDepth: Int

    private init(bytes: UnsafeBufferPointer<UInt8>, maxDepth: Int) {
        self.bytes = bytes
        self.maxDepth = min(maxDepth, SyntaxLimits.maxDepthCeiling)
    }

    /// The document, `nil` when libyaml must read the text; throws for duplicate keys.
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, maxDepth: Int = SyntaxLimits().maxDepth) throws(YAMLSyntaxError) -> YAMLDocument? {
        var reader = JSONDocumentReader(bytes: bytes, maxDepth: maxDepth)
        reader.document.nodes.reserveCapacity(NodeCountEstimate.nodes(in: bytes))
        guard reader.skipWhitespace(), reader.position < bytes.count, try reader.value() else { return nil }
        guard reader.skipWhitespace(), reader.position == bytes.count else { return nil }
        return reader.document
    }

    // MARK: - Values

    private mutating func value() throws(YAMLSyntaxError) -> Bool {
        switch bytes[position] {
        case UInt8(ascii: "{"): return try collection(mapping: true)
        case UInt8(ascii: "["): return try collection(mapping: false)
        case UInt8(ascii: "\""): return string() != nil
        default: return plain()
        }
    }

    /// `{ "key": value, … }` or `[ value, … ]`.
    private mutating func collection(mapping: Bool) throws(YAMLSyntaxError) -> Bool {
        depth += 1
        defer { depth -= 1 }
        guard depth <= maxDepth else { return false }
        let index = document.nodes.count
        document.nodes.append(.init(
            kind: mapping ? .mapping : .sequence, isPlain: false, line: line, column: column, end: -1, text: ""))
        let close = mapping ? UInt8(ascii: "}") : UInt8(ascii: "]")
        advance()
        guard skipWhitespace(), position < bytes.count else { return false }
        if bytes[position] != close {
            while true {
                if mapping {
                    guard bytes[position] == UInt8(ascii: "\""), string() != nil else { return false }
                    let keyLine = line
                    guard skipWhitespace(), position < bytes.count, bytes[position] == UInt8(ascii: ":"),
                        line == keyLine else { return false }
                    advance()
                    guard skipWhitespace(), position < bytes.count else { return false }
                }
                guard try value(), skipWhitespace(), position < bytes.count else { return false }
                if bytes[position] == close { break }
                guard bytes[position] == UInt8(ascii: ",") else { return false }
                advance()
                guard skipWhitespace(), position < bytes.count else { return false }
            }
        }
        advance()
        document.nodes[index].end = Int32(document.nodes.count)
        if mapping { try document.checkDuplicateKeys(of: index, tags: [:]) }
        return true
    }

    /// A double-quoted string; returns the byte position where it started.
    private mutating func string() -> Int? {
        let start = position
        let (startLine, startColumn) = (line, column)
        advance()
        let contentStart = position
        var text: String?
        // The usual string: no escapes, so its bytes are its text.
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { break }
            guard accept(byte) else { return nil }
        }
        guard position < bytes.count else { return nil }
        if bytes[position] == UInt8(ascii: "\"") {
            text = String(decoding: UnsafeBufferPointer(rebasing: bytes[contentStart..<position]), as: UTF8.self)
        } else {
            var scalars = String.UnicodeScalarView()
            scalars.append(contentsOf: String(decoding: UnsafeBufferPointer(rebasing: bytes[contentStart..<position]), as: UTF8.self).unicodeScalars)
            while position < bytes.count, bytes[position] != UInt8(ascii: "\"") {
                if bytes[position] == UInt8(ascii: "\\") {
                    guard let scalar = escape() else { return nil }
                    scalars.append(scalar)
                } else {
                    let from = position
                    guard accept(bytes[position]) else { return nil }
                    scalars.append(contentsOf: String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<position]), as: UTF8.self).unicodeScalars)
                }
            }
            guard position < bytes.count else { return nil }
            text = String(scalars)
        }
        advance()  // the closing quote
        document.nodes.append(.init(
            kind: .scalar, isPlain: false, width: UInt16(clamping: column - startColumn), line: startLine, column: startColumn,
            end: Int32(document.nodes.count + 1), text: text ?? ""))
        return start
    }

    /// Steps over one character of a string's text, if libyaml would read it as JSON does.
    private mutating func accept(_ byte: UInt8) -> Bool {
        if byte < 0x80 {
            guard byte >= 0x20, byte != 0x7F else { return false }  // control characters
            advance()
            return true
        }
        // Valid UTF-8 (checked when the file was read); refuse what libyaml reads differently.
        guard let width = LibyamlPlainCharacter.width(ofMultibyteAt: position, in: bytes) else { return false }
        position += width
        column += 1
        return true
    }

    /// `\"`, `\\`, `\b`, `\f`, `\n`, `\r`, `\t` and `\uXXXX` outside the surrogates.
    private mutating func escape() -> Unicode.Scalar? {
        guard position + 1 < bytes.count else { return nil }
        let letter = bytes[position + 1]
        position += 2
        column += 2
        switch letter {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "b"): return "\u{08}"
        case UInt8(ascii: "f"): return "\u{0C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            guard position + 4 <= bytes.count else { return nil }
            var value: UInt32 = 0
            for byte in bytes[position..<(position + 4)] {
                guard let digit = Self.hexDigit(byte) else { return nil }
                value = value * 16 + digit
            }
            position += 4
            column += 4
            return Unicode.Scalar(value)  // nil for surrogates
        default:
            return nil
        }
    }

    /// A number, `true`, `false` or `null`: a plain scalar in YAML.
    private mutating func plain() -> Bool {
        let start = position
        let (startLine, startColumn) = (line, column)
        while position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}"), 0x20, 0x09, 0x0A, 0x0D:
                break
            default:
                position += 1
                column += 1
                continue
            }
            break
        }
        let word = UnsafeBufferPointer(rebasing: bytes[start..<position])
        guard Self.isNumber(word) || word.elementsEqual("true".utf8) || word.elementsEqual("false".utf8)
            || word.elementsEqual("null".utf8) else { return false }
        document.nodes.append(.init(
            kind: .scalar, isPlain: true, width: UInt16(clamping: column - startColumn), line: startLine, column: startColumn,
            end: Int32(document.nodes.count + 1), text: String(decoding: word, as: UTF8.self)))
        return true
    }

    // MARK: - Characters

    /// Skips spaces and line breaks (CR LF counts as one, as in libyaml); `false` on a tab,
    /// which the loader has replaced in JSON files and libyaml would refuse as indentation.
    private mutating func skipWhitespace() -> Bool {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20:
                position += 1
                column += 1
            case 0x0A:
                position += 1
                line += 1
                column = 1
            case 0x0D:
                position += 1
                if position < bytes.count, bytes[position] == 0x0A { position += 1 }
                line += 1
                column = 1
            case 0x09:
                return false
            default:
                return true
            }
        }
        return true
    }

    private mutating func advance() {
        position += 1
        column += 1
    }

    private static func hexDigit(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }

    /// JSON's number grammar: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    private static func isNumber(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        func digits() -> Int {
            let start = index
            while index < word.count, word[index] >= UInt8(ascii: "0"), word[index] <= UInt8(ascii: "9") { index += 1 }
            return index - start
        }
        if index < word.count, word[index] == UInt8(ascii: "-") { index += 1 }
        guard index < word.count else { return false }
        if word[index] == UInt8(ascii: "0") { index += 1 } else if digits() == 0 { return false }
        if index < word.count, word[index] == UInt8(ascii: ".") {
            index += 1
            guard digits() > 0 else { return false }
        }
        if index < word.count, word[index] == UInt8(ascii: "e") || word[index] == UInt8(ascii: "E") {
            index += 1
            if index < word.count, word[index] == UInt8(ascii: "+") || word[index] == UInt8(ascii: "-") { index += 1 }
            guard digits() > 0 else { return false }
        }
        return index == word.count
    }
}
