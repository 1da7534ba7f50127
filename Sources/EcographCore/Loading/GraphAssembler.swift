import EcographMessages

/// Merges the fragments of all files into one graph: checks that ids are unique across files
/// and that every reference names an existing node of a fitting kind.
struct GraphAssembler {
    /// Unknown references for which a suggestion is searched; beyond it, errors carry none
    /// (a suggestion scans every id, and a broken model can have thousands of bad references).
    static let suggestionBudget = 200

    /// From how many written edges on they are resolved on several processors.
    static let defaultConcurrentEdgesFrom = 100_000

    /// The fragments' nodes are taken out of them (`fragments` is left with edges only): a
    /// single file's nodes become the graph's without a copy.
    ///
    /// With `concurrentEdgesFrom` edges or more, the edges are first resolved on several
    /// processors without any message; only if one of them does not resolve are they all
    /// resolved again in turn, so that messages and the suggestion budget keep their order.
    static func assemble(
        _ fragments: inout [ModelFragment], metamodel: Metamodel = .builtIn, concurrentEdgesFrom: Int,
        log: inout DiagnosticLog
    ) -> EcosystemGraph {
        let declaredCount = fragments.reduce(0) { $0 + $1.nodes.count }
        var nodes: [Node] = []
        nodes.reserveCapacity(declaredCount)
        var indexByID: [String: Int] = [:]
        indexByID.reserveCapacity(declaredCount)
        // Per fragment, per declared node: the node its id names (itself, or the first of that id).
        var declaredIndexes: [[Int]] = []
        declaredIndexes.reserveCapacity(fragments.count)
        let names = fragments.compactMap(\.ecosystemName).reduce(into: [String]()) { names, name in
            if !names.contains(name) { names.append(name) }
        }
        // Files naming different ecosystems make a region: each entry belongs to its file's
        // ecosystem unless it names its own (`ecosystem:`).
        let isRegion = names.count > 1
        for position in fragments.indices {
            let declaredNodes = fragments[position].takeNodes()
            let ecosystem = isRegion ? fragments[position].ecosystemName : nil
            var indexes: [Int] = []
            indexes.reserveCapacity(declaredNodes.count)
            defer { declaredIndexes.append(indexes) }
            // The common case, one file and no duplicate ids: its nodes are the graph's as they are.
            if nodes.isEmpty, ecosystem == nil {
                var unique = true
                for index in declaredNodes.indices where claim(&indexByID[declaredNodes[index].id, default: -1], for: index) != nil {
                    unique = false
                    break
                }
                if unique {
                    nodes = declaredNodes
                    indexes.append(contentsOf: nodes.indices)
                    continue
                }
                indexByID.removeAll(keepingCapacity: true)
            }
            for declared in declaredNodes {
                if let existing = claim(&indexByID[declared.id, default: -1], for: nodes.count) {
                    // The duplicate is not a node: its own keys make no edges (they would be
                    // checked against the first node's kind and give misleading errors).
                    indexes.append(-1)
                    let first = nodes[existing]
                    log.error(
                        ModelMessage.duplicateID(["id": declared.id, "kind": first.kind.localizedNoun, "place": "\(first.location)"]),
                        advice: ModelMessage.duplicateIDAdvice.text,
                        at: declared.location)
                    continue
                }
                indexes.append(nodes.count)
                if let ecosystem, declared.attributes[EcosystemParts.attribute] == nil {
                    var attributes = declared.attributes
                    attributes[EcosystemParts.attribute] = .text(ecosystem)
                    nodes.append(Node(
                        id: declared.id, kind: declared.kind, name: declared.name,
                        attributes: attributes, location: declared.location, waivers: declared.waivers))
                } else {
                    nodes.append(declared)
                }
            }
        }

        let kinds = nodes.map(\.kind)
        let edgeCount = fragments.reduce(0) { $0 + $1.edges.count }
        if edgeCount >= concurrentEdgesFrom,
            let edges = resolveConcurrently(fragments, declaredIndexes: declaredIndexes, metamodel: metamodel, nodes: nodes, kinds: kinds, indexByID: indexByID) {
            return EcosystemGraph(name: names.joined(separator: ", "), nodes: consume nodes, edges: edges, indexByID: consume indexByID)
        }
        var suggestionsLeft = suggestionBudget
        var edges: [Edge] = []
        edges.reserveCapacity(edgeCount)
        for (fragment, declaredIndexes) in zip(fragments, declaredIndexes) {
            let allowed = allowedKinds(of: fragment, metamodel: metamodel)
            for declared in fragment.edges {
                let typeIndex = Int(declared.typeIndex)
                // The entry an edge is written under is known by position; a duplicate's keys make no edges.
                var owner = -1
                if declared.owner >= 0 {
                    owner = declaredIndexes[Int(declared.owner)]
                    if owner < 0 { continue }
                }
                let written = End(id: declared.written.id, location: declared.written.location, node: nil)
                let ownerEnd = owner >= 0
                    ? End(id: nodes[owner].id, location: nodes[owner].location, node: owner)
                    : fragment.relationSources[Int(-1 - declared.owner)].end
                let (sourceEnd, targetEnd) = declared.ownerIsSource ? (ownerEnd, written) : (written, ownerEnd)
                let context = Context(edge: declared, fragment: fragment, owner: owner)
                let source = resolve(
                    sourceEnd, allowed: allowed[typeIndex].sources, context: context,
                    nodes: nodes, kinds: kinds, indexByID: indexByID, suggestionsLeft: &suggestionsLeft, log: &log)
                let target = resolve(
                    targetEnd, allowed: allowed[typeIndex].targets, context: context,
                    nodes: nodes, kinds: kinds, indexByID: indexByID, suggestionsLeft: &suggestionsLeft, log: &log)
                guard let source, let target else { continue }
                edges.append(Edge(from: source, type: fragment.edgeTypes[typeIndex], to: target, location: targetEnd.location))
            }
        }

        // Handed over, not shared: the graph orders the nodes and renumbers the table in place.
        return EcosystemGraph(name: names.joined(separator: ", "), nodes: consume nodes, edges: consume edges, indexByID: consume indexByID)
    }

