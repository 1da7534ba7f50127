import EcographMessages

extension EcosystemGraph {
    /// One line in English: `Musterstadt: 3 systems, 6 fields, … 24 projects; 210 edges`.
    public var summary: String { summary(in: .en) }

    /// One line in a language: `Musterstadt: 3 Systeme, 6 Gestaltungsfelder, …; 210 Beziehungen`.
    public func summary(in language: Language) -> String {
        let counts = kindsToList.map { $0.counted(count(of: $0), in: language) }
        let title = name.isEmpty ? "" : "\(name): "
        return "\(title)\(counts.joined(separator: ", ")); " + WordMessage.edgeCount.text(in: language, ["n": edges.count])
    }

    /// The kinds a summary or count lists: every built-in kind, and a profile's kinds that have nodes.
    public var kindsToList: [NodeKind] {
        NodeKind.known.filter { $0.isBuiltIn || count(of: $0) > 0 }
    }
}
