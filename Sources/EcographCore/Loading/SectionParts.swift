import Dispatch
import Foundation
internal import EcographSyntax

/// A large YAML model file cut into parts, each parsed and read on a processor of its own:
/// the national model (100 MB) is read in about half the time on two.
///
/// Parts are cut before a line that starts a top-level key, or inside a section of entries
/// before a line that starts one of its entries; such a part is parsed with the section's key
/// line put before it, so that it reads as the rest of that section. Only where the result is
/// sure to be the whole file's: every part must be read by ecograph's own YAML reader (which
/// refuses anything that could continue across a cut — multi-line scalars and flow
/// collections, document markers), no two parts may have equal top-level keys or name the
/// same section but where a section goes on, and the entries of a section cut in parts must
/// have different ids. Anything else answers `nil`, and the caller reads the file as one.
enum SectionParts {
    /// Files from this size on are cut (below, starting threads costs more than it saves).
    static let defaultMinimumBytes = 4 << 20

    /// How many parts a file is cut into: one per processor, at most eight.
    static var partCount: Int { ConcurrentWork.processorCount }

    /// Where a part is: its bytes, the line they start on, and — when it goes on with a section
    /// begun in the part before — the bytes of that section's key line, to be put before it.
    struct Cut {
        let range: Range<Int>
        let firstLine: Int
        let sectionLine: Range<Int>?
    }

    /// The parsed parts, in order, with whether each goes on with the section before; `nil`
    /// when the file must be read as one.
    static func parse(_ text: String, metamodel: Metamodel, limits: SyntaxLimits, parts wanted: Int = partCount) -> [YAMLDocument]? {
        var text = text
        return text.withUTF8 { bytes in parse(bytes, validating: false, metamodel: metamodel, limits: limits, parts: wanted) }
    }

    /// As ``parse(_:metamodel:limits:parts:)``, for a file's bytes as stored (a byte-order mark
    /// allowed): each part is checked to be UTF-8 on its own processor, so that a large file is
    /// never copied into a `String`. Bytes that are not UTF-8 give `nil`, and the caller's
    /// reading of the whole file says where.
    static func parse(bytes: [UInt8], metamodel: Metamodel, limits: SyntaxLimits, parts wanted: Int = partCount) -> [YAMLDocument]? {
        bytes.withUnsafeBufferPointer { buffer in
            let mark = ModelText.byteOrderMark
            let text = buffer.starts(with: mark) ? UnsafeBufferPointer(rebasing: buffer[mark.count...]) : buffer
            return parse(text, validating: true, metamodel: metamodel, limits: limits, parts: wanted)
        }
    }

    private static func parse(
        _ bytes: UnsafeBufferPointer<UInt8>, validating: Bool, metamodel: Metamodel, limits: SyntaxLimits, parts wanted: Int
    ) -> [YAMLDocument]? {
        guard wanted > 1 else { return nil }
        guard let cuts = cuts(in: bytes, parts: wanted) else { return nil }
        nonisolated(unsafe) let bytes = bytes
        let documents = ConcurrentWork.map(cuts.count) { index -> YAMLDocument? in
            let cut = cuts[index]
            let part = UnsafeBufferPointer(rebasing: bytes[cut.range])
            // Cut at the start of a line, a part is UTF-8 exactly when the whole is.
            if validating, (try? UTF8Span(validating: part.span)) == nil { return nil }
            guard let sectionLine = cut.sectionLine else {
                return YAMLDocument.parsePart(part, firstLine: cut.firstLine, limits: limits)
            }
            // The section's key line, then the part: the key line counts as the line before.
            var joined = [UInt8](bytes[sectionLine])
            joined.append(contentsOf: part)
            return joined.withUnsafeBufferPointer { joined in
                YAMLDocument.parsePart(joined, firstLine: cut.firstLine - 1, limits: limits)
            }
        }
        var result: [YAMLDocument] = []
        for index in 0..<cuts.count {
            guard let document = documents[index] else { return nil }
            result.append(document)
        }
        let goesOn = cuts.map { $0.sectionLine != nil }
        return standForTheWhole(result, goesOn: goesOn, metamodel: metamodel) ? result : nil
    }

    /// Reads the parsed parts concurrently, each into a fragment with its problems, in order.
    /// Each document is handed to its reader and freed with it, on that reader's processor.
    static func read(_ parts: consuming [YAMLDocument], file: String, metamodel: Metamodel) -> [(ModelFragment, DiagnosticLog)] {
        let count = parts.count
        let documents = UnsafeMutablePointer<YAMLDocument>.allocate(capacity: count)
        defer { documents.deallocate() }
        documents.initialize(from: parts, count: count)
        _ = consume parts  // the readers hold the only references now
        nonisolated(unsafe) let slots = documents
        return ConcurrentWork.map(count) { index in
            var reader = ModelFileReader(file: file, metamodel: metamodel)
            reader.read((slots + index).move())
            return reader.result
        }
    }

    /// Where to cut: about equal parts, each starting at a line that starts a top-level key or
    /// an entry of the section it is in; `nil` when fewer than two parts result.
    static func cuts(in bytes: UnsafeBufferPointer<UInt8>, parts wanted: Int) -> [Cut]? {
        var starts: [(position: Int, sectionLine: Range<Int>?)] = [(0, nil)]
        for part in 1..<wanted {
            let target = max(bytes.count * part / wanted, starts.last!.position + 1)
            guard target < bytes.count, let start = cutStart(in: bytes, from: target), start.position < bytes.count else { break }
            if start.position > starts.last!.position { starts.append(start) }
        }
        guard starts.count > 1 else { return nil }
        var cuts: [Cut] = []
        var line = 1
        for (index, start) in starts.enumerated() {
            let end = index + 1 < starts.count ? starts[index + 1].position : bytes.count
            cuts.append(Cut(range: start.position..<end, firstLine: line, sectionLine: start.sectionLine))
            line += lineFeeds(in: UnsafeBufferPointer(rebasing: bytes[start.position..<end]))
        }
        return cuts
    }

