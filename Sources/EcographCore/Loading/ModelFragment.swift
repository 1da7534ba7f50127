import EcographMessages

/// What one model file declares, before references across files are resolved.
///
/// A national model declares about 600,000 entries and 1.3 million references, so the
/// fragment is kept small: entries are ``Node``s as the graph will hold them, and an edge
/// names the entry it is written under by position rather than repeating its id and place.
struct ModelFragment {
    /// An id written where a node is expected.
    struct Reference {
        let id: String
        let location: SourceLocation
    }

    /// An edge as written: under a key of an entry, or in the `relations` section.
    struct DeclaredEdge {
        /// The id written: under a key, the other end of the edge; in the `relations`
        /// section, the target.
        let written: Reference
        /// Under a key: the entry's position in ``nodes``. In the `relations` section:
        /// `-1 - i`, where `i` is the source's position in ``relationSources``.
        let owner: Int32
        /// The relation: a position in ``edgeTypes``.
        let typeIndex: UInt32
        /// Under a key: the key's canonical name, a position in ``keyNames``.
        let keyIndex: UInt32
        /// Whether the owner is the edge's source (`holds: cdo`), or its target.
        let ownerIsSource: Bool
    }

    /// Where an edge is written; made into text only for a message.
    enum EdgeContext: CustomStringConvertible {
        /// Under a key of an entry.
        case key(String, of: Subject)
        /// In the `relations` section.
        case relation(EdgeType)

        var description: String {
            switch self {
            case .key(let key, let owner): return "'\(key)' of \(owner)"
            case .relation(let type): return "a '\(type)' relation"
            }
        }

        /// Where the edge is written, in both languages.
        var text: LocalizedText {
            switch self {
            case .key(let key, let owner): return ModelMessage.keyOf(["key": key, "subject": owner])
            case .relation(let type): return ModelMessage.relationOfType(["type": type.rawValue])
            }
        }
    }

    let file: String
    var ecosystemName: String?
    /// The entries, in the order written.
    var nodes: [Node] = []
    var edges: [DeclaredEdge] = []
    /// The sources of edges written in the `relations` section.
    var relationSources: [Reference] = []
    /// The relation types the edges use, each once.
    private(set) var edgeTypes: [EdgeType] = []
    /// The keys edges are written under, each once.
    private(set) var keyNames: [String] = []
    private var edgeTypeIndexes: [EdgeType: UInt32] = [:]
    private var keyIndexes: [String: UInt32] = [:]
    /// The types looked up last, for ``index(of:)``; `nextRecent` is the one to replace next.
    private var recentTypes: [UInt32] = []
    private var nextRecent = 0

    init(file: String) { self.file = file }

    /// The position of a relation type in ``edgeTypes``, added when new.
    mutating func index(of type: EdgeType) -> UInt32 {
        // Entries repeat their keys in the same order: most lookups are one of the last few.
        for recent in recentTypes where edgeTypes[Int(recent)] == type { return recent }
        let index = edgeTypeIndexes[type] ?? {
            let index = UInt32(edgeTypes.count)
            edgeTypes.append(type)
            edgeTypeIndexes[type] = index
            return index
        }()
        if recentTypes.count < 4 {
            recentTypes.append(index)
        } else {
            recentTypes[nextRecent] = index
            nextRecent = (nextRecent + 1) % recentTypes.count
        }
        return index
    }

    /// The position of a key name in ``keyNames``, added when new.
    mutating func index(ofKey key: String) -> UInt32 {
        if let index = keyIndexes[key] { return index }
        let index = UInt32(keyNames.count)
        keyNames.append(key)
        keyIndexes[key] = index
        return index
    }

    /// Whether nothing has been read into the fragment yet (its ecosystem's name aside).
    var isEmpty: Bool { nodes.isEmpty && edges.isEmpty && relationSources.isEmpty && edgeTypes.isEmpty }

    /// Adds what a later part of the same file declares, as if it had been read after this
    /// one: its entries and relation sources after these, its edges renumbered to them.
    mutating func append(_ part: ModelFragment) {
        if ecosystemName == nil { ecosystemName = part.ecosystemName }
        if isEmpty {
            let name = ecosystemName
            self = part
            ecosystemName = name
            return
        }
        let nodeOffset = Int32(nodes.count)
        let sourceOffset = Int32(relationSources.count)
        let types = part.edgeTypes.map { index(of: $0) }
        let keys = part.keyNames.map { index(ofKey: $0) }
        nodes.reserveCapacity(nodes.count + part.nodes.count)  // grown once, to the size needed
        nodes.append(contentsOf: part.nodes)
        relationSources.append(contentsOf: part.relationSources)
        edges.reserveCapacity(edges.count + part.edges.count)
        for edge in part.edges {
            let isKeyEdge = edge.owner >= 0
            edges.append(DeclaredEdge(
                written: edge.written,
                owner: isKeyEdge ? edge.owner + nodeOffset : edge.owner - sourceOffset,
                typeIndex: types[Int(edge.typeIndex)],
                keyIndex: isKeyEdge ? keys[Int(edge.keyIndex)] : 0,
                ownerIsSource: edge.ownerIsSource))
        }
    }

    /// Takes the entries out, leaving none: the assembler makes them the graph's nodes.
    mutating func takeNodes() -> [Node] {
        defer { nodes = [] }
        return nodes
    }
}
