import EcographCore
import EcographMessages

/// Two projects in one field serving the same target group may belong together.
public struct ConsolidationCandidateRule: Rule {
    public static let description = RuleDescription(
        id: "consolidation-candidate",
        name: RuleMessage.consolidationName.text,
        summary: RuleMessage.consolidationSummary.text,
        rationale: RuleMessage.consolidationRationale.text,
        fix: RuleMessage.consolidationFix.text,
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
                message: RuleMessage.consolidationMessage(["first": graph.quotedName(first), "second": graph.quotedName(second), "groups": groupNames, "field": field]),
                hint: RuleMessage.consolidationHint.text)
        }
    }

    private struct Pair: Hashable, Comparable {
        let first: Int
        let second: Int
        static func < (lhs: Pair, rhs: Pair) -> Bool { (lhs.first, lhs.second) < (rhs.first, rhs.second) }
    }
}