    /// The kinds each of a fragment's relation types allows at its ends, looked up once per type.
    private static func allowedKinds(of fragment: ModelFragment, metamodel: Metamodel) -> [(sources: KindSet?, targets: KindSet?)] {
        fragment.edgeTypes.map { type in
            let rule = metamodel.rule(of: type)
            return (sources: rule?.sourceKinds.map(KindSet.init), targets: rule?.targetKinds.map(KindSet.init))
        }
    }

    /// The edges of all fragments, in the order written, resolved in runs on several processors;
    /// `nil` as soon as one reference names no node or a node of a kind not allowed (the caller
    /// then resolves them in turn, with messages). A duplicate's keys make no edges, as there.
    private static func resolveConcurrently(
        _ fragments: [ModelFragment], declaredIndexes: [[Int]], metamodel: Metamodel, nodes: [Node], kinds: [NodeKind], indexByID: [String: Int]
    ) -> [Edge]? {
        let allowed = fragments.map { allowedKinds(of: $0, metamodel: metamodel) }
        // Runs of about equal length, none across two fragments; `offset`: where a run's edges
        // are written in the result before it is closed up (duplicates' keys make none).
        var runs: [(fragment: Int, range: Range<Int>, offset: Int)] = []
        var total = 0
        for position in fragments.indices {
            for range in ConcurrentWork.chunks(of: fragments[position].edges.count, parts: ConcurrentWork.processorCount * 4) {
                runs.append((position, range, total))
                total += range.count
            }
        }
        var complete = true
        // Written in place into one array: no array per run, none copied.
        let edges = [Edge](unsafeUninitializedCapacity: total) { buffer, initializedCount in
            guard let base = buffer.baseAddress else { return }
            nonisolated(unsafe) let start = base
            let counts = ConcurrentWork.map(runs.count) { run -> Int? in
                let fragment = fragments[runs[run].fragment]
                let entryNodes = declaredIndexes[runs[run].fragment]
                let ends = allowed[runs[run].fragment]
                let output = start + runs[run].offset
                var written = 0
                for declared in fragment.edges[runs[run].range] {
                    let typeIndex = Int(declared.typeIndex)
                    var owner: Int?
                    if declared.owner >= 0 {
                        let index = entryNodes[Int(declared.owner)]
                        if index < 0 { continue }
                        owner = index
                    }
                    let ownerNode = owner ?? indexByID[fragment.relationSources[Int(-1 - declared.owner)].id]
                    let writtenNode = indexByID[declared.written.id]
                    guard let ownerNode, let writtenNode else {
                        output.deinitialize(count: written)
                        return nil
                    }
                    let (source, target) = declared.ownerIsSource ? (ownerNode, writtenNode) : (writtenNode, ownerNode)
                    guard ends[typeIndex].sources?.contains(kinds[source]) ?? true, ends[typeIndex].targets?.contains(kinds[target]) ?? true else {
                        output.deinitialize(count: written)
                        return nil
                    }
                    // Where the target is written, as in the messages of the resolution in turn.
                    let location = declared.ownerIsSource
                        ? declared.written.location
                        : owner.map { nodes[$0].location } ?? fragment.relationSources[Int(-1 - declared.owner)].location
                    (output + written).initialize(to: Edge(from: source, type: fragment.edgeTypes[typeIndex], to: target, location: location))
                    written += 1
                }
                return written
            }
            guard !counts.contains(nil) else {
                for (run, count) in zip(runs, counts) { if let count { (base + run.offset).deinitialize(count: count) } }
                complete = false
                return
            }
            // Closed up, in order: each run moves down to where the one before it ends.
            var end = 0
            for (run, count) in zip(runs, counts) {
                if run.offset != end { (base + end).moveInitialize(from: base + run.offset, count: count!) }
                end += count!
            }
            initializedCount = end
        }
        return complete ? edges : nil
    }

