import Foundation
import Testing
@testable import EcographCore

/// Every class of bad input gives an error at the right line and column, with advice.
@Suite("Diagnostics for bad input")
struct DiagnosticTests {
    private func only(_ diagnostics: [Diagnostic], sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Diagnostic? {
        #expect(diagnostics.count == 1, "\(diagnostics)", sourceLocation: sourceLocation)
        return diagnostics.first
    }

    @Test("malformed YAML: the parser's position and a hint on indentation")
    func malformedYAML() throws {
        let found = try #require(only(diagnostics(of: """
            fields:
              mobilitaet: { name: Mobilität
            projects:
              p: {}
            """)))
        #expect(found.message.hasPrefix("malformed YAML"))
        #expect(found.location?.line == 3)
        #expect(found.advice?.contains("indentation") == true)
    }

    @Test("a tab used for indentation is malformed YAML at its line")
    func tabIndentation() throws {
        let found = try #require(only(diagnostics(of: "fields:\n\tmobilitaet: {}\n")))
        #expect(found.message.hasPrefix("malformed YAML"))
        #expect(found.location?.line == 2)
    }

    @Test("unknown section, with a suggestion")
    func unknownSection() throws {
        let found = try #require(only(diagnostics(of: "ecosystem: X\nprojekts:\n  p: {}\n")))
        #expect(found.message == "unknown section 'projekts'")
        #expect(found.advice == "did you mean 'projekte'?" || found.advice == "did you mean 'projects'?")
        #expect(found.place == "2:1")
    }

    @Test("unknown key, with a suggestion, at the key")
    func unknownKey() throws {
        let found = try #require(only(diagnostics(of: "actors:\n  mueller: { nmae: Anna }\n")))
        #expect(found.message == "unknown key 'nmae' in actor 'mueller'")
        #expect(found.advice == "did you mean 'name'?")
        #expect(found.place == "2:14")
    }

    @Test("a key of another kind says where it belongs")
    func keyOfAnotherKind() throws {
        let found = try #require(only(diagnostics(of: "fields:\n  f: { federführend: x }\n")))
        #expect(found.message == "unknown key 'federführend' in field 'f'")
        #expect(found.advice == "'federführend' is a key of projects, not of fields")
    }

    @Test("wrong value types: a list where text belongs, a mapping where ids belong, a list for a section")
    func wrongValueTypes() throws {
        let found = diagnostics(of: """
            fields:
              f: { name: [a, b] }
            projects:
              p: { field: { id: f } }
            relations: { from: a }
            """)
        #expect(found.count == 3, "\(found)")
        #expect(found[0].message == "'name' of field 'f' should be text, not a list")
        #expect(found[0].place == "2:14")
        #expect(found[1].message == "'field' of project 'p' should be an id or a list of ids, not a mapping")
        #expect(found[1].location?.line == 4)
        #expect(found[2].message == "section 'relations' should be a list, not a mapping")
        #expect(found[2].location?.line == 5)
    }

    @Test("unknown status, with the German word it resembles and the valid ones")
    func unknownStatus() throws {
        let found = try #require(only(diagnostics(of: "projects:\n  p: { status: leuft }\n")))
        #expect(found.message == "unknown status 'leuft' in project 'p'")
        #expect(found.advice?.hasPrefix("did you mean 'läuft'?") == true || found.advice?.hasPrefix("did you mean 'laeuft'?") == true)
        #expect(found.advice?.contains("idea, planned, starting, running, done") == true)
        #expect(found.place == "2:16")
    }

    @Test("unknown role type and unknown system type")
    func unknownTypes() throws {
        let found = diagnostics(of: """
            systems:
              s: { type: adminstration }
            roles:
              r: { type: mayor }
            """)
        #expect(found.count == 2)
        #expect(found[0].message == "unknown system type 'adminstration' in system 's'")
        #expect(found[0].advice?.hasPrefix("did you mean 'administration'?") == true)
        #expect(found[1].message == "unknown role type 'mayor' in role 'r'")
        #expect(found[1].advice?.contains("chief-executive") == true)
        #expect(found[1].place == "4:14")
    }

    @Test("a system without a type")
    func systemWithoutType() throws {
        let found = try #require(only(diagnostics(of: "systems:\n  s: { name: S }\n")))
        #expect(found.message == "system 's' has no type")
    }

    @Test("a reference to an id that does not exist, with did-you-mean among fitting kinds")
    func unknownReference() throws {
        let found = try #require(only(diagnostics(of: """
            fields:
              mobilitaet: { name: Mobilität }
            target-groups:
              mobilitaets: { name: Not a field }
            projects:
              p: { field: mobilitat }
            """)))
        #expect(found.message == "unknown id 'mobilitat' in 'field' of project 'p' (expected a field)")
        #expect(found.advice == "did you mean 'mobilitaet'?")
        #expect(found.place == "6:15")
    }

    @Test("a reference to a node of the wrong kind")
    func wrongKindReference() throws {
        let found = try #require(only(diagnostics(of: """
            target-groups:
              pendler: Pendler
            projects:
              p: { field: pendler }
            """)))
        #expect(found.message == "'pendler' is a target group, but 'field' of project 'p' expects a field here")
    }

    @Test("English names a kind with its article: an actor (was 'a actor'); German is unchanged")
    func wrongKindArticle() throws {
        let found = try #require(only(diagnostics(of: """
            actors:
              amt: Amt
            projects:
              p: { field: amt }
            """)))
        #expect(found.message == "'amt' is an actor, but 'field' of project 'p' expects a field here")
        #expect(found.advice == "refer to a field instead")
        let german = found.description(in: .de)
        #expect(german.contains("'amt' gehört zur Art Akteur, aber 'field' bei Projekt 'p' erwartet hier: Gestaltungsfeld"), "\(german)")
    }

    @Test("unknown relation type, and custom x- types are accepted")
    func relationTypes() throws {
        let found = try #require(only(diagnostics(of: """
            actors:
              a: {}
              b: {}
            relations:
              - { from: a, type: suports, to: b }
              - { from: a, type: x-mentors, to: b }
            """)))
        #expect(found.message == "unknown relation type 'suports'")
        #expect(found.advice == "did you mean 'supports'?")
        #expect(found.place == "5:22")
    }

    @Test("a duplicate id in one file names both lines")
    func duplicateIDInOneFile() throws {
        let found = try #require(only(diagnostics(of: """
            projects:
              p: { name: Eins }
              q: { name: Zwei }
              p: { name: Drei }
            """)))
        #expect(found.message == "duplicate key 'p' in one mapping (first at line 2)")
        #expect(found.place == "4:3")
    }

    @Test("a duplicate id across sections and across files")
    func duplicateIDAcrossFiles() throws {
        let scratch = ScratchModels()
        let first = scratch.write("fields:\n  mobilitaet: Mobilität\n", to: "a.yaml")
        let second = scratch.write("ecosystem: B\nprojects:\n  mobilitaet: {}\n", to: "b.yaml")
        let found = try #require(only(diagnostics(loading: [first, second])))
        #expect(found.message == "duplicate id 'mobilitaet': already defined as field at \(first):2:3")
        #expect(found.location == SourceLocation(file: second, line: 3, column: 3))
    }

    @Test("an empty file, and a file of comments only")
    func emptyFile() throws {
        for text in ["", "# nothing here yet\n\n"] {
            let found = try #require(only(diagnostics(of: text)))
            #expect(found.message == "the file is empty")
            #expect(found.place == "1:1")
        }
    }

    @Test("a top level that is not a mapping")
    func topLevelList() throws {
        let found = try #require(only(diagnostics(of: "- a\n- b\n")))
        #expect(found.message.hasPrefix("a model file is a mapping of sections"))
    }

    @Test("an id with spaces is refused with a suggested id")
    func invalidID() throws {
        let found = try #require(only(diagnostics(of: "projects:\n  Park App: {}\n")))
        #expect(found.message == "invalid id 'Park App': an id cannot contain spaces")
        #expect(found.advice?.hasSuffix("e.g. 'park-app'") == true)
    }

    @Test("a key given twice through an alias")
    func keyTwiceThroughAlias() throws {
        let found = try #require(only(diagnostics(of: "actors:\n  a: {}\n  b: {}\nprojects:\n  p: { accountable: a, federführend: b }\n")))
        #expect(found.message == "'accountable' is given twice for project 'p' (first at line 5)")
    }

    @Test("a file that is not UTF-8, at the first bad byte")
    func notUTF8() throws {
        let scratch = ScratchModels()
        // "name: M" then Latin-1 'ü' (0xFC): what an old Windows editor saves.
        let path = scratch.writeBytes(Array("fields:\n  f: { name: M".utf8) + [0xFC] + Array("nchen }\n".utf8), to: "latin1.yaml")
        let found = try #require(only(diagnostics(loading: [path])))
        #expect(found.message == "the file is not UTF-8 text")
        #expect(found.place == "2:15")
    }

    @Test("a path that does not exist, and a directory without models")
    func missingPaths() throws {
        let scratch = ScratchModels()
        let empty = scratch.directory.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let found = diagnostics(loading: ["/nonexistent/model.yaml", empty.path])
        #expect(found.map(\.message) == ["no such file or directory", "the directory holds no model files"])
        #expect(found.allSatisfy { $0.location == nil && $0.path != nil })
    }

    @Test("every problem is found in one run, across files, in file order")
    func everyProblemInOneRun() throws {
        let scratch = ScratchModels()
        let first = scratch.write("""
            projects:
              p: { status: laufend, feld: nowhere, accountable: nobody }
              q: { colour: red }
            """, to: "a.yaml")
        let second = scratch.write("ecosystem: B\nfields:\n  f: { name: [x] }\n", to: "b.yaml")
        let empty = scratch.write("", to: "c.yaml")
        let found = diagnostics(loading: [first, second, empty])
        #expect(found.count == 6, "\(found.map(\.description))")
        #expect(found.map { $0.location?.file } == [first, first, first, first, second, empty])
        #expect(found.map { $0.location?.line } == [2, 2, 2, 3, 3, 1])
    }

    @Test("the one-line form is FILE:LINE:COLUMN: error: MESSAGE; ADVICE")
    func oneLineForm() throws {
        let diagnostic = Diagnostic(
            .error, "unknown key 'nmae' in actor 'mueller'", advice: "did you mean 'name'?",
            at: SourceLocation(file: "model.yaml", line: 2, column: 14))
        #expect(diagnostic.description == "model.yaml:2:14: error: unknown key 'nmae' in actor 'mueller'; did you mean 'name'?")
    }
}

extension Diagnostic {
    /// `LINE:COLUMN`, for compact expectations.
    var place: String? { location.map { "\($0.line):\($0.column)" } }
}
