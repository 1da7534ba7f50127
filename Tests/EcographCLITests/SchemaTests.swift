import Foundation
import Testing
@testable import EcographCore

/// The published JSON Schema accepts the samples, rejects what the loader rejects, and knows
/// every word of the loader's vocabulary.
@Suite("The model's JSON Schema")
struct SchemaTests {
    static let schemaPath = CommandRunner.repository.appendingPathComponent("schema/ecograph-model.schema.json").path

    private func checkSchema(_ paths: [String]) throws -> CommandRunner.Result {
        let result = try CommandRunner.run(
            ["python3", "scripts/check-schema.py", Self.schemaPath] + paths, using: CommandRunner.environmentTool)
        let text = result.standardOutput + result.standardError
        return CommandRunner.Result(status: result.status, standardOutput: text, standardError: text)
    }

    @Test("the samples validate against the schema (Python jsonschema, Draft 7)")
    func samplesValidate() throws {
        let result = try checkSchema(["samples/musterstadt.yaml", "samples/minimal.yaml", "samples/region"])
        #expect(result.status == 0, "\(result.standardOutput)")
    }

    @Test("the schema rejects an unknown key, an unknown section and an unknown status")
    func schemaRejects() throws {
        let scratch = ScratchDirectory()
        let cases = [
            "actors:\n  a: { nmae: A }\n",
            "projekts:\n  p: {}\n",
            "projects:\n  p: { status: laufend }\n",
            "systems:\n  s: { name: S }\n",
        ]
        for (index, text) in cases.enumerated() {
            let path = scratch.write(text, to: "case\(index).yaml")
            let result = try checkSchema([path])
            #expect(result.status == 1, "schema accepted: \(text)")
        }
    }

    @Test("every section, key and alias of the loader is a property in the schema")
    func schemaKnowsTheVocabulary() throws {
        let text = try String(contentsOfFile: Self.schemaPath, encoding: .utf8)
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let topLevel = try #require(schema["properties"] as? [String: Any])
        for section in Vocabulary.sections {
            for word in [section.name] + section.aliases {
                #expect(topLevel[word] != nil, "section '\(word)' missing in the schema")
            }
        }
        // Every key word of every kind must be quoted somewhere in the schema as a property name.
        for kind in NodeKind.builtIn {
            for key in Vocabulary.keys(of: kind) {
                for word in [key.name] + key.aliases {
                    #expect(text.contains("\"\(word)\":"), "key '\(word)' of \(kind.pluralNoun) missing in the schema")
                }
            }
        }
        for status in ProjectStatus.allCases {
            for word in [status.rawValue] + status.aliases {
                #expect(text.contains("\"\(word)\""), "status '\(word)' missing in the schema")
            }
        }
    }

    @Test("the committed schema is what 'ecograph schema' prints, and -o writes the same bytes")
    func committedSchemaIsCurrent() throws {
        let printed = try CommandRunner.run(["schema"])
        #expect(printed.status == 0, "\(printed.standardError)")
        let committed = try String(contentsOfFile: Self.schemaPath, encoding: .utf8)
        #expect(printed.standardOutput == committed, "regenerate with: swift run ecograph schema -o schema/ecograph-model.schema.json")

        let scratch = ScratchDirectory()
        let target = scratch.url.appendingPathComponent("schema.json").path
        let written = try CommandRunner.run(["schema", "--format", "json", "-o", target])
        #expect(written.status == 0)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == printed.standardOutput)
    }

    @Test("docs/model-format.md is what 'ecograph schema --format markdown' prints")
    func committedReferenceIsCurrent() throws {
        let printed = try CommandRunner.run(["schema", "--format", "markdown"])
        #expect(printed.status == 0, "\(printed.standardError)")
        let committed = try String(
            contentsOf: CommandRunner.repository.appendingPathComponent("docs/model-format.md"), encoding: .utf8)
        #expect(printed.standardOutput == committed, "regenerate with: swift run ecograph schema --format markdown -o docs/model-format.md")
    }

    @Test("the reference page's example model validates against the schema")
    func referenceExampleValidates() throws {
        let scratch = ScratchDirectory()
        let result = try checkSchema([scratch.write(ModelFormatReference.example, to: "example.yaml")])
        #expect(result.status == 0, "\(result.standardOutput)")
    }

