import EcographCore
import EcographRendering
import EcographRules

/// A map the page can ask for, named by a key in the page's address: `landscape`, `overview`,
/// `field:mobilitaet`, `system:konzern`, `ecosystem:Musterdorf`, `focus:park-app`.
enum ServedView: Hashable, Sendable {
    case landscape
    case overview
    case field(String)
    case system(String)
    /// One municipality of a region, as its landscape.
    case ecosystem(String)
    /// A node and its neighbours.
    case focus(String)

    /// The most characters a view key may have.
    static let maximumKeyLength = 512

    init?(key: String) {
        guard key.utf8.count <= Self.maximumKeyLength else { return nil }
        switch key {
        case "landscape": self = .landscape
        case "overview": self = .overview
        default:
            guard let colon = key.firstIndex(of: ":") else { return nil }
            let name = String(key[key.index(after: colon)...])
            guard !name.isEmpty else { return nil }
            switch key[..<colon] {
            case "field": self = .field(name)
            case "system": self = .system(name)
            case "ecosystem": self = .ecosystem(name)
            case "focus": self = .focus(name)
            default: return nil
            }
        }
    }

    var key: String {
        switch self {
        case .landscape: return "landscape"
        case .overview: return "overview"
        case .field(let id): return "field:" + id
        case .system(let id): return "system:" + id
        case .ecosystem(let name): return "ecosystem:" + name
        case .focus(let id): return "focus:" + id
        }
    }

    /// Whether the view names something the model has.
    func exists(in graph: EcosystemGraph) -> Bool {
        switch self {
        case .landscape, .overview: return true
        case .field(let id): return graph.node(id: id)?.kind == .field
        case .system(let id): return graph.node(id: id)?.kind == .system
        case .focus(let id): return graph.node(id: id) != nil
        case .ecosystem(let name): return EcosystemParts(graph: graph).names.contains(name)
        }
    }

    /// The map of this view, fitted to a page like the atlas's maps.
    func map(of model: CheckedModel, language: Language) -> EcosystemMap {
        var graph = model.graph
        var findings = model.result.findings
        var view = MapView()
        var options = MapOptions()
        options.language = language
        options.detail = .full
        switch self {
        case .landscape:
            view = .landscape
        case .overview:
            options.detail = .overview
        case .field(let id):
            view.field = id
            options.title = title(graph, id)
        case .system(let id):
            view.system = id
            options.title = title(graph, id)
        case .focus(let id):
            view.focus = id
            options.title = title(graph, id)
        case .ecosystem(let name):
            let parts = EcosystemParts(graph: graph)
            if let part = parts.names.firstIndex(of: name) {
                graph = parts.subgraph(part, of: graph)
                findings = findings.filter { finding in finding.subject.map { graph.index(of: $0) != nil } ?? false }
            }
            view = .landscape
        }
        return EcosystemMap(graph: graph, findings: findings, view: view, options: options)
    }

    private func title(_ graph: EcosystemGraph, _ id: String) -> String {
        let name = graph.node(id: id)?.name ?? id
        return graph.name.isEmpty ? name : "\(graph.name) — \(name)"
    }
}
