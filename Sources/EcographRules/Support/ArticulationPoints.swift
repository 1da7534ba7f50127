import EcographCore

/// Finds the articulation points of the undirected graph induced by some node kinds: the
/// nodes whose removal splits their connected component. Iterative (no recursion), linear time.
struct ArticulationPoints {
    let graph: EcosystemGraph
    let kinds: Set<NodeKind>

    /// For each articulation point, how many nodes its removal cuts off from the rest of its
    /// component (for a component's root: all but the largest remaining part).
    func cutOffCounts() -> [Int: Int] {
        let count = graph.nodes.count
        let included = graph.nodes.map { kinds.contains($0.kind) }
        var discovery = [Int](repeating: -1, count: count)
        var low = [Int](repeating: 0, count: count)
        var subtreeSize = [Int](repeating: 1, count: count)
        var parent = [Int](repeating: -1, count: count)
        var result: [Int: Int] = [:]
        var time = 0

        func neighbours(_ node: Int) -> [Int] {
            graph.neighbours(of: node).filter { included[$0] }
        }

        for root in 0..<count where included[root] && discovery[root] < 0 {
            var stack: [(node: Int, neighbours: [Int], next: Int)] = [(root, neighbours(root), 0)]
            discovery[root] = time
            low[root] = time
            time += 1
            var rootChildSizes: [Int] = []
            var separated: [Int: Int] = [:]  // node → nodes cut off below it
            while !stack.isEmpty {
                let top = stack.count - 1
                let node = stack[top].node
                if stack[top].next < stack[top].neighbours.count {
                    let next = stack[top].neighbours[stack[top].next]
                    stack[top].next += 1
                    if discovery[next] < 0 {
                        parent[next] = node
                        discovery[next] = time
                        low[next] = time
                        time += 1
                        stack.append((next, neighbours(next), 0))
                    } else if next != parent[node] {
                        low[node] = min(low[node], discovery[next])
                    }
                } else {
                    stack.removeLast()
                    guard let up = stack.last?.node else { continue }
                    low[up] = min(low[up], low[node])
                    subtreeSize[up] += subtreeSize[node]
                    if up == root {
                        rootChildSizes.append(subtreeSize[node])
                    } else if low[node] >= discovery[up] {
                        separated[up, default: 0] += subtreeSize[node]
                    }
                }
            }
            if rootChildSizes.count > 1 {
                separated[root] = rootChildSizes.reduce(0, +) - rootChildSizes.max()!
            }
            for (node, cut) in separated { result[node] = cut }
        }
        return result
    }
}