    /// The first line at or after `position` where a part can start: a top-level key (no
    /// section line), or an entry of the section `position` is in, indented as its first entry
    /// (with that section's key line).
    private static func cutStart(in bytes: UnsafeBufferPointer<UInt8>, from position: Int) -> (position: Int, sectionLine: Range<Int>?)? {
        // The section the position is in: the last line before it that starts a top-level key.
        var sectionStart = lineStart(in: bytes, at: position)
        while sectionStart > 0, !startsKey(bytes, at: sectionStart) {
            sectionStart = lineStart(in: bytes, at: sectionStart - 1)
        }
        guard startsKey(bytes, at: sectionStart) else { return nil }
        let sectionEnd = lineEnd(in: bytes, at: sectionStart)
        // Its entries' indentation: that of the first line with content after its key line.
        var entryIndent: Int?
        var index = sectionEnd
        while index < bytes.count {
            var indent = 0
            while index + indent < bytes.count, bytes[index + indent] == UInt8(ascii: " ") { indent += 1 }
            let first = index + indent < bytes.count ? bytes[index + indent] : 0x0A
            if first != 0x0A, first != UInt8(ascii: "#") {
                if indent > 0 { entryIndent = indent }
                break
            }
            index = lineEnd(in: bytes, at: index)
        }
        // From the next line start on: a top-level key, or an entry at that indentation.
        index = bytes[position - 1] == 0x0A ? position : lineEnd(in: bytes, at: position)
        while index < bytes.count {
            if startsKey(bytes, at: index) { return (index, nil) }
            if let entryIndent, index + entryIndent < bytes.count, startsKey(bytes, at: index + entryIndent),
                (index..<(index + entryIndent)).allSatisfy({ bytes[$0] == UInt8(ascii: " ") }) {
                return (index, sectionStart..<sectionEnd)
            }
            index = lineEnd(in: bytes, at: index)
        }
        return nil
    }

    /// Whether a key can start at `index`: a character that begins a plain or quoted scalar.
    private static func startsKey(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index < bytes.count else { return false }
        let byte = bytes[index]
        return (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
            || byte == UInt8(ascii: "$") || byte == UInt8(ascii: "_") || byte >= 0x80
    }

    /// The start of the line `index` is on.
    private static func lineStart(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        var start = min(index, bytes.count)
        while start > 0, bytes[start - 1] != 0x0A { start -= 1 }
        return start
    }

    /// The start of the line after the one `index` is on (the end of the bytes for the last).
    private static func lineEnd(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        var end = index
        while end < bytes.count, bytes[end] != 0x0A { end += 1 }
        return min(end + 1, bytes.count)
    }

    /// How many line feeds the bytes hold, eight at a time.
    static func lineFeeds(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        var count = 0
        var index = 0
        while index + 8 <= bytes.count {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) ^ 0x0A0A_0A0A_0A0A_0A0A
            // Exactly the zero bytes (the line feeds) get their high bit set.
            let low = (word & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F
            count += (~(low | word | 0x7F7F_7F7F_7F7F_7F7F)).nonzeroBitCount
            index += 8
        }
        while index < bytes.count {
            if bytes[index] == 0x0A { count += 1 }
            index += 1
        }
        return count
    }

    /// Whether reading the parts one by one is reading the whole file: every part's root is a
    /// mapping of scalar keys; no two parts share a key or a section (`projects` in one and
    /// `projekte` in another) but where a part goes on with the section before (`goesOn`), which
    /// must be a section of entries; and the entries of a section in several parts have
    /// different ids (equal keys of one mapping are an error the whole file's reading reports).
    private static func standForTheWhole(_ parts: [YAMLDocument], goesOn: [Bool], metamodel: Metamodel) -> Bool {
        var keys: Set<String> = []
        var sections: Set<String> = []
        var entryIDs: Set<String> = []  // of the section going on across parts
        for (index, document) in parts.enumerated() {
            guard let root = document.root, document.nodes[root].kind == .mapping else { return false }
            for (position, (key, value)) in document.pairs(of: root).enumerated() {
                guard document.nodes[key].kind == .scalar else { return false }
                let word = document.nodes[key].text
                let continues = position == 0 && goesOn[index]
                let isLast = document.nodes[root].end == document.nodes[value].end
                let goesOnAfter = isLast && index + 1 < parts.count && goesOn[index + 1]
                if continues {
                    guard metamodel.section(word)?.kind != nil else { return false }
                } else {
                    guard keys.insert(word).inserted else { return false }
                    if let section = metamodel.section(word), !sections.insert(section.name).inserted { return false }
                    entryIDs.removeAll(keepingCapacity: true)
                }
                guard continues || goesOnAfter else { continue }
                guard document.nodes[value].kind == .mapping else { return false }
                for (id, _) in document.pairs(of: value) {
                    guard document.nodes[id].kind == .scalar, entryIDs.insert(document.nodes[id].text).inserted else { return false }
                }
            }
        }
        return true
    }
}
