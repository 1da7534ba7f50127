import EcographCore
import EcographMessages

/// Projects whose `depends-on` relations form a cycle (a project depending on itself among them).
public struct DependencyCycleRule: Rule {
    public static let description = RuleDescription(
        id: "dependency-cycle",
        name: RuleMessage.cycleName.text,
        summary: RuleMessage.cycleSummary.text,
        rationale: RuleMessage.cycleRationale.text,
        fix: RuleMessage.cycleFix.text,
        defaultSeverity: .error,
        triggeringExamples: [
            "projects:\n  a: { depends-on: b }\n  b: { depends-on: a }\n",
            "projects:\n  a: { depends-on: a }\n",
        ],
        nonTriggeringExamples: ["projects:\n  a: { depends-on: b }\n  b: { name: B }\n"])

    public init(options: RuleOptions) {}

    public func check(_ graph: EcosystemGraph) -> [Violation] {
        Self.cycles(in: graph).map { cycle in
            let names = cycle.map(graph.quotedName).joined(separator: ", ")
            if cycle.count == 1 {
                return Violation(subjects: cycle, message: RuleMessage.cycleSelfMessage(["names": names]), hint: RuleMessage.cycleSelfHint.text)
            }
            return Violation(subjects: cycle, message: RuleMessage.cycleMessage(["names": names]), hint: RuleMessage.cycleHint.text)
        }
    }

    /// The strongly connected components of the `depends-on` graph that are cycles (more than one
    /// node, or one depending on itself), each sorted, in order of their first node. Tarjan's
    /// algorithm with an explicit stack: no recursion, whatever the length of a chain.
    static func cycles(in graph: EcosystemGraph) -> [[Int]] {
        let count = graph.nodes.count
        var index = [Int](repeating: -1, count: count)
        var lowLink = [Int](repeating: 0, count: count)
        var onStack = [Bool](repeating: false, count: count)
        var stack: [Int] = []
        var next = 0
        var components: [[Int]] = []
        func successors(_ node: Int) -> [Int] { graph.targets(of: node, via: .dependsOn) }
        for root in 0..<count where index[root] < 0 && graph.nodes[root].kind == .project {
            // Each frame: a node and the position in its successors.
            var frames: [(node: Int, successors: [Int], position: Int)] = [(root, successors(root), 0)]
            index[root] = next
            lowLink[root] = next
            next += 1
            stack.append(root)
            onStack[root] = true
            while !frames.isEmpty {
                let top = frames.count - 1
                let node = frames[top].node
                if frames[top].position < frames[top].successors.count {
                    let successor = frames[top].successors[frames[top].position]
                    frames[top].position += 1
                    if index[successor] < 0 {
                        index[successor] = next
                        lowLink[successor] = next
                        next += 1
                        stack.append(successor)
                        onStack[successor] = true
                        frames.append((successor, successors(successor), 0))
                    } else if onStack[successor] {
                        lowLink[node] = min(lowLink[node], index[successor])
                    }
                    continue
                }
                frames.removeLast()
                if let parent = frames.last?.node { lowLink[parent] = min(lowLink[parent], lowLink[node]) }
                guard lowLink[node] == index[node] else { continue }
                var component: [Int] = []
                while let member = stack.popLast() {
                    onStack[member] = false
                    component.append(member)
                    if member == node { break }
                }
                if component.count > 1 || successors(node).contains(node) { components.append(component.sorted()) }
            }
        }
        return components.sorted { $0[0] < $1[0] }
    }
}
