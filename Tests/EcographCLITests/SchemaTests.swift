import Foundation
import Testing
@testable import EcographCore

/// The published JSON Schema accepts the samples, rejects what the loader rejects, and knows
/// every word of the loader's vocabulary.
@Suite("The model's JSON Schema")
struct SchemaTests {
    static let schemaPath = CommandRunner.repository.appendingPathComponent("schema/ecograph-model.schema.json").path

    private func checkSchema(_ paths: [String]) throws -> CommandRunner.Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "scripts/check-schema.py", Self.schemaPath] + paths
        process.currentDirectoryURL = CommandRunner.repository
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        return CommandRunner.Result(status: process.terminationStatus, standardOutput: text, standardError: text)
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
        for kind in NodeKind.allCases {
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
}
