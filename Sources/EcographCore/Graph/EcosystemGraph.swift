/// An ecosystem as a graph: nodes with typed, directed edges, indexed once for the queries
/// rules and renderers need.
///
/// Nodes and edges are addressed by their position in ``nodes`` and ``edges``; the graph is
/// immutable and `Sendable`, so rules may read it concurrently.
///
/// ```swift
/// let graph = try ModelLoader().load(["samples/musterstadt.yaml"]).graph
/// for project in graph.nodes(of: .project) {
///     let owners = graph.sources(of: project, via: .accountable)
///     print(graph.nodes[project].name, owners.map { graph.nodes[$0].name })
/// }
/// ```
public struct EcosystemGraph: Sendable {
    /// The ecosystem's name (`Musterstadt`); for several files with different names, all of them.
    public let name: String
    /// All nodes, in canonical order: by kind, then by id.
    public let nodes: [Node]
    /// All edges, in canonical order: by source, type, target; each (source, type, target) once.
    public let edges: [Edge]

    private let indexByID: [String: Int]
    private let kindRanges: [NodeKind: Range<Int>]
    private let outgoingStart: [Int]
    private let outgoingEdges: [Int]
    private let incomingStart: [Int]
    private let incomingEdges: [Int]

    /// Builds a graph and its indexes. Nodes are put in canonical order and edges given by
    /// index refer to the order of `nodes` as passed in; duplicate edges are dropped.
    public init(name: String, nodes unordered: [Node], edges rawEdges: [Edge]) {
        self.init(name: name, nodes: unordered, edges: rawEdges, indexByID: nil)
    }

    /// As the public initialiser; `given`, when the caller has it, maps each id to its index
    /// in `unordered` and saves hashing every id again.
    ///
    /// Large graphs (a national model: 600,000 nodes, 1.3 million edges) are indexed on two
    /// processors, in steps whose halves do not depend on each other; `concurrently` decides
    /// it instead of the size (for tests).
    init(
        name: String, nodes unordered: consuming [Node], edges rawEdges: [Edge], indexByID given: consuming [String: Int]?,
        concurrently: Bool? = nil
    ) {
        self.name = name
        var nodes = consume unordered  // handed over: ordered in place, without a copy
        let concurrently = concurrently ?? (nodes.count + rawEdges.count >= Self.concurrentFrom)
        let (order, typeNumbers) = ConcurrentWork.both(
            concurrently: concurrently, { Self.canonicalOrder(of: nodes) }, { EdgeTypeNumbering(rawEdges.lazy.map(\.type)) })
        var newIndex = [Int](repeating: 0, count: order.count)
        for (position, old) in order.enumerated() { newIndex[old] = position }

        let isGiven = given != nil
        var indexByID = (consume given) ?? [:]
        let (kindRanges, unique) = ConcurrentWork.both(
            concurrently: concurrently,
            {
                Self.permute(&nodes, order: order)
                if isGiven {
                    // The same table with its values renumbered in place: no id hashed or copied again.
                    var position = indexByID.values.startIndex
                    while position != indexByID.values.endIndex {
                        indexByID.values[position] = newIndex[indexByID.values[position]]
                        indexByID.values.formIndex(after: &position)
                    }
                } else {
                    indexByID.reserveCapacity(nodes.count)
                    for (index, node) in nodes.enumerated() { indexByID[node.id] = index }
                }
                return Self.kindRanges(of: nodes)
            },
            { Self.canonicalEdges(rawEdges, newIndex: newIndex, typeNumbers: typeNumbers, nodeCount: newIndex.count) })
        self.nodes = nodes
        self.indexByID = indexByID
        self.kindRanges = kindRanges
        self.edges = unique
        ((outgoingStart, outgoingEdges), (incomingStart, incomingEdges)) = ConcurrentWork.both(
            concurrently: concurrently,
            { Self.adjacency(count: nodes.count, ends: unique.map(\.from)) },
            { Self.adjacency(count: nodes.count, ends: unique.map(\.to)) })
    }

    /// From how many nodes and edges together a graph is indexed on two processors.
    static let concurrentFrom = 200_000

    /// The positions of `nodes` in canonical order: by kind, then by id.
    private static func canonicalOrder(of nodes: [Node]) -> [Int] {
        let keys = nodes.map { SortKey(kind: $0.kind, id: $0.id) }
        return nodes.indices.sorted { lhs, rhs in
            keys[lhs].precedes(keys[rhs]) ?? (nodes[lhs].id < nodes[rhs].id)
        }
    }

