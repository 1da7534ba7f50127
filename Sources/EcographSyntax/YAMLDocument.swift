internal import CLibYAML

/// A YAML (or JSON) document read from libyaml's events into one flat array: each node once,
/// in document order, with its line and column. No tree of objects, no tags or anchors kept.
///
/// A node's children follow it; ``Node/end`` is the index after its last descendant, so the
/// next sibling of node `i` is `nodes[i].end`. A mapping's children alternate key, value.
///
/// The semantics are those of Yams' `compose` with the basic resolver, which the loader used
/// before: aliases are replaced by a copy of the anchored node (keeping its place), a mapping
/// with two equal scalar keys (same text and tag) is an error, and a stream with more than one
/// document is an error.
package struct YAMLDocument {
    package enum Kind: UInt8 {
        case scalar
        case sequence
        case mapping
    }

    package struct Node {
        package var kind: Kind
        /// A plain (unquoted) scalar; only plain scalars can mean null.
        package var isPlain: Bool
        /// How many columns a scalar spans on its line as written, quotes included (libyaml's
        /// end mark less its start mark); 0 for collections, empty scalars, scalars that go on
        /// over more lines, and beyond 65,535 columns. Sits in what would be padding.
        package var width: UInt16 = 0
        package var line: Int32
        package var column: Int32
        /// The index after this node's subtree.
        package var end: Int32
        /// A scalar's text; empty for collections.
        package var text: String
    }

    package var nodes: [Node] = []

    package init() {}

    /// The root node's index; `nil` for an empty stream.
    package var root: Int? { nodes.isEmpty ? nil : 0 }

    // MARK: - Navigation

    /// The children of a collection (for a mapping: key, value, key, value, …).
    package func children(of node: Int) -> ChildSequence { ChildSequence(nodes: nodes, start: node + 1, end: Int(nodes[node].end)) }

    /// The key–value pairs of a mapping.
    package func pairs(of mapping: Int) -> PairSequence { PairSequence(nodes: nodes, position: mapping + 1, end: Int(nodes[mapping].end)) }

    package struct PairSequence: Sequence, IteratorProtocol {
        let nodes: [Node]
        /// Where the next key is.
        var position: Int
        let end: Int

        package mutating func next() -> (key: Int, value: Int)? {
            guard position < end else { return nil }
            let key = position
            let value = Int(nodes[key].end)
            position = Int(nodes[value].end)
            return (key, value)
        }
    }

    package struct ChildSequence: Sequence, IteratorProtocol {
        let nodes: [Node]
        var start: Int
        let end: Int

        package mutating func next() -> Int? {
            guard start < end else { return nil }
            defer { start = Int(nodes[start].end) }
            return start
        }
    }

    // MARK: - Reading

    /// Parses UTF-8 text; throws the first problem libyaml or the checks above find.
    ///
    /// The text is first given to a reader of our own — ``JSONDocumentReader`` for JSON
    /// (`isJSON`), ``BlockYAMLReader`` for YAML — which gives the same document faster, or
    /// nothing; what it does not take on, libyaml reads (and reports the problems of).
    package static func parse(_ text: String, isJSON: Bool = false, limits: SyntaxLimits = SyntaxLimits()) throws(YAMLSyntaxError) -> YAMLDocument {
        try parse(text, isJSON: isJSON, fastReaders: true, limits: limits)
    }

    /// As ``parse(_:isJSON:)``; without `fastReaders`, libyaml reads every text (the reference
    /// the fast readers are tested against).
    ///
    /// Aliases may copy at most `limits.maxAliasNodes` nodes together and collections nest at
    /// most `limits.maxDepth` deep; beyond, the error names the place.
    package static func parse(
        _ text: String, isJSON: Bool, fastReaders: Bool, limits: SyntaxLimits = SyntaxLimits()
    ) throws(YAMLSyntaxError) -> YAMLDocument {
        var text = text
        let limits = limits.clamped
        let result = text.withUTF8 { bytes -> Result<YAMLDocument, YAMLSyntaxError> in
            var builder = Builder(text: bytes, limits: limits)
            do throws(YAMLSyntaxError) {
                if fastReaders, isJSON, let document = try JSONDocumentReader.read(bytes, maxDepth: limits.maxDepth) {
                    return .success(document)
                }
                if fastReaders, !isJSON, let document = BlockYAMLReader.read(bytes, maxDepth: limits.maxDepth) {
                    return .success(document)
                }
                return .success(try builder.build())
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    /// Parses a part of a YAML text — whole lines, starting on line `firstLine` — with
    /// ecograph's own reader only; `nil` when that reader is not sure of it (the caller then
    /// parses the whole text with ``parse(_:isJSON:fastReaders:limits:)``, which reports
    /// problems as libyaml does).
    package static func parsePart(
        _ bytes: UnsafeBufferPointer<UInt8>, firstLine: Int, limits: SyntaxLimits = SyntaxLimits()
    ) -> YAMLDocument? {
        BlockYAMLReader.read(bytes, maxDepth: limits.clamped.maxDepth, firstLine: Int32(clamping: firstLine))
    }

    private struct Builder {
        let text: UnsafeBufferPointer<UInt8>
        var document = YAMLDocument()
        var parser = yaml_parser_t()
        /// The collections started and not yet ended, by index.
        var open: [Int] = []
        /// Explicit tags of scalars that carry one other than `!` (rare), by node index.
        var tags: [Int: String] = [:]
        /// Anchored nodes by anchor name: where their subtree starts.
        var anchors: [String: Int] = [:]

        let limits: SyntaxLimits
        /// Nodes the aliases have copied so far.
        var aliasNodes = 0

        init(text: UnsafeBufferPointer<UInt8>, limits: SyntaxLimits) {
            self.text = text
            self.limits = limits
        }

        mutating func build() throws(YAMLSyntaxError) -> YAMLDocument {
            guard yaml_parser_initialize(&parser) == 1 else { throw .memory }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, text.baseAddress, text.count)
            var event = yaml_event_t()
            defer { yaml_event_delete(&event) }

            try next(&event)  // stream start
            try next(&event)
            if event.type == YAML_STREAM_END_EVENT { return document }  // no document: empty
            document.nodes.reserveCapacity(NodeCountEstimate.nodes(in: text))
            // Document start, then the root node and everything in it.
            try next(&event)
            repeat {
                try add(&event)
                if open.isEmpty { break }
                try next(&event)
            } while true
            try next(&event)  // document end
            try next(&event)
            if event.type != YAML_STREAM_END_EVENT {
                throw .composer(
                    context: .init(text: "expected a single document in the stream", line: 1, column: 1),
                    problem: "but found another document", line: line(of: event), column: column(of: event))
            }
            return document
        }

        private mutating func next(_ event: inout yaml_event_t) throws(YAMLSyntaxError) {
            yaml_event_delete(&event)
            guard yaml_parser_parse(&parser, &event) == 1 else { throw error() }
        }

        private func line(of event: yaml_event_t) -> Int { event.start_mark.line + 1 }
        private func column(of event: yaml_event_t) -> Int { event.start_mark.column + 1 }

        /// Adds the node an event starts or ends.
        private mutating func add(_ event: inout yaml_event_t) throws(YAMLSyntaxError) {
            let index = document.nodes.count
            let line = Int32(truncatingIfNeeded: event.start_mark.line + 1)
            let column = Int32(truncatingIfNeeded: event.start_mark.column + 1)
            switch event.type {
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                let text = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
                let isPlain = scalar.style == YAML_PLAIN_SCALAR_STYLE
                let width = event.end_mark.line == event.start_mark.line ? event.end_mark.column - event.start_mark.column : 0
                document.nodes.append(Node(
                    kind: .scalar, isPlain: isPlain, width: UInt16(clamping: width), line: line, column: column,
                    end: Int32(index + 1), text: text))
                if scalar.quoted_implicit == 0, let tag = Self.string(scalar.tag), tag != "!" { tags[index] = tag }
                if let anchor = Self.string(scalar.anchor) { anchors[anchor] = index }
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                let kind: Kind = event.type == YAML_MAPPING_START_EVENT ? .mapping : .sequence
                guard open.count < limits.maxDepth else {
                    throw .tooDeep(limit: limits.maxDepth, line: Int(line), column: Int(column))
                }
                document.nodes.append(Node(kind: kind, isPlain: false, line: line, column: column, end: -1, text: ""))
                open.append(index)
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                let start = open.removeLast()
                document.nodes[start].end = Int32(index)
                if document.nodes[start].kind == .mapping { try document.checkDuplicateKeys(of: start, tags: tags) }
                // A collection's anchor counts from its end, as in Yams (no alias inside it);
                // libyaml gives it with the start event, so it waits in `pendingAnchors`.
                if let anchor = pendingAnchors.removeValue(forKey: start) { anchors[anchor] = start }
            case YAML_ALIAS_EVENT:
                guard let name = Self.string(event.data.alias.anchor), let source = anchors[name] else {
                    throw .composer(context: nil, problem: "found undefined alias", line: Int(line), column: Int(column))
                }
                aliasNodes += Int(document.nodes[source].end) - source
                guard aliasNodes <= limits.maxAliasNodes else {
                    throw .aliasBudget(limit: limits.maxAliasNodes, line: Int(line), column: Int(column))
                }
                copySubtree(from: source)
            default:
                break
            }
            if event.type == YAML_SEQUENCE_START_EVENT, let anchor = Self.string(event.data.sequence_start.anchor) {
                pendingAnchors[index] = anchor
            } else if event.type == YAML_MAPPING_START_EVENT, let anchor = Self.string(event.data.mapping_start.anchor) {
                pendingAnchors[index] = anchor
            }
        }

        private var pendingAnchors: [Int: String] = [:]

        private mutating func copySubtree(from source: Int) {
            let end = Int(document.nodes[source].end)
            let offset = Int32(document.nodes.count - source)
            for index in source..<end {
                var node = document.nodes[index]
                node.end += offset
                document.nodes.append(node)
                if let tag = tags[index] { tags[index + Int(offset)] = tag }
            }
        }

        private static func string(_ pointer: UnsafeMutablePointer<UInt8>?) -> String? {
            guard let pointer else { return nil }
            return String(decoding: UnsafeBufferPointer(start: pointer, count: strlen(pointer)), as: UTF8.self)
        }

        private static func strlen(_ pointer: UnsafeMutablePointer<UInt8>) -> Int {
            var length = 0
            while pointer[length] != 0 { length += 1 }
            return length
        }

        /// The parser's error, in the form the loader reported it when it read through Yams.
        private func error() -> YAMLSyntaxError {
            let problem = parser.problem.map { String(cString: $0) } ?? "unknown problem"
            let context = parser.context.map {
                YAMLSyntaxError.Context(
                    text: String(cString: $0), line: parser.context_mark.line + 1, column: parser.context_mark.column + 1)
            }
            let line = parser.problem_mark.line + 1
            let column = parser.problem_mark.column + 1
            // libyaml releases after 0.2.5 stop at 1,000 levels themselves (Debian's 0.2.5 does not;
            // `add` stops at the limit first either way).
            if problem.hasPrefix("Maximum nesting level") { return .tooDeep(limit: min(limits.maxDepth, 1_000), line: line, column: column) }
            switch parser.error {
            case YAML_MEMORY_ERROR: return .memory
            case YAML_READER_ERROR: return .reader(problem: problem, byteOffset: parser.problem_offset)
            case YAML_SCANNER_ERROR: return .scanner(context: context, problem: problem, line: line, column: column)
            case YAML_PARSER_ERROR: return .parser(context: context, problem: problem, line: line, column: column)
            default: return .composer(context: context, problem: problem, line: line, column: column)
            }
        }
    }
}

extension YAMLDocument {
    /// Throws when a mapping has equal keys: two scalar keys are equal when their texts and tags
    /// are (as in Yams' composer; tags other than the default in `tags`). The error names every
    /// duplicated key, sorted, and the first place of the first one.
    func checkDuplicateKeys(of mapping: Int, tags: [Int: String]) throws(YAMLSyntaxError) {
        if tags.isEmpty, !hasEqualKeysWithoutTags(mapping) { return }
        var count = 0
        for _ in pairs(of: mapping) where count <= 16 { count += 1 }
        if count <= 16 {
            // Entries: compare each scalar key with the later ones, without allocating.
            var anyEqual = false
            search: for (key, _) in pairs(of: mapping) where nodes[key].kind == .scalar {
                var later = pairs(of: mapping)
                later.position = Int(nodes[Int(nodes[key].end)].end)
                while let (other, _) = later.next() {
                    if nodes[other].kind == .scalar && sameKey(tags, key, other) {
                        anyEqual = true
                        break search
                    }
                }
            }
            if !anyEqual { return }
        }
        let keys = pairs(of: mapping).map(\.key).filter { nodes[$0].kind == .scalar }
        guard keys.count > 1 else { return }
        var candidates = keys
        if keys.count > 16 {
            // A model's sections have thousands of ids: told apart by their bytes first.
            if tags.isEmpty, areDistinctByBytes(keys) { return }
            // Only keys whose text occurs twice can be equal; usually there are none.
            var seen = Set<String>(minimumCapacity: keys.count)
            var repeated = Set<String>()
            for key in keys where !seen.insert(nodes[key].text).inserted {
                repeated.insert(nodes[key].text)
            }
            if repeated.isEmpty { return }
            candidates = keys.filter { repeated.contains(nodes[$0].text) }
        }
        var duplicated: [Int] = []
        for (position, key) in candidates.enumerated() where !duplicated.contains(where: { sameKey(tags, $0, key) }) {
            if candidates[(position + 1)...].contains(where: { sameKey(tags, $0, key) }) { duplicated.append(key) }
        }
        guard !duplicated.isEmpty else { return }
        let sorted = duplicated.sorted { nodes[$0].text < nodes[$1].text }
        let firstKey = nodes[sorted[0]]
        throw .duplicateKeys(
            sorted.map { nodes[$0].text }, line: Int(firstKey.line), column: Int(firstKey.column))
    }

    /// Whether a mapping of up to 16 entries, without explicit tags, may have equal scalar keys
    /// (`true` for more entries): the common case, decided without copying the node array.
    private func hasEqualKeysWithoutTags(_ mapping: Int) -> Bool {
        let end = Int(nodes[mapping].end)
        return nodes.withUnsafeBufferPointer { nodes in
            var keys: (Int, Int, Int, Int, Int, Int, Int, Int, Int, Int, Int, Int, Int, Int, Int, Int) =
                (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
            var count = 0
            return withUnsafeMutableBytes(of: &keys) { raw in
                let keys = raw.bindMemory(to: Int.self)
                var position = mapping + 1
                while position < end {
                    guard count < 16 else { return true }
                    if nodes[position].kind == .scalar {
                        keys[count] = position
                        count += 1
                    }
                    position = Int(nodes[Int(nodes[position].end)].end)
                }
                for later in 0..<count {
                    for earlier in 0..<later where nodes[keys[earlier]].text == nodes[keys[later]].text { return true }
                }
                return false
            }
        }
    }

    /// Whether the scalar keys' texts are all different, decided by hashing their UTF-8 bytes
    /// into a table of our own (cheaper than `Set<String>` for the many short keys of a large
    /// mapping). `false` means "not shown": a text with a byte from 0xCC on (a scalar from
    /// U+0300 on — combining marks, for which equal strings can differ in bytes) or two equal
    /// texts; the caller then compares the strings.
    private func areDistinctByBytes(_ keys: [Int]) -> Bool {
        var capacity = 16
        while capacity < keys.count * 2 { capacity <<= 1 }
        let mask = UInt64(capacity - 1)
        var table = [Int32](repeating: -1, count: capacity)
        for (ordinal, key) in keys.enumerated() {
            var text = nodes[key].text
            let hash: UInt64? = text.withUTF8 { bytes in
                // FNV-1a, 64 bits.
                var hash: UInt64 = 0xCBF2_9CE4_8422_2325
                for byte in bytes {
                    if byte >= 0xCC { return nil }
                    hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
                }
                return hash
            }
            guard let hash else { return false }
            var slot = Int(truncatingIfNeeded: (hash ^ (hash >> 29)) & mask)
            while table[slot] >= 0 {
                if nodes[keys[Int(table[slot])]].text == text { return false }
                slot = (slot + 1) & Int(mask)
            }
            table[slot] = Int32(truncatingIfNeeded: ordinal)
        }
        return true
    }

    private func sameKey(_ tags: [Int: String], _ lhs: Int, _ rhs: Int) -> Bool {
        nodes[lhs].text == nodes[rhs].text && (tags[lhs] ?? Self.str) == (tags[rhs] ?? Self.str)
    }

    private static let str = "tag:yaml.org,2002:str"
}

/// Why a text is not a single well-formed YAML document.
package enum YAMLSyntaxError: Error {
    package struct Context {
        package let text: String
        package let line: Int
        package let column: Int
    }

    case memory
    /// The text holds bytes libyaml does not accept (control characters); at a byte offset.
    case reader(problem: String, byteOffset: Int)
    case scanner(context: Context?, problem: String, line: Int, column: Int)
    case parser(context: Context?, problem: String, line: Int, column: Int)
    case composer(context: Context?, problem: String, line: Int, column: Int)
    /// A mapping has equal keys: their texts, sorted, and the first place of the first one.
    case duplicateKeys([String], line: Int, column: Int)
    /// Collections nest deeper than the limit; the place of the first one too deep.
    case tooDeep(limit: Int, line: Int, column: Int)
    /// Aliases copy more nodes than the limit; the place of the alias that crossed it.
    case aliasBudget(limit: Int, line: Int, column: Int)
}
