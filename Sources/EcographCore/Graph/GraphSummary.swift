extension EcosystemGraph {
    /// One line: `Musterstadt: 3 systems, 6 fields, … 24 projects; 210 edges`.
    public var summary: String {
        let counts = NodeKind.allCases.map { kind in
            let count = self.count(of: kind)
            return "\(count) \(count == 1 ? kind.noun : kind.pluralNoun)"
        }
        let title = name.isEmpty ? "" : "\(name): "
        return "\(title)\(counts.joined(separator: ", ")); \(edges.count) \(edges.count == 1 ? "edge" : "edges")"
    }
}
