import Foundation
import Testing
@testable import EcographCore

/// Profiles: users' own kinds, keys and relation types, read from YAML and used by the loader.
@Suite("Profiles")
struct ProfileTests {
    static let sampleProfile = Fixture.sample("profiles/gremien-und-fachverfahren.yml")
    static let sampleModel = Fixture.sample("profiles/modell.yaml")

    /// A small profile: committees that decide on fields, and a key on actors.
    static let committees = """
        kinds:
          committee:
            section: committees
            aliases: [gremien]
            noun: { en: committee, de: Gremium }
            plural: { en: committees, de: Gremien }
            style: { shape: house, color: "#F5E6C8" }
            keys:
              decides-on: { aliases: [entscheidet-über], relation: decides-on }
              members: { aliases: [mitglieder], relation: member-of-committee, direction: in }
              meets: { aliases: [tagt] }
        relations:
          decides-on: { aliases: [entscheidet-über], from: [committee], to: [field, project] }
          member-of-committee: { aliases: [mitglied-in], from: [actor, role], to: [committee] }

        """

    static func metamodel(_ profile: String, in scratch: ScratchModels, name: String = "profile.yml") throws(InvalidModel) -> Metamodel {
        try Metamodel.builtIn.adding(profiles: [scratch.write(profile, to: name)])
    }

    /// The problems of a profile, as `LINE:COLUMN message`.
    static func problems(_ profile: String) -> [String] {
        let scratch = ScratchModels()
        do {
            _ = try metamodel(profile, in: scratch)
            Issue.record("the profile was accepted")
            return []
        } catch {
            return error.diagnostics.map { "\($0.location?.line ?? 0):\($0.location?.column ?? 0) \($0.message)" + ($0.advice.map { " | " + $0 } ?? "") }
        }
    }

    @Test("a profile's kinds, keys and relations are read: sections in both languages, keys that make edges either way")
    func loadsAModelOfItsKinds() throws {
        let scratch = ScratchModels()
        let metamodel = try Self.metamodel(Self.committees, in: scratch)
        let committee = try #require(NodeKind(rawValue: "committee"))
        #expect(!committee.isBuiltIn)
        #expect(metamodel.kinds.map(\.kind) == NodeKind.builtIn + [committee])
        #expect(metamodel.section("Gremien")?.kind == committee)
        #expect(metamodel.style(of: committee) == Metamodel.Style(shape: "house", color: "#f5e6c8"))
        #expect(metamodel.types(from: committee, to: .field) == [EdgeType(rawValue: "decides-on")])
        #expect(metamodel.types(from: .actor, to: committee).contains(EdgeType(rawValue: "member-of-committee")))
        let model = try ModelLoader(metamodel: metamodel).load(sources: [ModelSource(path: "m.yaml", text: """
            ecosystem: T
            fields: { mobilitaet: Mobilität }
            actors: { amt: Amt }
            gremien:
              lenkungskreis:
                bezeichnung: Lenkungskreis
                entscheidet-über: mobilitaet
                mitglieder: [amt]
                tagt: monatlich
            """)])
        let graph = model.graph
        #expect(graph.count(of: committee) == 1)
        let node = try #require(graph.index(of: "lenkungskreis"))
        #expect(graph.nodes[node].kind == committee && graph.nodes[node].name == "Lenkungskreis")
        #expect(graph.nodes[node][attribute: "meets"] == "monatlich")
        #expect(graph.targets(of: node, via: EdgeType(rawValue: "decides-on")).map { graph.nodes[$0].id } == ["mobilitaet"])
        #expect(graph.sources(of: node, via: EdgeType(rawValue: "member-of-committee")).map { graph.nodes[$0].id } == ["amt"])
        #expect(graph.summary(in: .de).contains("1 Gremium"))
    }