    /// Where each kind's nodes are in `nodes` (ordered by kind), found without hashing a kind per node.
    private static func kindRanges(of nodes: [Node]) -> [NodeKind: Range<Int>] {
        var rangeByKind = [Range<Int>?](repeating: nil, count: NodeKind.capacity)
        for (index, node) in nodes.enumerated() {
            let range = rangeByKind[node.kind.lookupIndex] ?? index..<index
            rangeByKind[node.kind.lookupIndex] = range.lowerBound..<(index + 1)
        }
        var kindRanges: [NodeKind: Range<Int>] = [:]
        for kind in NodeKind.known { kindRanges[kind] = rangeByKind[kind.lookupIndex] }
        return kindRanges
    }

    /// The edges renumbered to the nodes' new positions, sorted by (source, type, target) with
    /// types ranked once, so no string is compared per edge; of equal edges the first written is kept.
    private static func canonicalEdges(_ rawEdges: [Edge], newIndex: [Int], typeNumbers: EdgeTypeNumbering, nodeCount: Int) -> [Edge] {
        var unique: [Edge] = []
        unique.reserveCapacity(rawEdges.count)
        // Source, type and target packed into one integer (26 + 6 + 32 bits) when they fit,
        // so that sorting compares integers.
        if nodeCount < 1 << 26, typeNumbers.count < 1 << 6 {
            let keyed = rawEdges.enumerated().map { position, edge in
                let rank = UInt64(typeNumbers.rank(at: position))
                let key = UInt64(newIndex[edge.from]) << 38 | rank << 32 | UInt64(newIndex[edge.to])
                return (key: key, position: position)
            }.sorted { ($0.key, $0.position) < ($1.key, $1.position) }
            var previous: UInt64?
            for (key, position) in keyed where key != previous {
                previous = key
                let edge = rawEdges[position]
                unique.append(Edge(from: Int(key >> 38), type: edge.type, to: Int(key & 0xFFFF_FFFF), location: edge.location))
            }
        } else {
            let keyed = rawEdges.enumerated().map { position, edge in
                (from: newIndex[edge.from], type: typeNumbers.rank(at: position), to: newIndex[edge.to], position: position)
            }.sorted { ($0.from, $0.type, $0.to, $0.position) < ($1.from, $1.type, $1.to, $1.position) }
            var previous: (from: Int, type: Int, to: Int)?
            for key in keyed {
                if let previous, previous == (key.from, key.type, key.to) { continue }
                previous = (key.from, key.type, key.to)
                let edge = rawEdges[key.position]
                unique.append(Edge(from: key.from, type: edge.type, to: key.to, location: edge.location))
            }
        }
        return unique
    }

    /// Puts `values[order[p]]` at position `p` for every `p`, moving each value once along the
    /// permutation's cycles: no second array, and nothing retained or released.
    private static func permute(_ values: inout [Node], order: [Int]) {
        var placed = [Bool](repeating: false, count: values.count)
        values.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            for start in buffer.indices where !placed[start] {
                placed[start] = true
                if order[start] == start { continue }
                let held = (base + start).move()
                var position = start
                while true {
                    let source = order[position]
                    if source == start {
                        (base + position).initialize(to: held)
                        break
                    }
                    (base + position).moveInitialize(from: base + source, count: 1)
                    placed[source] = true
                    position = source
                }
            }
        }
    }

    /// Compressed adjacency: the edges of node `n` are `list[start[n]..<start[n + 1]]`;
    /// `ends[e]` is the node edge `e` is listed under.
    private static func adjacency(count: Int, ends: [Int]) -> ([Int], [Int]) {
        var start = [Int](repeating: 0, count: count + 1)
        for end in ends { start[end + 1] += 1 }
        for index in 0..<count { start[index + 1] += start[index] }
        var fill = start
        var list = [Int](repeating: 0, count: ends.count)
        for (index, end) in ends.enumerated() {
            list[fill[end]] = index
            fill[end] += 1
        }
        return (start, list)
    }

    // MARK: - Nodes

    /// The index of the node with this id.
    public func index(of id: String) -> Int? { indexByID[id] }

    /// The node with this id.
    public func node(id: String) -> Node? { indexByID[id].map { nodes[$0] } }

    /// The indexes of all nodes of a kind, in id order.
    public func nodes(of kind: NodeKind) -> Range<Int> { kindRanges[kind] ?? 0..<0 }

    /// How many nodes there are of each kind.
    public func count(of kind: NodeKind) -> Int { nodes(of: kind).count }

    // MARK: - Edges

    /// The indexes (into ``edges``) of the edges leaving a node.
    public func outgoing(_ node: Int) -> ArraySlice<Int> { outgoingEdges[outgoingStart[node]..<outgoingStart[node + 1]] }

    /// The indexes (into ``edges``) of the edges arriving at a node.
    public func incoming(_ node: Int) -> ArraySlice<Int> { incomingEdges[incomingStart[node]..<incomingStart[node + 1]] }

    /// The nodes a node points to through edges of a type: `targets(of: mueller, via: .holds)` → roles.
    public func targets(of node: Int, via type: EdgeType) -> [Int] {
        outgoing(node).compactMap { edges[$0].type == type ? edges[$0].to : nil }
    }

    /// The nodes pointing to a node through edges of a type: `sources(of: parkApp, via: .accountable)`.
    public func sources(of node: Int, via type: EdgeType) -> [Int] {
        incoming(node).compactMap { edges[$0].type == type ? edges[$0].from : nil }
    }

    /// Every node joined to this one by an edge in either direction, each once, in index order.
    public func neighbours(of node: Int) -> [Int] {
        var result: [Int] = []
        result.reserveCapacity(outgoing(node).count + incoming(node).count)
        for edge in outgoing(node) where edges[edge].to != node { result.append(edges[edge].to) }
        for edge in incoming(node) where edges[edge].from != node { result.append(edges[edge].from) }
        result.sort()
        var unique = 0
        for value in result where unique == 0 || result[unique - 1] != value {
            result[unique] = value
            unique += 1
        }
        result.removeLast(result.count - unique)
        return result
    }

    /// Whether a node has any edge at all.
    public func isConnected(_ node: Int) -> Bool { !outgoing(node).isEmpty || !incoming(node).isEmpty }

    /// The indexes of all edges of a type.
    public func edges(ofType type: EdgeType) -> [Int] { edges.indices.filter { edges[$0].type == type } }
}

