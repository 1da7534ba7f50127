import EcographCore
import EcographRules
import Testing

/// What each rule reports beyond its examples: subjects, wording, edge cases.
@Suite("Built-in rules: behaviour")
struct RuleBehaviourTests {
    @Test("unclear-ownership names both accountable parties and makes them subjects")
    func unclearOwnershipTwoOwners() throws {
        let (graph, found) = try violations(of: UnclearOwnershipRule.self, in: """
            actors:
              a: { name: Amt A }
              b: { name: Büro B }
            projects:
              p: { name: Park-App, accountable: [a, b] }
            """)
        let violation = try #require(found.first)
        #expect(violation.subjects.map { graph.nodes[$0].id } == ["p", "a", "b"])
        #expect(violation.message.en == "Project 'Park-App' has 2 accountable parties: 'Amt A', 'Büro B'.")
        #expect(violation.message.de == "Projekt 'Park-App' hat 2 federführende Stellen: 'Amt A', 'Büro B'.")
    }

    @Test("missing-lotse ignores pilots that are not of type lotse, and accepts a vacant Lotse role")
    func missingLotse() throws {
        let (_, vacantLotse) = try violations(of: MissingLotseRule.self, in: """
            fields:
              f: Feld
            roles:
              l: { type: lotse, pilots: f }
            """)
        #expect(vacantLotse.isEmpty)  // vacancy is vacant-role's finding, not this one's
    }

    @Test("cdo-bridge says which system type the CDO's reach misses")
    func cdoBridgeMissingSystem() throws {
        let (_, found) = try violations(of: CDOBridgeRule.self, in: """
            systems:
              v: { type: administration }
              k: { type: municipal-group }
              g: { type: community }
            fields:
              f: Feld
            roles:
              ob: { type: chief-executive }
              cdo: { name: CDO, type: cdo, advises: ob, coordinates: f }
              lotse: { type: lotse, pilots: f }
            actors:
              mueller: { system: v, holds: cdo }
              stadtwerke: { system: k, holds: lotse }
              verein: { system: g }
            """)
        #expect(found.map(\.message.en) == ["CDO 'CDO' does not reach the local community."])
        #expect(found.map(\.message.de) == ["CDO 'CDO' erreicht die örtliche Gemeinschaft nicht."])
    }

    @Test("cdo-bridge accepts a CDO held by an actor who advises the mayor's holder")
    func cdoAdvisesThroughHolders() throws {
        let (_, found) = try violations(of: CDOBridgeRule.self, in: """
            systems:
              v: { type: administration }
              k: { type: municipal-group }
              g: { type: community }
            roles:
              ob: { type: chief-executive }
              cdo: { type: cdo, coordinates: [v, k, g] }
            actors:
              buergermeisterin: { holds: ob }
              mueller: { holds: cdo, advises: buergermeisterin }
            """)
        #expect(found.isEmpty, "\(found.map(\.message.en))")
    }

    @Test("cdo-bridge judges each CDO of a region on its own reach")
    func cdoBridgePerMunicipality() throws {
        let (graph, found) = try violations(of: CDOBridgeRule.self, in: """
            systems:
              a-v: { type: administration }
              a-k: { type: municipal-group }
              a-g: { type: community }
              b-v: { type: administration }
            roles:
              a-ob: { type: chief-executive }
              b-ob: { type: chief-executive }
              a-cdo: { type: cdo, advises: a-ob, coordinates: [a-v, a-k, a-g] }
              b-cdo: { type: cdo, advises: b-ob, coordinates: [b-v] }
            """)
        #expect(found.count == 1)
        #expect(found.first.map { graph.nodes[$0.subjects[0]].id } == "b-cdo")
        #expect(found.first?.message.en.contains("the municipal group or the local community") == true)
    }