    @Test("relations between kinds the profile does not allow are errors at load, at their place, in the profile's words")
    func allowedRelations() throws {
        let scratch = ScratchModels()
        let metamodel = try Self.metamodel(Self.committees, in: scratch)
        let text = """
            ecosystem: T
            actors: { amt: Amt }
            committees:
              lenkungskreis: { decides-on: amt, members: [lenkungskreis], colour: blau }
            relations:
              - { from: amt, type: entscheidet-über, to: lenkungskreis }
            """
        #expect(throws: InvalidModel.self) { try ModelLoader().load(sources: [ModelSource(path: "m.yaml", text: text)]) }
        do {
            _ = try ModelLoader(metamodel: metamodel).load(sources: [ModelSource(path: "m.yaml", text: text)])
            Issue.record("accepted")
        } catch {
            let lines = error.diagnostics.map { "\($0.location!.line):\($0.location!.column) \($0.message)" }
            #expect(lines.contains { $0.hasPrefix("4:32 ") && $0.contains("'amt' is an actor") && $0.contains("expects a field or project") }, "\(lines)")
            #expect(lines.contains { $0.hasPrefix("4:47 ") && $0.contains("'lenkungskreis' is a committee") && $0.contains("'members' of committee") }, "\(lines)")
            #expect(lines.contains { $0.hasPrefix("4:63 ") && $0.contains("unknown key 'colour' in committee 'lenkungskreis'") }, "\(lines)")
            #expect(lines.contains { $0.hasPrefix("6:13 ") && $0.contains("'amt' is an actor, but a 'decides-on' relation expects a committee") }, "\(lines)")
        }
    }

    @Test("a profile may not redefine a built-in kind, section, relation type or key; each attempt at its place")
    func noRedefinition() {
        let problems = Self.problems("""
            kinds:
              project:
                section: vorhaben2
                noun: Projekt
                plural: Projekte
              gremium:
                section: projekte
                aliases: [rollen]
                noun: Gremium
                plural: Gremien
            keys:
              project:
                federführend: { relation: accountable }
            relations:
              accountable: { from: [actor], to: [project] }
              hält-vor: { aliases: [berät] }
            """)
        #expect(problems.contains { $0.hasPrefix("2:3 ") && $0.contains("'project' is built into ecograph") }, "\(problems)")
        #expect(problems.contains { $0.hasPrefix("7:14 ") && $0.contains("'projekte' already names section 'projects'") }, "\(problems)")
        #expect(problems.contains { $0.hasPrefix("8:15 ") && $0.contains("'rollen' already names section 'roles'") }, "\(problems)")
        #expect(problems.contains { $0.hasPrefix("13:5 ") && $0.contains("'federführend' already names key 'accountable' of kind 'project'") }, "\(problems)")
        #expect(problems.contains { $0.hasPrefix("15:3 ") && $0.contains("'accountable' is built into ecograph") }, "\(problems)")
        #expect(problems.contains { $0.hasPrefix("16:25 ") && $0.contains("'berät' already names relation type 'advises'") }, "\(problems)")
    }

    @Test("mistakes in a profile are located, with the word meant or the words allowed")
    func mistakes() {
        let problems = Self.problems("""
            kinds:
              gremium:
                section: gremien
                noun: Gremium
                plural: Gremien
                style: { shape: hexagn, color: lila }
                schlüssel: {}
                keys:
                  tagt: { relation: trifft }
                  leitet: { relation: decides-on, direction: hoch }
              Fach_Verfahren:
                section: fachverfahren
            relations:
              decides-on: { from: [gremium], to: [felder, projct] }
              tagt-mit: { from: [verfahren] }
            kinde: {}
            """)
        let expected = [
            "6:21 unknown shape 'hexagn' | did you mean 'hexagon'?", "6:36 'lila' is not a colour | write it as '#rrggbb'",
            "7:5 unknown key 'schlüssel' in kind 'gremium' | possible keys: section, aliases",
            "9:25 unknown relation type 'trifft' | declare it under 'relations'", "10:50 'hoch' is not a direction",
            "11:3 'Fach_Verfahren' cannot name kind", "14:47 unknown kind 'projct' | did you mean 'project'?",
            "15:22 unknown kind 'verfahren'", "16:1 unknown key 'kinde' in the profile | did you mean 'kinds'?",
        ]
        for prefix in expected {
            #expect(problems.contains { $0.hasPrefix(prefix) }, "\(prefix) in \(problems)")
        }
        #expect(problems.count == expected.count, "section names name kinds too (felder), and a kind or relation type with mistakes is not unknown: \(problems)")
        let missing = Self.problems("kinds:\n  gremium: { section: gremien, noun: { en: committee }, plural: Gremien }\nrelations:\n  leitet: { to: [gremium] }\n")
        #expect(missing == ["2:38 noun needs 'de'"], "the kind's own mistake only: \(missing)")
    }