    /// Takes a dictionary slot for a new node: returns the node that has it, or — when it is
    /// free (-1) — puts `index` in. Passed as `&table[id, default: -1]`, the id is hashed once.
    private static func claim(_ slot: inout Int, for index: Int) -> Int? {
        guard slot >= 0 else {
            slot = index
            return nil
        }
        return slot
    }

    /// One end of an edge: the id and place written, and — when it is the entry the edge is
    /// written under — that entry's node, so that its id need not be looked up.
    struct End {
        let id: String
        let location: SourceLocation
        let node: Int?
    }

    /// Where an edge is written, made into text only for a message.
    struct Context {
        let edge: ModelFragment.DeclaredEdge
        let fragment: ModelFragment
        /// The node of the entry the edge is written under; -1 in the `relations` section.
        let owner: Int

        func text(nodes: [Node]) -> LocalizedText {
            guard owner >= 0 else { return ModelFragment.EdgeContext.relation(fragment.edgeTypes[Int(edge.typeIndex)]).text }
            let subject = Subject(kind: nodes[owner].kind, id: nodes[owner].id)
            return ModelFragment.EdgeContext.key(fragment.keyNames[Int(edge.keyIndex)], of: subject).text
        }
    }

    private static func resolve(
        _ reference: End, allowed: KindSet?, context: Context,
        nodes: [Node], kinds: [NodeKind], indexByID: [String: Int],
        suggestionsLeft: inout Int, log: inout DiagnosticLog
    ) -> Int? {
        // Only for messages: built when one is needed, not for every edge.
        var expected: LocalizedText? {
            allowed.map { kinds in
                NodeKind.known.filter(kinds.contains).map(\.localizedNoun)
                    .reduce(nil as LocalizedText?) { joined, noun in joined.map { ModelMessage.kindsOr(["first": $0, "second": noun]) } ?? noun }
                    ?? ModelMessage.anyNode.text
            }?.withIndefiniteArticle
        }
        guard let index = reference.node ?? indexByID[reference.id] else {
            var advice: LocalizedText?
            if suggestionsLeft > 0 {
                suggestionsLeft -= 1
                let candidates = nodes.lazy.filter { allowed?.contains($0.kind) ?? true }.map(\.id)
                advice = Suggestion.advice(reference.id, in: candidates)
            }
            let wanted = expected.map { ModelMessage.unknownIDExpected(["kinds": $0]) } ?? LocalizedText("")
            log.error(
                ModelMessage.unknownID(["id": reference.id, "context": context.text(nodes: nodes), "expected": wanted]),
                advice: advice ?? ModelMessage.unknownIDAdvice.text,
                at: reference.location)
            return nil
        }
        if let allowed, !allowed.contains(kinds[index]) {
            log.error(
                ModelMessage.wrongKind([
                    "id": reference.id, "kind": kinds[index].localizedNoun.withIndefiniteArticle, "context": context.text(nodes: nodes),
                    "expected": expected ?? ModelMessage.anyNode.text.withIndefiniteArticle,
                ]),
                advice: ModelMessage.wrongKindAdvice(["expected": expected ?? ModelMessage.anyNode.text.withIndefiniteArticle]),
                at: reference.location)
            return nil
        }
        return index
    }
}

extension ModelFragment.Reference {
    fileprivate var end: GraphAssembler.End { GraphAssembler.End(id: id, location: location, node: nil) }
}

/// A set of node kinds as bits, tested without hashing. Room for 64 kinds; a kind beyond that
/// stops the program rather than landing silently in no bit (Swift's `<<` shifts it out).
struct KindSet {
    private let bits: UInt64

    init(_ kinds: Set<NodeKind>) {
        bits = kinds.reduce(0) { $0 | Self.bit($1) }
    }

    func contains(_ kind: NodeKind) -> Bool { bits & Self.bit(kind) != 0 }

    private static func bit(_ kind: NodeKind) -> UInt64 {
        precondition(kind.lookupIndex < UInt64.bitWidth, "KindSet holds at most 64 kinds")
        return 1 << UInt64(kind.lookupIndex)
    }
}
