/// One node of the ecosystem graph: a system, field, target group, role, actor, format or project.
public struct Node: Hashable, Sendable {
    /// The id from the model, unique across all kinds (`park-app`, `mobilität`).
    public let id: String
    /// What kind of thing this node is.
    public let kind: NodeKind
    /// The display name; the id when the model gives none.
    public let name: String
    /// Everything that is not a relation, by canonical key (`type`, `status`, `value`, `x-budget`).
    public let attributes: [String: AttributeValue]
    /// Where the node's id is written in the model.
    public let location: SourceLocation
    /// Rules the model deliberately waives for this node, each with a reason.
    public let waivers: [Waiver]
    /// The typed forms of `status` and `type`, read once here rather than on every question.
    private let typed: TypedAttributes

    public init(
        id: String, kind: NodeKind, name: String,
        attributes: [String: AttributeValue] = [:], location: SourceLocation, waivers: [Waiver] = []
    ) {
        self.id = id
        self.kind = kind
        self.name = name
        self.attributes = attributes
        self.location = location
        self.waivers = waivers
        self.typed = TypedAttributes(kind: kind, attributes: attributes)
    }

    /// The text of an attribute, if it is set and is text.
    public subscript(attribute key: String) -> String? { attributes[key]?.text }

    /// The node's `type` attribute in canonical form (`cdo`, `administration`, `hackathon`).
    public var type: String? { self[attribute: "type"] }

    /// A project's lifecycle status; `nil` for other kinds or when not given.
    public var status: ProjectStatus? { typed.status }

    /// A role's type; `nil` for other kinds.
    public var roleType: RoleType? { typed.roleType }

    /// A system's type; `nil` for other kinds.
    public var systemType: SystemType? { typed.systemType }
}

/// The attributes rules ask about most, as enums.
private struct TypedAttributes: Hashable, Sendable {
    let status: ProjectStatus?
    let roleType: RoleType?
    let systemType: SystemType?

    init(kind: NodeKind, attributes: [String: AttributeValue]) {
        status = attributes["status"]?.text.flatMap(ProjectStatus.init(rawValue:))
        let type = attributes["type"]?.text
        roleType = kind == .role ? type.flatMap(RoleType.init(rawValue:)) : nil
        systemType = kind == .system ? type.flatMap(SystemType.init(rawValue:)) : nil
    }
}
