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
        let (start, adjacent) = undirectedAdjacency(included: included)
        var discovery = [Int](repeating: -1, count: count)
        var low = [Int](repeating: 0, count: count)
        var subtreeSize = [Int](repeating: 1, count: count)
        var parent = [Int](repeating: -1, count: count)
        var result: [Int: Int] = [:]
        var time = 0

        for root in 0..<count where included[root] && discovery[root] < 0 {
            // Each frame: the node and the position of its next neighbour in `adjacent`.
            var stack: [(node: Int, next: Int)] = [(root, start[root])]
            discovery[root] = time
            low[root] = time
            time += 1
            var rootChildSizes: [Int] = []
            var separated: [Int: Int] = [:]  // node → nodes cut off below it
            while !stack.isEmpty {
                let top = stack.count - 1
                let node = stack[top].node
                if stack[top].next < start[node + 1] {
                    let next = adjacent[stack[top].next]
                    stack[top].next += 1
                    if discovery[next] < 0 {
                        parent[next] = node
                        discovery[next] = time
                        low[next] = time
                        time += 1
                        stack.append((next, start[next]))
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

    /// The neighbours of each included node among the included nodes, each once, in index order
    /// (as `EcosystemGraph.neighbours(of:)` filtered), compressed into one array:
    /// node `n`'s are `adjacent[start[n]..<start[n + 1]]`.
    private func undirectedAdjacency(included: [Bool]) -> (start: [Int], adjacent: [Int]) {
        let count = graph.nodes.count
        var start = [Int](repeating: 0, count: count + 1)
        for edge in graph.edges where edge.from != edge.to && included[edge.from] && included[edge.to] {
            start[edge.from + 1] += 1
            start[edge.to + 1] += 1
        }
        for index in 0..<count { start[index + 1] += start[index] }
        var fill = start
        var adjacent = [Int](repeating: 0, count: start[count])
        for edge in graph.edges where edge.from != edge.to && included[edge.from] && included[edge.to] {
            adjacent[fill[edge.from]] = edge.to
            fill[edge.from] += 1
            adjacent[fill[edge.to]] = edge.from
            fill[edge.to] += 1
        }
        // Sort each node's neighbours and drop repeats (two edges between the same pair).
        var compacted = [Int](repeating: 0, count: count + 1)
        var write = 0
        for node in 0..<count {
            let range = start[node]..<start[node + 1]
            adjacent[range].sort()
            compacted[node] = write
            for position in range where write == compacted[node] || adjacent[write - 1] != adjacent[position] {
                adjacent[write] = adjacent[position]
                write += 1
            }
        }
        compacted[count] = write
        adjacent.removeLast(adjacent.count - write)
        return (compacted, adjacent)
    }
}