/// Numbers the few distinct edge types of a graph in name order, without hashing a type name
/// per edge: edges of one type mostly come in runs, and there are only a couple of dozen types.
struct EdgeTypeNumbering {
    private var types: [EdgeType] = []
    private var ranks: [Int] = []
    /// For each type given, in order, its position in `types`.
    private var positions: [Int] = []

    init(_ all: some Sequence<EdgeType>) {
        // Names are compared only where their UTF-8 lengths agree; a type not found so is looked
        // for among all (equal names may differ in bytes), which happens once per distinct type.
        var lengths: [Int] = []
        var last = -1
        for type in all {
            let length = type.rawValue.utf8.count
            if last >= 0, lengths[last] == length, types[last] == type {
                positions.append(last)
                continue
            }
            let position = types.indices.first { lengths[$0] == length && types[$0] == type }
                ?? types.firstIndex(of: type) ?? types.count
            if position == types.count {
                types.append(type)
                lengths.append(length)
            }
            last = position
            positions.append(position)
        }
        let order = types.indices.sorted { types[$0] < types[$1] }
        ranks = [Int](repeating: 0, count: types.count)
        for (rank, index) in order.enumerated() { ranks[index] = rank }
    }

    /// How many distinct types there are.
    var count: Int { types.count }

    /// The rank, among the distinct types sorted by name, of the type given at a position.
    func rank(at position: Int) -> Int { ranks[positions[position]] }
}

/// Orders nodes by kind, then id, mostly without comparing strings: the first 16 bytes of an
/// id's UTF-8 decide whenever they differ. For text without combining marks (every byte below
/// 0xCC, i.e. no scalar from U+0300 on) UTF-8 byte order is `String`'s order, so the result is
/// the same as comparing the ids; other ids, and ties, are compared as strings.
private struct SortKey {
    let kind: Int
    let high: UInt64
    let low: UInt64
    /// Whether the bytes may stand for the id (it has no combining marks).
    let isSimple: Bool

    init(kind: NodeKind, id: String) {
        self.kind = kind.lookupIndex
        var high: UInt64 = 0
        var low: UInt64 = 0
        var simple = true
        var position = 0
        for byte in id.utf8 {
            if byte >= 0xCC { simple = false; break }
            if position < 8 {
                high |= UInt64(byte) << (56 - 8 * position)
            } else if position < 16 {
                low |= UInt64(byte) << (56 - 8 * (position - 8))
            }
            position += 1
        }
        self.high = high
        self.low = low
        isSimple = simple
    }

    /// `true` or `false` when the keys decide; `nil` when the ids must be compared.
    func precedes(_ other: SortKey) -> Bool? {
        if kind != other.kind { return kind < other.kind }
        guard isSimple, other.isSimple else { return nil }
        if high != other.high { return high < other.high }
        if low != other.low { return low < other.low }
        return nil
    }
}
