import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// `check --format codequality` and `--format junit`, validated against the schemas in schema/
/// by Python's jsonschema and libxml2's xmllint (both installed by scripts/setup).
@Suite("check for GitLab and other CI: Code Quality and JUnit")
struct CIFormatTests {
    static let tools = CommandRunner.environmentTool

    /// Validates a JSON file against a JSON Schema (Draft 2020-12) with Python's jsonschema.
    static func validateJSON(_ file: String, schema: String) throws -> CommandRunner.Result {
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            jsonschema.Draft202012Validator.check_schema(schema)
            errors = list(jsonschema.Draft202012Validator(schema).iter_errors(json.load(open(sys.argv[2]))))
            for error in errors: print(list(error.absolute_path), error.message)
            sys.exit(1 if errors else 0)
            """
        return try CommandRunner.run(
            ["python3", "-c", script, CommandRunner.repository.appendingPathComponent(schema).path, file], using: tools)
    }

    @Test("codequality: valid against the schema from GitLab's docs; severities, relative paths, lines, unique fingerprints")
    func codeQuality() throws {
        let scratch = ScratchDirectory()
        scratch.write(CheckCommandTests.gaps, to: "modelle/stadt.yaml")
        let result = try CommandRunner.run(
            ["check", "modelle/stadt.yaml", "--format", "codequality", "-o", "gl-code-quality-report.json"], in: scratch.url)
        #expect(result.status == 1)
        let file = scratch.url.appendingPathComponent("gl-code-quality-report.json").path
        let validation = try Self.validateJSON(file, schema: "schema/gitlab-code-quality.schema.json")
        #expect(validation.status == 0, "\(validation.standardOutput)\(validation.standardError)")

        let issues = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: file))) as? [[String: Any]])
        #expect(issues.count == 6)  // 2 errors, 4 warnings; the waived finding is left out
        #expect(issues.filter { $0["severity"] as? String == "major" }.count == 2)
        #expect(issues.filter { $0["severity"] as? String == "minor" }.count == 4)
        let ownership = try #require(issues.first { $0["check_name"] as? String == "unclear-ownership" })
        #expect(ownership["description"] as? String == "Project 'Park-App <Süd> & Co' has no accountable party.")
        let location = try #require(ownership["location"] as? [String: Any])
        #expect(location["path"] as? String == "modelle/stadt.yaml")
        #expect((location["lines"] as? [String: Any])?["begin"] as? Int == 5)
        #expect(Set(issues.compactMap { $0["fingerprint"] as? String }).count == issues.count)

        let german = try CommandRunner.run(["check", "modelle/stadt.yaml", "--format", "codequality", "--lang", "de"], in: scratch.url)
        #expect(german.standardOutput.contains("\"Projekt 'Park-App <Süd> & Co' hat keine federführende Stelle.\""))
    }

    @Test("codequality: fingerprints stay when unrelated lines move, and change when the finding's nodes do")
    func stableFingerprints() throws {
        let scratch = ScratchDirectory()
        scratch.write(CheckCommandTests.gaps, to: "model.yaml")
        func fingerprints() throws -> [String: (line: Int, rule: String)] {
            let result = try CommandRunner.run(["check", "model.yaml", "--format", "codequality"], in: scratch.url)
            let issues = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [[String: Any]])
            var byPrint: [String: (Int, String)] = [:]
            for issue in issues {
                let line = ((issue["location"] as? [String: Any])?["lines"] as? [String: Any])?["begin"] as? Int ?? 0
                byPrint[issue["fingerprint"] as! String] = (line, issue["check_name"] as! String)
            }
            return byPrint
        }
        let before = try fingerprints()
        // A comment and an unrelated, clean section above: every line of the gaps moves down by 4.
        scratch.write("# Stand: Dezember\nsystems:\n  verwaltung: { name: Kommunalverwaltung, type: administration }\n\n"
            + CheckCommandTests.gaps, to: "model.yaml")
        let after = try fingerprints()
        // Every finding keeps its fingerprint (the new system brings a finding of its own).
        #expect(Set(before.keys).isSubset(of: Set(after.keys)))
        for (print, old) in before {
            // Findings about the whole ecosystem stay at the file's start; the others moved.
            #expect(after[print]?.line == (old.line == 1 ? 1 : old.line + 4))
        }
        #expect(before.values.contains { $0.line > 1 })
        // Renaming the project's id is another finding for GitLab.
        scratch.write(CheckCommandTests.gaps.replacingOccurrences(of: "park-app:", with: "parkplatz-app:"), to: "model.yaml")
        let renamed = try fingerprints()
        #expect(Set(before.keys) != Set(renamed.keys))
        #expect(Set(before.keys).subtracting(renamed.keys).count == Set(renamed.keys).subtracting(before.keys).count)
    }

    @Test("junit: valid against schema/junit.xsd (xmllint); a suite per rule, a case per finding, passing cases for clean rules")
    func junit() throws {
        let scratch = ScratchDirectory()
        scratch.write(CheckCommandTests.gaps, to: "model.yaml")
        let result = try CommandRunner.run(["check", "model.yaml", "--format", "junit", "-o", "report.xml"], in: scratch.url)
        #expect(result.status == 1)
        let file = scratch.url.appendingPathComponent("report.xml")
        let xmllint = try CommandRunner.run(
            ["xmllint", "--noout", "--schema", CommandRunner.repository.appendingPathComponent("schema/junit.xsd").path, file.path],
            using: Self.tools)
        #expect(xmllint.status == 0, "\(xmllint.standardError)")
        #expect(xmllint.standardError.contains("validates"))

        let document = try XMLDocument(contentsOf: file)
        let root = try #require(document.rootElement())
        #expect(root.name == "testsuites")
        let suites = try document.nodes(forXPath: "/testsuites/testsuite").compactMap { $0 as? XMLElement }
        #expect(suites.count == 13)
        #expect(root.attribute(forName: "failures")?.stringValue == "6")
        #expect(root.attribute(forName: "skipped")?.stringValue == "1")
        let ownership = try #require(suites.first { $0.attribute(forName: "name")?.stringValue == "unclear-ownership" })
        #expect(ownership.attribute(forName: "tests")?.stringValue == "2")  // park-app failed, ruf-bus waived
        let failure = try #require(try ownership.nodes(forXPath: "testcase[@name='unclear-ownership park-app']/failure").first as? XMLElement)
        #expect(failure.attribute(forName: "type")?.stringValue == "error")
        #expect(failure.attribute(forName: "message")?.stringValue == "Project 'Park-App <Süd> & Co' has no accountable party.")
        #expect(failure.stringValue?.hasPrefix("model.yaml:5:3: Project") == true)
        let skipped = try #require(try ownership.nodes(forXPath: "testcase[@name='unclear-ownership ruf-bus']/skipped").first as? XMLElement)
        #expect(skipped.attribute(forName: "message")?.stringValue == "waived: Ausschreibung läuft")
        let clean = try #require(suites.first { $0.attribute(forName: "name")?.stringValue == "vacant-role" })
        let cases = clean.elements(forName: "testcase")
        #expect(cases.count == 1 && cases[0].childCount == 0)
        #expect(cases[0].attribute(forName: "name")?.stringValue == "vacant-role: no findings")
    }

    @Test("junit: the samples validate, and German names and messages come with --lang de")
    func junitSamples() throws {
        let scratch = ScratchDirectory()
        for (sample, language) in [("samples/musterstadt.yaml", "de"), ("samples/programm", "en"), ("samples/region", "en")] {
            let output = scratch.url.appendingPathComponent("junit-\(language)-\(sample.replacingOccurrences(of: "/", with: "-")).xml")
            let result = try CommandRunner.run(["check", sample, "--format", "junit", "--lang", language, "-o", output.path])
            #expect(result.status <= 1, "\(result.standardError)")
            let xmllint = try CommandRunner.run(
                ["xmllint", "--noout", "--schema", CommandRunner.repository.appendingPathComponent("schema/junit.xsd").path, output.path],
                using: Self.tools)
            #expect(xmllint.status == 0, "\(sample): \(xmllint.standardError)")
            let quality = scratch.url.appendingPathComponent("cq.json")
            _ = try CommandRunner.run(["check", sample, "--format", "codequality", "--lang", language, "-o", quality.path])
            let validation = try Self.validateJSON(quality.path, schema: "schema/gitlab-code-quality.schema.json")
            #expect(validation.status == 0, "\(sample): \(validation.standardOutput)")
            if language == "de" {
                let text = try String(contentsOf: output, encoding: .utf8)
                #expect(text.contains("Tipp: "))
                #expect(text.contains("keine Befunde") || !text.contains("no findings"))
            }
        }
    }
}