    @Test("words: more words for the built-in word lists are read like the built-in ones; a word taken, an unknown list or word is located")
    func words() throws {
        let scratch = ScratchModels()
        let metamodel = try Self.metamodel("words:\n  status:\n    läuft: [in-arbeit]\n  role-type:\n    lotse: [digitallotsin]\n", in: scratch)
        let model = try ModelLoader(metamodel: metamodel).load(sources: [ModelSource(path: "m.yaml", text: """
            fields: { f: F }
            roles: { r: { typ: Digitallotsin } }
            projekte:
              p: { feld: f, status: In Arbeit }
            """)])
        #expect(model.graph.nodes[model.graph.index(of: "p")!].status == .running)
        #expect(model.graph.nodes[model.graph.index(of: "r")!].roleType == .lotse)
        #expect(throws: InvalidModel.self, "not without the profile") {
            try ModelLoader().load(sources: [ModelSource(path: "m.yaml", text: "projects:\n  p: { status: in Arbeit }\n")])
        }
        let problems = Self.problems("words:\n  status:\n    running: [geplant, neu, neu]\n    lauft: [x]\n  stati: {}\n")
        #expect(problems == [
            "3:15 'geplant' already names 'planned' | each word may name one thing only; choose another",
            "3:29 'neu' already names 'running' | each word may name one thing only; choose another",
            "4:5 'lauft' is not a word of the status list | did you mean 'läuft'?",
            "5:3 'stati' is no word list of ecograph | word lists: format-type, role-type, status, system-type",
        ], "\(problems)")
    }

    @Test("a file that is not a profile, or not YAML, is refused with its place")
    func notAProfile() {
        #expect(Self.problems("- a\n- b\n").first?.hasPrefix("1:1 a profile is a mapping") == true)
        #expect(Self.problems("kinds: [a\n").first?.hasPrefix("2:1 ") == true)
    }

    @Test("the sample profile reads the sample town: its committees and IT procedures, and their relations")
    func sample() throws {
        let metamodel = try Metamodel.builtIn.adding(profiles: [Self.sampleProfile])
        let model = try ModelLoader(metamodel: metamodel).load([Self.sampleModel])
        let committee = try #require(NodeKind(rawValue: "committee"))
        let procedure = try #require(NodeKind(rawValue: "procedure"))
        #expect(model.graph.count(of: committee) == 3)
        #expect(model.graph.count(of: procedure) == 4)
        #expect(throws: InvalidModel.self, "without the profile the sections are unknown") { try ModelLoader().load([Self.sampleModel]) }
    }

    @Test("without a profile, the metamodel is the built-in one, and a model loads exactly as before")
    func defaultUnchanged() throws {
        let scratch = ScratchModels()
        let empty = try Metamodel.builtIn.adding(profiles: [scratch.write("# nothing yet\n", to: "leer.yml")])
        #expect(empty.kinds.map(\.kind) == NodeKind.builtIn)
        #expect(empty.relations.map(\.type) == EdgeType.builtIn.map(\.type))
        for sample in ["musterstadt.yaml", "minimal.yaml", "region", "programm"] {
            let before = try ModelLoader().load([Fixture.sample(sample)])
            let after = try ModelLoader(metamodel: empty).load([Fixture.sample(sample)])
            #expect(CanonicalGraph(before.graph) == CanonicalGraph(after.graph), "\(sample)")
        }
    }
}
