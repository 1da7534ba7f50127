import EcographCore
import EcographMessages

/// Two projects in one field serving the same target group may belong together.
public struct ConsolidationCandidateRule: Rule {
    public static let description = RuleDescription(
        id: "consolidation-candidate",
        name: LocalizedText(en: "Consolidation candidate", de: "Kandidat für Bündelung"),
        summary: LocalizedText(
            en: "Two projects not yet done, in the same field, share a target group.",
            de: "Zwei noch nicht abgeschlossene Projekte im selben Gestaltungsfeld teilen eine Zielgruppe."),
        rationale: """
            All digitalisation activities must be coordinated and, where needed, consolidated. Two \
            projects that serve the same people in the same field may duplicate work, or confuse \
            the people they serve; their Lotse should look at them together.
            """,
        fix: "Check with the field's Lotse whether the projects should merge or divide the work; waive the finding with a reason if they are deliberately separate.",
        defaultSeverity: .info,
        triggeringExamples: [
            """
            fields:
              bildung: Bildung
            target-groups:
              eltern: Eltern
            projects:
              schul-app: { field: bildung, target-groups: eltern, status: running }
              elternportal: { field: bildung, target-groups: eltern, status: planned }
            """,
        ],
        nonTriggeringExamples: [
            """
            fields:
              bildung: Bildung
            target-groups:
              eltern: Eltern
            projects:
              schul-app: { field: bildung, target-groups: eltern, status: done }
              elternportal: { field: bildung, target-groups: eltern, status: planned }
            """,
        ])

    public init(options: RuleOptions) {}

    public func check(_ graph: EcosystemGraph) -> [Violation] {
        // Group open projects by (field, target group); every pair within a group is a candidate.
        var groups: [Pair: [Int]] = [:]
        for project in graph.nodes(of: .project) where graph.nodes[project].status != .done {
            for field in graph.targets(of: project, via: .inField) {
                for group in graph.targets(of: project, via: .targets) {
                    groups[Pair(first: field, second: group), default: []].append(project)
                }
            }
        }
        var shared: [Pair: [Int]] = [:]  // project pair → target groups they share
        var fields: [Pair: Int] = [:]
        for (key, projects) in groups where projects.count > 1 {
            for (index, first) in projects.enumerated() {
                for second in projects[(index + 1)...] {
                    let pair = Pair(first: min(first, second), second: max(first, second))
                    if !(shared[pair]?.contains(key.second) ?? false) { shared[pair, default: []].append(key.second) }
                    fields[pair] = fields[pair] ?? key.first
                }
            }
        }
        return shared.keys.sorted().map { pair in
            let (first, second) = (pair.first, pair.second)
            let groupNames = shared[pair]!.sorted().map(graph.quotedName).joined(separator: ", ")
            let field = graph.quotedName(fields[pair]!)
            return Violation(
                subjects: [first, second],
                message: LocalizedText(
                    en: "Projects \(graph.quotedName(first)) and \(graph.quotedName(second)) both serve \(groupNames) in field \(field).",
                    de: "Die Projekte \(graph.quotedName(first)) und \(graph.quotedName(second)) richten sich beide an \(groupNames) im Feld \(field)."),
                hint: LocalizedText(
                    en: "Review them together: merge, divide the work, or waive with a reason.",
                    de: "Prüfen Sie beide gemeinsam: bündeln, Arbeit aufteilen oder mit Begründung als Ausnahme markieren."))
        }
    }

    private struct Pair: Hashable, Comparable {
        let first: Int
        let second: Int
        static func < (lhs: Pair, rhs: Pair) -> Bool { (lhs.first, lhs.second) < (rhs.first, rhs.second) }
    }
}
