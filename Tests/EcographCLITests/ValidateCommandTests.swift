import Foundation
import Testing

@Suite("ecograph validate, as a process")
struct ValidateCommandTests {
    @Test("a valid sample exits 0 and prints counts per kind and edges")
    func validSample() throws {
        let result = try CommandRunner.run(["validate", "samples/musterstadt.yaml"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.hasPrefix("Musterstadt: 3 systems, "))
        #expect(result.standardOutput.contains(" projects; "))
        #expect(result.standardOutput.hasSuffix(" edges\n"))
        #expect(result.standardError.isEmpty)
    }

    @Test("every shipped sample is valid: musterstadt, minimal and the region directory")
    func allSamples() throws {
        for sample in ["samples/musterstadt.yaml", "samples/minimal.yaml", "samples/region"] {
            let result = try CommandRunner.run(["validate", sample])
            #expect(result.status == 0, "\(sample): \(result.standardError)")
        }
    }

    @Test("invalid input exits 2 with FILE:LINE:COLUMN: error: lines on stderr and a count")
    func invalidInput() throws {
        let scratch = ScratchDirectory()
        scratch.write("""
            projects:
              p: { status: laufend, field: mobilitat }
            fields:
              mobilitaet: Mobilität
            """, to: "bad.yaml")
        let result = try CommandRunner.run(["validate", "bad.yaml"], in: scratch.url)
        #expect(result.status == 2)
        let lines = result.standardError.split(separator: "\n").map(String.init)
        #expect(lines.count == 3, "\(lines)")
        #expect(lines[0].hasPrefix("bad.yaml:2:16: error: unknown status 'laufend' in project 'p'"))
        #expect(lines[1] == "bad.yaml:2:32: error: unknown id 'mobilitat' in 'field' of project 'p' (expected a field); did you mean 'mobilitaet'?")
        #expect(lines[2] == "invalid model: 2 errors")
        #expect(result.standardOutput.isEmpty)
    }

    @Test("a missing file exits 2 naming the path; no stack trace")
    func missingFile() throws {
        let result = try CommandRunner.run(["validate", "does-not-exist.yaml"])
        #expect(result.status == 2)
        #expect(result.standardError.hasPrefix("does-not-exist.yaml: error: no such file or directory"))
        #expect(!result.standardError.contains("Fatal error"))
    }

    @Test("--format json reports validity, counts and diagnostics with locations")
    func jsonFormat() throws {
        let valid = try CommandRunner.run(["validate", "samples/minimal.yaml", "--format", "json"])
        #expect(valid.status == 0)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(valid.standardOutput.utf8)) as? [String: Any])
        #expect(report["valid"] as? Bool == true)
        #expect((report["summary"] as? [String: Int])?["system"] == 3)

        let scratch = ScratchDirectory()
        scratch.write("actors:\n  a: { nmae: A }\n", to: "bad.yaml")
        let invalid = try CommandRunner.run(["validate", "bad.yaml", "--format", "json"], in: scratch.url)
        #expect(invalid.status == 2)
        let failed = try #require(try JSONSerialization.jsonObject(with: Data(invalid.standardOutput.utf8)) as? [String: Any])
        #expect(failed["valid"] as? Bool == false)
        let first = try #require((failed["diagnostics"] as? [[String: Any]])?.first)
        #expect(first["file"] as? String == "bad.yaml")
        #expect(first["line"] as? Int == 2)
        #expect(first["column"] as? Int == 8)
        #expect(first["endLine"] as? Int == 2)
        #expect(first["endColumn"] as? Int == 12, "the column after 'nmae'")
        #expect(first["code"] as? String == "model.unknown-key")
        #expect(first["advice"] as? String == "did you mean 'name'?")
    }

    @Test("usage errors exit 2 with a usage hint")
    func usageError() throws {
        let noPath = try CommandRunner.run(["validate"])
        #expect(noPath.status == 2)
        #expect(noPath.standardError.contains("Usage: ecograph validate"))
        let unknownCommand = try CommandRunner.run(["frobnicate"])
        #expect(unknownCommand.status == 2)
        let badFormat = try CommandRunner.run(["validate", "samples/minimal.yaml", "--format", "xml"])
        #expect(badFormat.status == 2)
    }

    @Test("--help of every command shows an example and exits 0")
    func help() throws {
        for command in [[], ["validate"], ["export"]] {
            let result = try CommandRunner.run(command + ["--help"])
            #expect(result.status == 0)
            #expect(result.standardOutput.contains("Examples:"), "\(command)")
            #expect(result.standardOutput.contains("ecograph "))
        }
    }

    @Test("colour only on request of a terminal: NO_COLOR and pipes give plain text")
    func noColorInPipes() throws {
        let scratch = ScratchDirectory()
        scratch.write("actors:\n  a: { nmae: A }\n", to: "bad.yaml")
        let result = try CommandRunner.run(["validate", "bad.yaml"], in: scratch.url, environment: ["NO_COLOR": ""])
        #expect(!result.standardError.contains("\u{1B}["))
    }
}
