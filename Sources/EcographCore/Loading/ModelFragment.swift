import EcographMessages

/// What one model file declares, before references across files are resolved.
struct ModelFragment {
    /// A node as written in a file.
    struct DeclaredNode {
        let id: String
        let kind: NodeKind
        let name: String
        let attributes: [String: AttributeValue]
        let location: SourceLocation
        let waivers: [Waiver]
    }

    /// An id written where a node is expected.
    struct Reference {
        let id: String
        let location: SourceLocation
        /// When the reference is the entry it is written under: that entry's position in
        /// ``nodes``, so that its id need not be looked up again; otherwise -1. (An `Int32`:
        /// a model has many references, and an `Int?` would make each 8 bytes larger.)
        var declaredNode: Int32 = -1
    }

    /// An edge as written: under a key of an entry, or in the `relations` section.
    struct DeclaredEdge {
        let source: Reference
        let type: EdgeType
        let target: Reference
        /// Where it was written, for messages: "`field` of project 'park-app'".
        let context: EdgeContext
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
    var nodes: [DeclaredNode] = []
    var edges: [DeclaredEdge] = []

    init(file: String) { self.file = file }
}
