/// A tiny JSON reader and writer for ecograph rules in Embedded Swift: enough to read a request
/// of protocol `ecograph.rule/1` and to write a reply. Copy this file into your own rule.
///
/// The reader does not copy: every value is a range of the request's bytes in one flat array
/// (`values`), linked to its first child and next sibling. A string's range is its text between
/// the quotes *as written*, escapes included; ecograph writes each text one way, so two ids
/// compare equal exactly when their bytes do, and a name can be copied into a reply as it is.
struct JSONDocument {
    enum Kind: UInt8 { case null, boolean, number, string, array, object }

    struct Value {
        var kind: Kind
        /// The value's bytes: a string's between its quotes, a number's digits, ….
        var start: Int32, end: Int32
        /// The member name of a value inside an object (its bytes between the quotes), or -1.
        var keyStart: Int32 = -1, keyEnd: Int32 = -1
        /// The first element or member, and the next one of the parent; -1 for none.
        var firstChild: Int32 = -1, next: Int32 = -1
    }

    let bytes: UnsafeBufferPointer<UInt8>
    private(set) var values: [Value] = []

    /// Parses `bytes`; `nil` when they are not JSON or nest deeper than 64 levels.
    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        var at = 0
        guard parseValue(&at, depth: 0) != nil else { return nil }
        skipSpace(&at)
        if at != bytes.count { return nil }
    }

    /// The root value.
    var root: Int { 0 }

    /// The member `key` of an object, or `nil`.
    func member(_ object: Int?, _ key: StaticString) -> Int? {
        guard let object, values[object].kind == .object else { return nil }
        var child = values[object].firstChild
        while child >= 0 {
            let value = values[Int(child)]
            if equal(Int(value.keyStart), Int(value.keyEnd), key) { return Int(child) }
            child = value.next
        }
        return nil
    }

    /// The elements of an array (or the members of an object).
    func children(_ container: Int?) -> [Int] {
        guard let container else { return [] }
        var result: [Int] = []
        var child = values[container].firstChild
        while child >= 0 {
            result.append(Int(child))
            child = values[Int(child)].next
        }
        return result
    }

    /// Whether a value is the string `text` (which must need no escapes).
    func isString(_ value: Int?, _ text: StaticString) -> Bool {
        guard let value, values[value].kind == .string else { return false }
        return equal(Int(values[value].start), Int(values[value].end), text)
    }

    /// A string's bytes as written (escapes included), or `nil` when it is not a string.
    func text(_ value: Int?) -> UnsafeBufferPointer<UInt8>? {
        guard let value, values[value].kind == .string else { return nil }
        return UnsafeBufferPointer(rebasing: bytes[Int(values[value].start)..<Int(values[value].end)])
    }

    /// A whole number, or `nil`.
    func integer(_ value: Int?) -> Int? {
        guard let value, values[value].kind == .number else { return nil }
        var result = 0
        var negative = false
        for index in Int(values[value].start)..<Int(values[value].end) {
            let byte = bytes[index]
            if byte == UInt8(ascii: "-") && index == Int(values[value].start) { negative = true; continue }
            guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") else { return nil }
            result = result &* 10 &+ Int(byte - UInt8(ascii: "0"))
        }
        return negative ? -result : result
    }

    private func equal(_ start: Int, _ end: Int, _ text: StaticString) -> Bool {
        guard end - start == text.utf8CodeUnitCount else { return false }
        let literal = UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount)
        for offset in 0..<literal.count where bytes[start + offset] != literal[offset] { return false }
        return true
    }

    private func skipSpace(_ at: inout Int) {
        while at < bytes.count, bytes[at] == 0x20 || bytes[at] == 0x0A || bytes[at] == 0x0D || bytes[at] == 0x09 { at += 1 }
    }

    /// Reads a string after its opening quote; returns the end of its text (before the quote).
    private func scanString(_ at: inout Int) -> Int? {
        while at < bytes.count {
            let byte = bytes[at]
            at += 1
            if byte == UInt8(ascii: "\"") { return at - 1 }
            if byte == UInt8(ascii: "\\") { at += 1 } else if byte < 0x20 { return nil }
        }
        return nil
    }

    private mutating func parseValue(_ at: inout Int, depth: Int) -> Int? {
        skipSpace(&at)
        guard at < bytes.count, depth < 64 else { return nil }
        let index = values.count
        let first = bytes[at]
        switch first {
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            let isObject = first == UInt8(ascii: "{")
            let close = isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
            values.append(Value(kind: isObject ? .object : .array, start: Int32(at), end: Int32(at)))
            at += 1
            skipSpace(&at)
            if at < bytes.count, bytes[at] == close {
                at += 1
                return index
            }
            var previous: Int32 = -1
            while true {
                var keyStart = -1, keyEnd = -1
                if isObject {
                    skipSpace(&at)
                    guard at < bytes.count, bytes[at] == UInt8(ascii: "\"") else { return nil }
                    at += 1
                    keyStart = at
                    guard let end = scanString(&at) else { return nil }
                    keyEnd = end
                    skipSpace(&at)
                    guard at < bytes.count, bytes[at] == UInt8(ascii: ":") else { return nil }
                    at += 1
                }
                guard let child = parseValue(&at, depth: depth + 1) else { return nil }
                values[child].keyStart = Int32(keyStart)
                values[child].keyEnd = Int32(keyEnd)
                if previous < 0 { values[index].firstChild = Int32(child) } else { values[Int(previous)].next = Int32(child) }
                previous = Int32(child)
                skipSpace(&at)
                guard at < bytes.count else { return nil }
                let separator = bytes[at]
                at += 1
                if separator == close { return index }
                guard separator == UInt8(ascii: ",") else { return nil }
            }
        case UInt8(ascii: "\""):
            at += 1
            let start = at
            guard let end = scanString(&at) else { return nil }
            values.append(Value(kind: .string, start: Int32(start), end: Int32(end)))
        case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
            let start = at
            while at < bytes.count, bytes[at] >= UInt8(ascii: "a"), bytes[at] <= UInt8(ascii: "z") { at += 1 }
            values.append(Value(kind: first == UInt8(ascii: "n") ? .null : .boolean, start: Int32(start), end: Int32(at)))
            guard equal(start, at, "true") || equal(start, at, "false") || equal(start, at, "null") else { return nil }
        default:
            let start = at
            while at < bytes.count, bytes[at] == UInt8(ascii: "-") || bytes[at] == UInt8(ascii: "+") || bytes[at] == UInt8(ascii: ".")
                || bytes[at] == UInt8(ascii: "e") || bytes[at] == UInt8(ascii: "E") || (bytes[at] >= UInt8(ascii: "0") && bytes[at] <= UInt8(ascii: "9")) {
                at += 1
            }
            guard at > start else { return nil }
            values.append(Value(kind: .number, start: Int32(start), end: Int32(at)))
        }
        return index
    }
}

/// The reply, written as bytes.
struct JSONWriter {
    private(set) var bytes: [UInt8] = []

    /// Text as it is: `{"protocol":`.
    mutating func raw(_ text: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Bytes that are already JSON string content (a text read with ``JSONDocument/text(_:)``).
    mutating func raw(_ text: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: text)
    }

    /// A whole number.
    mutating func number(_ value: Int) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var digits: [UInt8] = []
        var rest = value.magnitude
        repeat {
            digits.append(UInt8(ascii: "0") + UInt8(rest % 10))
            rest /= 10
        } while rest > 0
        bytes.append(contentsOf: digits.reversed())
    }
}