    @Test("no-external-participation counts participants of formats and holders of consulted roles")
    func externalParticipation() throws {
        let (_, found) = try violations(of: NoExternalParticipationRule.self, in: """
            systems:
              v: { type: administration }
              g: { type: community }
            roles:
              beirat: { type: expert }
            actors:
              hauptamt: { system: v }
              seniorenbeirat: { system: g, holds: beirat }
            projects:
              a: { status: running, responsible: hauptamt, consulted: beirat }
              b: { status: starting, responsible: hauptamt }
              c: { status: done, responsible: hauptamt }
            """)
        #expect(found.count == 1)
        #expect(found.first?.message.en.hasPrefix("Project 'b'") == true)
    }

    @Test("consolidation-candidate reports each pair once, even when they share two groups")
    func consolidationPairs() throws {
        let (graph, found) = try violations(of: ConsolidationCandidateRule.self, in: """
            fields:
              f: Feld
            target-groups:
              eltern: Eltern
              kinder: Kinder
            projects:
              a: { field: f, target-groups: [eltern, kinder] }
              b: { field: f, target-groups: [eltern, kinder], status: planned }
              c: { field: f, target-groups: kinder, status: idea }
            """)
        let pairs = found.map { $0.subjects.map { graph.nodes[$0].id } }
        #expect(pairs == [["a", "b"], ["a", "c"], ["b", "c"]])
        #expect(found[0].message.en.contains("'Eltern', 'Kinder'"))
    }

    @Test("overloaded-actor honours the max-projects option")
    func overloadedOption() throws {
        let yaml = """
            actors:
              a: {}
            projects:
              p1: { status: running, accountable: a }
              p2: { status: running, accountable: a }
            """
        let (_, defaults) = try violations(of: OverloadedActorRule.self, in: yaml)
        #expect(defaults.isEmpty)
        let strict = RuleOptions(defaultsOf: OverloadedActorRule.description, configured: ["max-projects": .integer(1)])
        let (_, found) = try violations(of: OverloadedActorRule.self, in: yaml, options: strict)
        #expect(found.map(\.message.en) == ["'a' is accountable for 2 starting or running projects (limit 1)."])
    }

    @Test("single-point-of-failure counts the nodes cut off by an articulation point")
    func articulationPoint() throws {
        let (graph, found) = try violations(of: SinglePointOfFailureRule.self, in: """
            roles:
              lotse: { type: lotse }
            actors:
              mueller: { name: Anna Müller, holds: lotse }
              schmidt: { holds: lotse }
            projects:
              app: { consulted: mueller }
              portal: { consulted: mueller, depends-on: app }
            """)
        #expect(found.map { graph.nodes[$0.subjects[0]].id } == ["mueller"])
        #expect(found.first?.message.en == "Without 'Anna Müller', 2 nodes of the responsibility network lose their link to the rest.")
    }

    @Test("single-point-of-failure finds nothing in a cycle, and is linear on a long chain")
    func articulationCycleAndChain() throws {
        let (_, cycle) = try violations(of: SinglePointOfFailureRule.self, in: """
            actors:
              a: { holds: r }
              b: { holds: r }
            roles:
              r: { type: lotse }
            projects:
              p: { consulted: [a, b] }
            """)
        #expect(cycle.isEmpty)
        // A chain of 3,000 actors; deep recursion would overflow the stack here.
        var chain = "actors:\n"
        for index in 0..<3000 { chain += "  a\(index): { member-of: a\(index + 1) }\n" }
        chain += "  a3000: {}\n"
        let (_, found) = try violations(of: SinglePointOfFailureRule.self, in: chain)
        #expect(found.count == 2999)
    }

    @Test("orphan-node finds nodes without any relation, of every kind")
    func orphans() throws {
        let (graph, found) = try violations(of: OrphanNodeRule.self, in: """
            systems:
              s: { type: community }
            target-groups:
              t: T
            actors:
              a: { system: s }
            formats:
              f: { type: barcamp }
            """)
        #expect(found.map { graph.nodes[$0.subjects[0]].id } == ["t", "f"])
        #expect(found.first?.message.de == "Zielgruppe 'T' hat keine Beziehung zu irgendetwas.")
    }
}
