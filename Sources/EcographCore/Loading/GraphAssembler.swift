import EcographMessages

/// Merges the fragments of all files into one graph: checks that ids are unique across files
/// and that every reference names an existing node of a fitting kind.
struct GraphAssembler {
    /// Unknown references for which a suggestion is searched; beyond it, errors carry none
    /// (a suggestion scans every id, and a broken model can have thousands of bad references).
    static let suggestionBudget = 200

    static func assemble(_ fragments: [ModelFragment], metamodel: Metamodel = .builtIn, log: inout DiagnosticLog) -> EcosystemGraph {
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
        for fragment in fragments {
            var indexes: [Int] = []
            indexes.reserveCapacity(fragment.nodes.count)
            defer { declaredIndexes.append(indexes) }
            for declared in fragment.nodes {
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
                var attributes = declared.attributes
                if isRegion, let ecosystem = fragment.ecosystemName, attributes[EcosystemParts.attribute] == nil {
                    attributes[EcosystemParts.attribute] = .text(ecosystem)
                }
                nodes.append(Node(
                    id: declared.id, kind: declared.kind, name: declared.name,
                    attributes: attributes, location: declared.location, waivers: declared.waivers))
            }
        }

        let kinds = nodes.map(\.kind)
        var suggestionsLeft = suggestionBudget
        var edges: [Edge] = []
        edges.reserveCapacity(fragments.reduce(0) { $0 + $1.edges.count })
        // The kinds each type allows, looked up once per type: among those seen, names are
        // compared only where their UTF-8 lengths agree (a type not found so is looked up anew,
        // as names that differ in bytes may still be equal).
        typealias Allowed = (type: EdgeType, length: Int, sources: KindSet?, targets: KindSet?)
        var seenTypes: [Allowed] = []
        var current: Allowed?
        for (fragment, declaredIndexes) in zip(fragments, declaredIndexes) {
            for declared in fragment.edges {
                let length = declared.type.rawValue.utf8.count
                if current?.length != length || current?.type != declared.type {
                    if let seen = seenTypes.first(where: { $0.length == length && $0.type == declared.type }) {
                        current = seen
                    } else {
                        let rule = metamodel.rule(of: declared.type)
                        current = (declared.type, length, rule?.sourceKinds.map(KindSet.init), rule?.targetKinds.map(KindSet.init))
                        seenTypes.append(current!)
                    }
                }
                let source = resolve(
                    declared.source, allowed: current?.sources, role: "from", edge: declared,
                    nodes: nodes, kinds: kinds, indexByID: indexByID, declaredIndexes: declaredIndexes, suggestionsLeft: &suggestionsLeft, log: &log)
                let target = resolve(
                    declared.target, allowed: current?.targets, role: "to", edge: declared,
                    nodes: nodes, kinds: kinds, indexByID: indexByID, declaredIndexes: declaredIndexes, suggestionsLeft: &suggestionsLeft, log: &log)
                guard let source, let target else { continue }
                edges.append(Edge(from: source, type: declared.type, to: target, location: declared.target.location))
            }
        }

        return EcosystemGraph(name: names.joined(separator: ", "), nodes: nodes, edges: edges, indexByID: indexByID)
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

    private static func resolve(
        _ reference: ModelFragment.Reference, allowed: KindSet?, role: String,
        edge: ModelFragment.DeclaredEdge, nodes: [Node], kinds: [NodeKind], indexByID: [String: Int], declaredIndexes: [Int],
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
        if reference.declaredNode >= 0, declaredIndexes[Int(reference.declaredNode)] < 0 { return nil }  // a duplicate's key
        guard let index = reference.declaredNode >= 0 ? declaredIndexes[Int(reference.declaredNode)] : indexByID[reference.id] else {
            var advice: LocalizedText?
            if suggestionsLeft > 0 {
                suggestionsLeft -= 1
                let candidates = nodes.lazy.filter { allowed?.contains($0.kind) ?? true }.map(\.id)
                advice = Suggestion.advice(reference.id, in: candidates)
            }
            let wanted = expected.map { ModelMessage.unknownIDExpected(["kinds": $0]) } ?? LocalizedText("")
            log.error(
                ModelMessage.unknownID(["id": reference.id, "context": edge.context.text, "expected": wanted]),
                advice: advice ?? ModelMessage.unknownIDAdvice.text,
                at: reference.location)
            return nil
        }
        if let allowed, !allowed.contains(kinds[index]) {
            log.error(
                ModelMessage.wrongKind([
                    "id": reference.id, "kind": kinds[index].localizedNoun.withIndefiniteArticle, "context": edge.context.text,
                    "expected": expected ?? ModelMessage.anyNode.text.withIndefiniteArticle,
                ]),
                advice: ModelMessage.wrongKindAdvice(["expected": expected ?? ModelMessage.anyNode.text.withIndefiniteArticle]),
                at: reference.location)
            return nil
        }
        return index
    }
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
