import Testing
@testable import EcographCore

/// The metamodel is the loader's own tables: every relation it allows between two kinds loads,
/// every other is refused.
@Suite("The metamodel against the loader")
struct MetamodelTests {
    /// A minimal valid entry of each kind.
    static func entry(_ kind: NodeKind) -> String {
        switch kind {
        case .system: return "{ name: S, type: administration }"
        default: return "{ name: X }"
        }
    }

    static func section(_ kind: NodeKind) -> String { Vocabulary.sections.first { $0.kind == kind }!.name }

    /// A model with `a` of one kind and `b` of another (or the same) kind, and a relation between them.
    static func model(from source: NodeKind, to target: NodeKind, type: String?) -> String {
        var text = "ecosystem: T\n"
        if source == target {
            text += "\(section(source)):\n  a: \(entry(source))\n  b: \(entry(target))\n"
        } else {
            text += "\(section(source)):\n  a: \(entry(source))\n\(section(target)):\n  b: \(entry(target))\n"
        }
        if let type { text += "relations:\n  - { from: a, to: b, type: \(type) }\n" }
        return text
    }

    @Test("for every pair of kinds and every built-in type, the loader accepts exactly what the matrix allows")
    func matrixIsTheLoadersRule() throws {
        let metamodel = Metamodel.builtIn
        var allowed = 0
        var refused = 0
        for source in NodeKind.builtIn {
            for target in NodeKind.builtIn {
                let base = ModelSource(path: "m.yaml", text: Self.model(from: source, to: target, type: nil))
                #expect(throws: Never.self, "the two entries alone load: \(source), \(target)") { try ModelLoader().load(sources: [base]) }
                let expected = Set(metamodel.types(from: source, to: target) + metamodel.openTypes)
                for rule in metamodel.relations {
                    let text = Self.model(from: source, to: target, type: rule.type.rawValue)
                    let loads = (try? ModelLoader().load(sources: [ModelSource(path: "m.yaml", text: text)])) != nil
                    #expect(loads == expected.contains(rule.type), "\(rule.type) from \(source) to \(target): loads \(loads)")
                    if loads { allowed += 1 } else { refused += 1 }
                }
            }
        }
        #expect(allowed > 100 && refused > 500, "allowed \(allowed), refused \(refused)")
    }

    @Test("every kind appears once, with its section; the keys that make relations are the vocabulary's")
    func kinds() {
        let metamodel = Metamodel.builtIn
        #expect(metamodel.kinds.map(\.kind) == NodeKind.builtIn)
        let project = metamodel.kinds.first { $0.kind == .project }!
        #expect(project.section.name == "projects")
        let accountable = project.relationKeys.first { $0.key.name == "accountable" }
        #expect(accountable?.type == .accountable && accountable?.outgoing == false)
        #expect(metamodel.kinds.first { $0.kind == .system }!.relationKeys.isEmpty)
    }
}

/// The bit set the loader checks relation ends with holds every kind, and only the ones put in.
@Suite("Kind sets")
struct KindSetTests {
    @Test("every single kind, and all kinds together, are held exactly")
    func everyKind() {
        for kind in NodeKind.builtIn {
            let single = KindSet([kind])
            #expect(NodeKind.builtIn.filter(single.contains) == [kind])
        }
        let all = KindSet(Set(NodeKind.builtIn))
        #expect(NodeKind.builtIn.allSatisfy(all.contains))
        #expect(!NodeKind.builtIn.contains(where: KindSet([]).contains))
    }
}