    /// Single files on which the schema and the loader must agree: valid for both, or invalid for both.
    static let agreement: [(name: String, yaml: String)] = [
        ("term-in-capitals", "systems:\n  s: { type: Verwaltung }\nprojects:\n  p: { status: Läuft }\n"),
        ("term-with-space-and-underscore", "projects:\n  p: { status: in planung }\n  q: { status: IN_UMSETZUNG }\n"),
        ("empty-status", "projects:\n  p: { status: }\n  q: { status: ~ }\n"),
        ("system-type-empty", "systems:\n  s: { type: ~ }\n"),
        ("system-name-only", "systems:\n  s: Verwaltung\n"),
        ("system-type-alias", "systems:\n  s: { art: extern }\n"),
        ("system-type-unknown", "systems:\n  s: { type: rathaus }\n"),
        ("entry-shorthands", "fields:\n  f: Feld\n  g:\n  h: {}\n"),
        ("entry-list", "fields:\n  f: [a]\n"),
        ("own-attributes", "fields:\n  f: { x-foo: [a, b], x-bar: 1 }\n"),
        ("own-attribute-mapping", "fields:\n  f: { x-foo: { a: b } }\n"),
        ("key-in-two-spellings", "fields:\n  f: { name: a, titel: b }\n"),
        ("section-in-two-spellings", "fields:\n  f: {}\nfelder:\n  g: {}\n"),
        ("key-of-another-kind", "fields:\n  f: { status: idea }\n"),
        ("ids-with-umlauts-and-dots", "fields:\n  bürgerbüro: {}\n  2025.wlan: {}\n"),
        ("id-with-space", "fields:\n  'a b': {}\n"),
        ("id-with-euro-sign", "fields:\n  a€: {}\n"),
        ("id-starting-with-dot", "fields:\n  .a: {}\n"),
        ("empty-reference", "fields:\n  f: {}\nprojects:\n  p: { field: '' }\n"),
        ("reference-mapping", "projects:\n  p: { field: { a: b } }\n"),
        ("references-with-empty-items", "fields:\n  f: {}\nprojects:\n  p: { field: [f, ~], depends-on: }\n"),
        ("waiver-single", "fields:\n  f: { waive: { rule: r, reason: why } }\n"),
        ("waiver-german", "fields:\n  f: { ausnahmen: [{ regel: r, begründung: weil }] }\n"),
        ("waiver-without-reason", "fields:\n  f: { waive: [{ rule: r }] }\n"),
        ("waiver-blank-reason", "fields:\n  f: { waive: [{ rule: r, reason: '  ' }] }\n"),
        ("waiver-unknown-key", "fields:\n  f: { waive: [{ rule: r, reason: x, who: me }] }\n"),
        ("waiver-text", "fields:\n  f: { waive: r }\n"),
        ("relation-own-type", "fields:\n  a: {}\n  b: {}\nrelations:\n  - { from: a, type: X_Foo, to: b }\n"),
        ("relation-german", "fields:\n  a: {}\n  b: {}\nbeziehungen:\n  - { von: a, typ: Unterstützt, zu: [b] }\n"),
        ("relation-without-type", "relations:\n  - { from: a, to: b }\n"),
        ("relation-empty-from", "fields:\n  b: {}\nrelations:\n  - { from: ~, type: supports, to: b }\n"),
        ("relation-unknown-type", "fields:\n  a: {}\n  b: {}\nrelations:\n  - { from: a, type: foo, to: b }\n"),
        ("relation-type-x-alone", "fields:\n  a: {}\n  b: {}\nrelations:\n  - { from: a, type: 'x-', to: b }\n"),
        ("relations-mapping", "relations:\n  a: b\n"),
        ("ecosystem-list", "ecosystem: [a]\n"),
        ("schema-key", "$schema: x.json\necosystem:\nrelations:\n"),
        ("section-text", "fields: a\n"),
        ("top-level-list", "- a\n"),
        ("only-comments", "# nothing\n"),
        ("tags-mapping", "projects:\n  p: { tags: { a: b } }\n"),
        ("scalars-that-look-typed", "projects:\n  p: { start: 2025-03-01, budget: 1000, name: yes, tags: [1, true] }\n"),
        ("yaml-merge-key", "fields:\n  a: &x { name: A }\n  b:\n    <<: *x\n"),
    ]

    @Test("the schema and the loader agree on what a single file may hold")
    func schemaAgreesWithLoader() throws {
        let scratch = ScratchDirectory()
        var paths: [String] = []
        var loaderValid: [String: Bool] = [:]
        for (name, yaml) in Self.agreement {
            let path = scratch.write(yaml, to: "\(name).yaml")
            paths.append(path)
            loaderValid[path] = try CommandRunner.run(["validate", path]).status == 0
        }
        let result = try checkSchema(paths)
        for path in paths {
            let schemaValid = !result.standardOutput.contains("\(path): ")
            #expect(schemaValid == loaderValid[path], "\((path as NSString).lastPathComponent): loader \(loaderValid[path]! ? "accepts" : "rejects"), schema \(schemaValid ? "accepts" : "rejects")\n\(result.standardOutput)")
        }
    }

    @Test("check-schema.py: directories as the loader reads them; exit 2 for usage, missing files, bad YAML and duplicate keys")
    func checkerExitStatuses() throws {
        let scratch = ScratchDirectory()
        scratch.write("fields:\n  f: {}\n", to: "a.yaml")
        scratch.write("{\"fields\": {\"g\": null}}", to: "b.json")
        scratch.write("not: a model\n", to: ".hidden.yaml")
        scratch.write("{\"type\": \"object\"}", to: "local.schema.json")
        let directory = try checkSchema([scratch.url.path])
        #expect(directory.status == 0, "\(directory.standardOutput)")
        #expect(directory.standardOutput.contains("2 file(s) checked"))

        let usage = try checkSchema([])
        #expect(usage.status == 2)
        let missing = try checkSchema([scratch.url.appendingPathComponent("missing.yaml").path])
        #expect(missing.status == 2)
        let broken = try checkSchema([scratch.write("fields: [a\n", to: "broken.yml")])
        #expect(broken.status == 2)
        #expect(broken.standardOutput.contains("broken.yml:2:1: invalid YAML"), "\(broken.standardOutput)")
        let duplicate = try checkSchema([scratch.write("fields:\n  f: { name: a, name: b }\n", to: "duplicate.yaml")])
        #expect(duplicate.status == 2, "ecograph refuses a key twice in one mapping")
        #expect(duplicate.standardOutput.contains("duplicate key 'name'"), "\(duplicate.standardOutput)")
    }
}
