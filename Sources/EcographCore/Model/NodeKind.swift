import EcographMessages
import Synchronization

/// A kind of node an ecosystem is made of: one of the seven built-in kinds, or a kind a profile
/// declares (`committee`, `procedure`; see ``ModelProfile``).
///
/// A kind is a small number, so that nodes stay small and kind sets are bits. Kinds are interned
/// for the process like symbols: a profile's kind gets the next free number the first time its
/// name is declared, and keeps it. The built-in kinds come first, in the canonical order used
/// wherever nodes are listed (exports, summaries): the three systems first, projects last; kinds
/// of profiles follow in the order they were declared.
@frozen
public struct NodeKind: RawRepresentable, Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    /// The kind's place among all kinds of the process.
    @usableFromInline let index: UInt8

    @inlinable init(index: UInt8) { self.index = index }

    // The built-in kinds are constants that inline where they are compared, as enum cases did.

    /// One of the three systems of the ecosystem: administration, municipal group, community.
    @inlinable public static var system: NodeKind { NodeKind(index: 0) }
    /// A field of action (*Gestaltungsfeld*) such as mobility or education.
    @inlinable public static var field: NodeKind { NodeKind(index: 1) }
    /// A group of people a project means to serve (*Zielgruppe*).
    @inlinable public static var targetGroup: NodeKind { NodeKind(index: 2) }
    /// A role, held by actors: chief executive, CDO, Digitaler Lotse, …
    @inlinable public static var role: NodeKind { NodeKind(index: 3) }
    /// A person, office, company, association or other party.
    @inlinable public static var actor: NodeKind { NodeKind(index: 4) }
    /// A participation format: workshop, barcamp, hackathon, makerspace, online participation.
    @inlinable public static var format: NodeKind { NodeKind(index: 5) }
    /// A digitalisation project.
    @inlinable public static var project: NodeKind { NodeKind(index: 6) }

    /// The built-in kinds, in canonical order.
    public static let builtIn: [NodeKind] = (0..<7).map { NodeKind(index: UInt8($0)) }

    /// Every kind this process knows: the built-in ones, then those of profiles read so far.
    public static var known: [NodeKind] { (0..<(builtInNames.count + KindRegistry.shared.count)).map { NodeKind(index: UInt8($0)) } }

    /// How many kinds one process can hold (kind sets are 64 bits).
    public static let capacity = 64

    /// Whether the kind is one of the seven built-in ones.
    public var isBuiltIn: Bool { Int(index) < Self.builtInNames.count }

    /// The kind's name as models, rules and exports write it (`project`, `target-group`, `committee`).
    public var rawValue: String {
        isBuiltIn ? Self.builtInNames[Int(index)] : KindRegistry.shared.entry(at: Int(index) - Self.builtInNames.count).name
    }

    /// The kind of that name: a built-in one or one a profile has declared; `nil` otherwise.
    public init?(rawValue: String) {
        if let position = Self.builtInNames.firstIndex(of: rawValue) {
            self.init(index: UInt8(position))
        } else if let position = KindRegistry.shared.position(of: rawValue) {
            self.init(index: UInt8(Self.builtInNames.count + position))
        } else {
            return nil
        }
    }

    /// Interns a profile's kind with its nouns (the nouns of a name declared before are replaced).
    /// `nil` when the process holds ``capacity`` kinds already.
    static func declare(_ name: String, noun: LocalizedText, plural: LocalizedText, style: Metamodel.Style?) -> NodeKind? {
        if let kind = NodeKind(rawValue: name), kind.isBuiltIn { return kind }
        guard let position = KindRegistry.shared.declare(
            name, noun: noun, plural: plural, style: style, room: capacity - builtInNames.count) else { return nil }
        return NodeKind(index: UInt8(builtInNames.count + position))
    }

    /// How maps draw nodes of a profile's kind (the style of the profile that declared it last);
    /// `nil` for built-in kinds, which have their own.
    public var profileStyle: Metamodel.Style? {
        isBuiltIn ? nil : KindRegistry.shared.entry(at: Int(index) - Self.builtInNames.count).style
    }

    /// The English noun for one node of this kind, for messages (`"target group"`).
    public var noun: String { isBuiltIn ? (self == .targetGroup ? "target group" : rawValue) : localizedNoun.text(in: .en) }

    /// The English plural, for summaries (`"target groups"`).
    public var pluralNoun: String { isBuiltIn ? noun + "s" : localizedPluralNoun.text(in: .en) }

    public var description: String { rawValue }

    @inlinable public static func < (lhs: NodeKind, rhs: NodeKind) -> Bool { lhs.index < rhs.index }

    @inlinable public static func == (lhs: NodeKind, rhs: NodeKind) -> Bool { lhs.index == rhs.index }

    @inlinable public func hash(into hasher: inout Hasher) { hasher.combine(index) }

    public init(from decoder: Decoder) throws {
        let name = try decoder.singleValueContainer().decode(String.self)
        guard let kind = NodeKind(rawValue: name) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "unknown kind '\(name)'"))
        }
        self = kind
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    static let builtInNames = ["system", "field", "target-group", "role", "actor", "format", "project"]
}

/// The kinds profiles have declared in this process, with their nouns; append-only.
final class KindRegistry: Sendable {
    struct Entry: Sendable {
        let name: String
        var noun: LocalizedText
        var plural: LocalizedText
        var style: Metamodel.Style?
    }

    static let shared = KindRegistry()

    private let entries = Mutex<[Entry]>([])

    var count: Int { entries.withLock { $0.count } }

    func entry(at position: Int) -> Entry { entries.withLock { $0[position] } }

    func position(of name: String) -> Int? { entries.withLock { $0.firstIndex { $0.name == name } } }

    func declare(_ name: String, noun: LocalizedText, plural: LocalizedText, style: Metamodel.Style?, room: Int) -> Int? {
        entries.withLock { entries in
            if let position = entries.firstIndex(where: { $0.name == name }) {
                entries[position].noun = noun
                entries[position].plural = plural
                entries[position].style = style
                return position
            }
            guard entries.count < room else { return nil }
            entries.append(Entry(name: name, noun: noun, plural: plural, style: style))
            return entries.count - 1
        }
    }
}
