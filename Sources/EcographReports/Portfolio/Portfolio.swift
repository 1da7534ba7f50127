import EcographCore
import EcographRules
import EcographMessages

/// The innovation portfolio of an ecosystem: the article's five questions — what do we do
/// already, what runs, what begins, what is planned, which ideas are there — each answered per
/// field with the projects, who is accountable, whom they serve, what they promise and how it
/// is measured.
public struct Portfolio: Sendable {
    /// One project as the portfolio lists it.
    public struct Project: Sendable {
        public let id: String
        public let name: String
        public let accountable: [String]
        public let targetGroups: [String]
        public let value: String?
        public let indicator: String?
    }

    /// The projects of one field in one section.
    public struct FieldGroup: Sendable {
        /// The field's id; `nil` for projects in no field.
        public let fieldID: String?
        public let fieldName: String
        public let projects: [Project]
    }

    /// One of the five questions.
    public struct Section: Sendable {
        public let status: ProjectStatus
        public let fields: [FieldGroup]
        public var count: Int { fields.reduce(0) { $0 + $1.projects.count } }
    }

    public let ecosystem: String
    /// In the article's order: done, running, starting, planned, idea.
    public let sections: [Section]
    /// Fields in model order, with "no field" last when there are such projects.
    public let fieldNames: [(id: String?, name: String)]
    /// Projects without a status, which the five questions cannot place.
    public let withoutStatus: [Project]

    public static let order: [ProjectStatus] = [.done, .running, .starting, .planned, .idea]

    public init(graph: EcosystemGraph) {
        ecosystem = graph.name
        var fields: [(id: String?, name: String)] = graph.nodes(of: .field).map { (graph.nodes[$0].id, graph.nodes[$0].name) }
        var byStatusAndField: [ProjectStatus: [String?: [Project]]] = [:]
        var unplaced: [Project] = []
        var anyWithoutField = false
        for index in graph.nodes(of: .project) {
            let node = graph.nodes[index]
            let project = Project(
                id: node.id, name: node.name,
                accountable: graph.sources(of: index, via: .accountable).map { graph.nodes[$0].name },
                targetGroups: graph.targets(of: index, via: .targets).map { graph.nodes[$0].name },
                value: node[attribute: "value"], indicator: node[attribute: "indicator"])
            guard let status = node.status else {
                unplaced.append(project)
                continue
            }
            let fieldIDs = graph.targets(of: index, via: .inField).map { graph.nodes[$0].id as String? }
            if fieldIDs.isEmpty { anyWithoutField = true }
            for field in fieldIDs.isEmpty ? [nil] : fieldIDs {
                byStatusAndField[status, default: [:]][field, default: []].append(project)
            }
        }
        if anyWithoutField { fields.append((nil, "")) }
        fieldNames = fields
        sections = Self.order.map { status in
            Section(status: status, fields: fields.compactMap { field in
                guard let projects = byStatusAndField[status]?[field.id], !projects.isEmpty else { return nil }
                return FieldGroup(fieldID: field.id, fieldName: field.name, projects: projects.sorted { $0.name < $1.name })
            })
        }
        withoutStatus = unplaced
    }

    /// How many projects a field has in a status.
    public func count(field: String?, status: ProjectStatus) -> Int {
        sections.first { $0.status == status }?.fields.first { $0.fieldID == field }?.projects.count ?? 0
    }

    /// The section's question, as the article asks it.
    public static func question(_ status: ProjectStatus, language: Language) -> String {
        switch status {
        case .done: return PortfolioMessage.questionDone.text(in: language)
        case .running: return PortfolioMessage.questionRunning.text(in: language)
        case .starting: return PortfolioMessage.questionStarting.text(in: language)
        case .planned: return PortfolioMessage.questionPlanned.text(in: language)
        case .idea: return PortfolioMessage.questionIdea.text(in: language)
        }
    }

    /// The name shown for a field group ("no field" for projects in none).
    public static func fieldLabel(_ name: String, id: String?, language: Language) -> String {
        id == nil ? PortfolioMessage.noField.text(in: language) : name
    }
}
