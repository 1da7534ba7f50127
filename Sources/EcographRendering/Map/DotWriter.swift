import EcographCore
import EcographRules
import EcographMessages

/// Writes the DOT text of a map.
struct DotWriter {
    let map: EcosystemMap
    let selected: Set<Int>
    let findingsBySubject: [String: [Finding]]
    var graph: EcosystemGraph { map.graph }

    init(map: EcosystemMap, selected: Set<Int>) {
        self.map = map
        self.selected = Self.withoutLoose(selected, map: map)
        var findings: [String: [Finding]] = [:]
        for finding in map.findings {
            for subject in Set(finding.subjects) { findings[subject, default: []].append(finding) }
        }
        findingsBySubject = findings
    }

    var language: Language { map.options.language }

    func write() -> String {
        var lines: [String] = []
        let heading = map.options.title ?? Self.heading(of: graph, in: language)
        let edges = drawnEdges
        lines.append("digraph \"ecosystem\" {")
        var graphAttributes = MapStyle.graphAttributes(direction: map.options.direction, tooltip: heading) + MapStyle.pageAttributes(map.options.page)
        if map.options.page != nil { graphAttributes += [("nodesep", "0.12"), ("ranksep", "0.45")] }
        lines.append("  graph \(DotText.attributes(graphAttributes))")
        lines.append("  graph [label=\(legend(heading: heading, edges: edges))]")
        lines.append("  node \(DotText.attributes([("fontname", MapStyle.font), ("fontsize", "11"), ("margin", map.options.page == nil ? "0.12,0.06" : "0.08,0.04")]))")
        lines.append("  edge \(DotText.attributes([("fontname", MapStyle.font), ("fontsize", MapStyle.edgeFontSize), ("arrowsize", "0.7")]))")

        let placement = map.options.systemAreas ? clusterPlacement() : (cluster: [:], members: [:])
        let drawnEnds = Set(edges.flatMap { [$0.from, $0.to] })
        for system in graph.nodes(of: .system) where selected.contains(system) && map.options.systemAreas {
            let members = placement.members[system] ?? []
            let node = graph.nodes[system]
            lines.append("  subgraph \(DotText.quoted("cluster_" + node.id)) {")
            var attributes = [
                ("label", node.name), ("style", "rounded,filled"), ("fillcolor", MapStyle.systemFill(node.systemType)),
                ("color", MapStyle.systemOutline(node.systemType)), ("fontsize", "15"), ("fontname", MapStyle.boldFont),
                ("fontcolor", MapStyle.systemOutline(node.systemType)), ("class", "system " + (node.type ?? "")),
                ("id", "n-" + node.id), ("tooltip", node.name), ("penwidth", "1.4"),
            ]
            if let link = map.options.links[node.id] { attributes.append(("href", link)) }
            lines.append("    graph \(DotText.attributes(attributes))")
            if drawnEnds.contains(system) || members.isEmpty {
                // Edges to a system end at its cluster; they are drawn to this invisible point inside it.
                lines.append("    \(DotText.quoted(Self.anchor(of: node.id))) [shape=point, style=invis, width=0.01, height=0.01, label=\"\"]")
            }
            for member in members { lines.append("    " + nodeStatement(member)) }
            lines += gridLines(for: members.filter { !drawnEnds.contains($0) })
            lines.append("  }")
        }
        let hubs = fieldHubs()
        for field in graph.nodes(of: .field) where selected.contains(field) {
            let node = graph.nodes[field]
            lines.append("  subgraph \(DotText.quoted("cluster_field_" + node.id)) {")
            let attributes = DotText.attributes([
                ("label", ""), ("style", "rounded,filled"), ("fillcolor", "#f3fbf9"), ("color", "#bfe3dc"),
                ("class", "field-hub"), ("tooltip", node.name),
            ])
            lines.append("    graph \(attributes)")
            lines.append("    " + nodeStatement(field))
            for project in hubs.members[field] ?? [] { lines.append("    " + nodeStatement(project)) }
            lines.append("  }")
        }
        for node in selected.sorted() where graph.nodes[node].kind != .system && graph.nodes[node].kind != .field
            && placement.cluster[node] == nil && hubs.hub[node] == nil {
            lines.append("  " + nodeStatement(node))
        }
        for edge in edges { lines.append("  " + edgeStatement(edge)) }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// In a view of a field or system, actors and roles that only the relations this map does
    /// not draw (consulted, informed in the overview) connect would float alone: they are left out.
    private static func withoutLoose(_ selected: Set<Int>, map: EcosystemMap) -> Set<Int> {
        guard map.view.field != nil || map.view.system != nil else { return selected }
        let graph = map.graph
        let edges = DotWriter(map: map, keeping: selected).drawnEdges
        var connected = Set<Int>()
        for edge in edges {
            connected.insert(edge.from)
            connected.insert(edge.to)
        }
        var kept = selected.filter { node in
            let kind = graph.nodes[node].kind
            return !(kind == .actor || kind == .role) || connected.contains(node)
        }
        guard map.view.system != nil else { return kept }
        // A system's view shows the projects its parties take part in as drawn: a project reached
        // only through relations the overview leaves out goes, and a field left without projects.
        let isParty = { (node: Int) in graph.nodes[node].kind == .actor || graph.nodes[node].kind == .role }
        let projects = Set(edges.filter { graph.nodes[$0.to].kind == .project && isParty($0.from) && kept.contains($0.from) }.map(\.to))
        let fields = Set(edges.filter { ($0.type == .inField && projects.contains($0.from)) || ($0.type == .pilots && kept.contains($0.from)) }.map(\.to))
        kept = kept.filter { node in
            switch graph.nodes[node].kind {
            case .project: return projects.contains(node)
            case .field: return fields.contains(node)
            case .targetGroup, .format:
                return edges.contains { ($0.from == node && projects.contains($0.to)) || ($0.to == node && projects.contains($0.from)) }
            default: return true
            }
        }
        return kept
    }

    private init(map: EcosystemMap, keeping selected: Set<Int>) {
        self.map = map
        self.selected = selected
        findingsBySubject = [:]
    }

    /// `Musterstadt — Digitalisation ecosystem`.
    static func heading(of graph: EcosystemGraph, in language: Language) -> String {
        let title = MapWords.title.text(in: language)
        return graph.name.isEmpty ? title : "\(graph.name) — \(title)"
    }

    /// The name of the invisible point inside a system's cluster at which edges to the system end.
    /// Starts with `_`, which no model id can.
    static func anchor(of system: String) -> String { "_system_" + system }

    /// The title with the legend of what this map shows, as the graph's label.
    private func legend(heading: String, edges: [Edge]) -> String {
        guard map.options.showLegend else { return Legend.titleOnly(heading) }
        var entries = Set<Legend.Entry>()
        for node in selected where graph.nodes[node].kind != .system { entries.insert(Legend.entry(for: graph.nodes[node])) }
        for edge in edges { entries.insert(.edge(Legend.edgeOrder.contains(edge.type) ? edge.type : .participation)) }
        if map.options.showFindings {
            for node in selected {
                if let worst = findingsBySubject[graph.nodes[node].id]?.map(\.severity).min() { entries.insert(.finding(worst)) }
            }
        }
        var sorted = entries.sorted()
        if !map.options.systemAreas {
            // Actors wear their system's colours: one swatch per system shown.
            sorted.removeAll { $0 == .actor }
            var shown = Set<Int>()
            for node in selected where graph.nodes[node].kind == .actor {
                if let system = graph.targets(of: node, via: .inSystem).first { shown.insert(system) }
            }
            let systems = shown.sorted().map { system -> Legend.Entry in
                let node = graph.nodes[system]
                return .swatch(fill: MapStyle.systemFill(node.systemType), outline: MapStyle.systemOutline(node.systemType), label: LocalizedText(node.name))
            }
            sorted = systems + sorted
        }
        var legend = Legend(language: language, entries: sorted, columns: 6)
        if map.options.detail == .overview { legend.note = MapWords.overviewNote }
        return legend.label(title: heading)
    }

    /// The edges the map draws. A view of a field or system draws the relations of
    /// responsibility only: who holds, pilots, coordinates the field, is accountable,
    /// responsible, consulted or informed, and what projects serve and depend on.
    private var drawnEdges: [Edge] {
        let focused = map.view.field != nil || map.view.system != nil
        let field = map.view.field.flatMap(graph.index(of:))
        return graph.edges.filter { edge in
            guard selected.contains(edge.from), selected.contains(edge.to), edge.type != .inSystem,
                map.options.detail.shows(edge.type) else { return false }
            if !map.options.systemAreas, graph.nodes[edge.from].kind == .system || graph.nodes[edge.to].kind == .system { return false }
            guard focused else { return true }
            if edge.type == .coordinates { return field == edge.to }
            // The relations of a profile's nodes are what they are drawn for.
            if !graph.nodes[edge.from].kind.isBuiltIn || !graph.nodes[edge.to].kind.isBuiltIn { return true }
            return Self.responsibilityEdges.contains(edge.type)
        }
    }

    private static let responsibilityEdges: Set<EdgeType> = [
        .holds, .pilots, .accountable, .responsible, .consulted, .informed, .inField, .targets, .participation, .dependsOn,
    ]

    /// Nodes without drawn edges would all fall into one rank and stack into a long column; invisible
    /// edges set them out in rows of three instead.
    private func gridLines(for loose: [Int]) -> [String] {
        stride(from: 0, to: loose.count, by: 3).compactMap { start in
            let row = loose[start..<min(start + 3, loose.count)]
            guard row.count > 1 else { return nil }
            return "    " + row.map { DotText.quoted(graph.nodes[$0].id) }.joined(separator: " -> ") + " [style=invis]"
        }
    }

    /// Actors go into the cluster of their system; roles beside their first holder.
    private func clusterPlacement() -> (cluster: [Int: Int], members: [Int: [Int]]) {
        var cluster: [Int: Int] = [:]
        for actor in graph.nodes(of: .actor) where selected.contains(actor) {
            if let system = graph.targets(of: actor, via: .inSystem).first(where: selected.contains) {
                cluster[actor] = system
            }
        }
        for role in graph.nodes(of: .role) where selected.contains(role) {
            let home = graph.targets(of: role, via: .inSystem).first(where: selected.contains)
                ?? graph.holders(of: role).compactMap { cluster[$0] }.first
            if let home { cluster[role] = home }
        }
        var members: [Int: [Int]] = [:]
        for (node, system) in cluster.sorted(by: { $0.key < $1.key }) { members[system, default: []].append(node) }
        return (cluster, members)
    }

    /// Projects go into the hub of their (first) field.
    private func fieldHubs() -> (hub: [Int: Int], members: [Int: [Int]]) {
        var hub: [Int: Int] = [:]
        var members: [Int: [Int]] = [:]
        for project in graph.nodes(of: .project) where selected.contains(project) {
            if let field = graph.targets(of: project, via: .inField).first(where: selected.contains) {
                hub[project] = field
                members[field, default: []].append(project)
            }
        }
        return (hub, members)
    }

    private func nodeStatement(_ index: Int) -> String {
        let node = graph.nodes[index]
        var look = MapStyle.look(of: node)
        if !map.options.systemAreas, node.kind == .actor, let system = graph.targets(of: index, via: .inSystem).first {
            look.fill = MapStyle.systemFill(graph.nodes[system].systemType)
            look.outline = MapStyle.systemOutline(graph.nodes[system].systemType)
        }
        var classes = [node.kind.rawValue]
        if let type = node.type { classes.append("type-" + type) }
        if let status = node.status { classes.append("status-" + status.rawValue) }
        var label = DotText.wrapped(node.name, width: MapStyle.labelWidth)
        if let status = node.status { label.append("(\(status.word(in: language)))") }
        var tooltip = "\(kindLabel(node.kind)): \(node.name)"
        if let description = node[attribute: "description"] { tooltip += "\n\(description)" }
        let nodeFindings = map.options.showFindings ? findingsBySubject[node.id] ?? [] : []
        if let worst = nodeFindings.map(\.severity).min() {
            classes.append("finding-" + worst.rawValue)
            look.outline = MapStyle.findingOutline(worst)
            look.penWidth = "3"
            tooltip += "\n" + nodeFindings.map { "\($0.severity.word(in: language)) [\($0.rule)] \($0.message.text(in: language))" }
                .joined(separator: "\n")
        }
        let attributes: [(String, String)] = [
            ("shape", look.shape), ("style", look.style), ("fillcolor", look.fill), ("color", look.outline),
            ("fontcolor", look.fontColor), ("fontname", look.fontName), ("fontsize", look.fontSize),
            ("penwidth", look.penWidth), ("class", classes.joined(separator: " ")), ("id", "n-" + node.id),
            ("tooltip", tooltip),
        ] + (map.options.links[node.id].map { [("href", $0)] } ?? [])
        // The label first, its lines joined by DOT's centred line breaks.
        return "\(DotText.quoted(node.id)) [label=\(DotText.lines(label)), " + DotText.attributes(attributes).dropFirst()
    }

    /// Edge types drawn against their direction, so that the layered layout flows from the
    /// parties through the fields to the projects and the people they serve.
    private static let drawnReversed: Set<EdgeType> = [.inField]

    private func edgeStatement(_ edge: Edge) -> String {
        let look = MapStyle.look(of: edge.type, language: language)
        let (from, to) = (graph.nodes[edge.from], graph.nodes[edge.to])
        var attributes: [(String, String)] = [
            ("class", edge.type.rawValue), ("id", "e-\(from.id)-\(edge.type.rawValue)-\(to.id)"),
            ("color", look.color), ("style", look.style), ("penwidth", look.penWidth),
            ("arrowhead", look.arrowHead), ("fontcolor", look.color),
            ("tooltip", MapMessage.edgeTooltip.text(in: language, ["from": from.name, "relation": edge.type.word(in: language), "to": to.name])),
        ]
        if let label = look.label { attributes.append(("label", label)) }
        if let weight = look.weight { attributes.append(("weight", weight)) }
        // No `constraint=false` here: with clusters it makes Graphviz 2.43's spline router fail
        // ("triangulation failed") and even crash; weight 0 keeps secondary edges from pulling instead.
        // An edge to or from a system ends at the system's cluster, not at a node of its own.
        var (tail, head) = (from.id, to.id)
        if from.kind == .system {
            tail = Self.anchor(of: from.id)
            attributes.append(("ltail", "cluster_" + from.id))
        }
        if to.kind == .system {
            head = Self.anchor(of: to.id)
            attributes.append(("lhead", "cluster_" + to.id))
        }
        if Self.drawnReversed.contains(edge.type) {
            attributes.append(("dir", "back"))
            attributes.append(("arrowtail", look.arrowHead))
            return "\(DotText.quoted(head)) -> \(DotText.quoted(tail)) \(DotText.attributes(attributes))"
        }
        return "\(DotText.quoted(tail)) -> \(DotText.quoted(head)) \(DotText.attributes(attributes))"
    }

    private func kindLabel(_ kind: NodeKind) -> String {
        let noun = kind.noun(in: language)
        return noun.prefix(1).uppercased() + noun.dropFirst()
    }
}
