import Foundation
import Testing

@Suite("ecograph check and rules, as a process")
struct CheckCommandTests {
    static let gaps = """
        ecosystem: Lückenstadt
        fields:
          mobilität: { name: Mobilität }
        projects:
          park-app: { name: "Park-App <Süd> & Co", field: mobilität, value: V, indicator: I }
          ruf-bus:
            field: mobilität
            waive: [{ rule: unclear-ownership, reason: Ausschreibung läuft }]
        """

    @Test("text output: FILE:LINE:COLUMN: severity: [rule] message, hints, grouped, with a summary; exit 1 on errors")
    func textOutput() throws {
        let scratch = ScratchDirectory()
        scratch.write(Self.gaps, to: "model.yaml")
        let result = try CommandRunner.run(["check", "model.yaml"], in: scratch.url)
        #expect(result.status == 1)
        let lines = result.standardOutput.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "Findings by rule")
        #expect(lines.contains("Errors (2)"))
        #expect(lines.contains("model.yaml:5:3: error: [unclear-ownership] Project 'Park-App <Süd> & Co' has no accountable party."))
        #expect(lines.contains("model.yaml:3:3: error: [missing-lotse] Field 'Mobilität' has no Lotse: no role of type lotse pilots it."))
        #expect(lines.contains("    hint: Name one role or actor under 'accountable'."))
        #expect(lines.contains("Warnings (4)"))
        #expect(lines.last(where: { !$0.isEmpty }) == "Lückenstadt: 2 errors, 4 warnings, 0 info (1 waived); 13 rules checked")
        #expect(!result.standardOutput.contains("\u{1B}["))
    }

    @Test("German messages with --lang de")
    func german() throws {
        let scratch = ScratchDirectory()
        scratch.write(Self.gaps, to: "model.yaml")
        let result = try CommandRunner.run(["check", "model.yaml", "--lang", "de"], in: scratch.url)
        #expect(result.standardOutput.contains("Fehler: [unclear-ownership] Projekt 'Park-App <Süd> & Co' hat keine federführende Stelle."))
        #expect(result.standardOutput.contains("Tipp: "))
        #expect(result.standardOutput.contains("Lückenstadt: 2 Fehler, 4 Warnungen, 0 Hinweise (1 als Ausnahme markiert); 13 Regeln geprüft"))
    }

    @Test("--fail-on sets the threshold: never exits 0, warning fails on warnings")
    func failOn() throws {
        let scratch = ScratchDirectory()
        scratch.write(Self.gaps, to: "model.yaml")
        #expect(try CommandRunner.run(["check", "model.yaml", "--fail-on", "never"], in: scratch.url).status == 0)
        scratch.write("rules:\n  unclear-ownership: off\n  missing-lotse: off\n", to: ".ecograph.yml")
        #expect(try CommandRunner.run(["check", "model.yaml"], in: scratch.url).status == 0)
        #expect(try CommandRunner.run(["check", "model.yaml", "--fail-on", "warning"], in: scratch.url).status == 1)
        #expect(try CommandRunner.run(["check", "model.yaml", "--fail-on", "fatal"], in: scratch.url).status == 2)
    }

    @Test("json output: findings with rule, severity, subject(s), message, hint, location; waived; summary")
    func jsonOutput() throws {
        let scratch = ScratchDirectory()
        scratch.write(Self.gaps, to: "model.yaml")
        let result = try CommandRunner.run(["check", "model.yaml", "--format", "json"], in: scratch.url)
        #expect(result.status == 1)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        #expect(document["ecosystem"] as? String == "Lückenstadt")
        let findings = try #require(document["findings"] as? [[String: Any]])
        let first = try #require(findings.first)
        #expect(Set(first.keys).isSuperset(of: ["rule", "severity", "subject", "subjects", "message", "hint", "location"]))
        #expect(first["rule"] as? String == "missing-lotse")
        #expect(first["subject"] as? String == "mobilität")
        let location = try #require(first["location"] as? [String: Any])
        #expect(location["file"] as? String == "model.yaml")
        #expect(location["line"] as? Int == 3)
        let waived = try #require(document["waived"] as? [[String: Any]])
        #expect(waived.count == 1)
        #expect((waived.first?["waiver"] as? [String: Any])?["reason"] as? String == "Ausschreibung läuft")
        let summary = try #require(document["summary"] as? [String: Int])
        #expect(summary["error"] == 2 && summary["warning"] == 4 && summary["info"] == 0)
    }

    @Test("sarif output: SARIF 2.1.0 with rules, levels and YAML regions relative to the working directory")
    func sarifOutput() throws {
        let scratch = ScratchDirectory()
        try FileManager.default.createDirectory(at: scratch.url.appendingPathComponent("modelle"), withIntermediateDirectories: true)
        scratch.write(Self.gaps, to: "modelle/stadt.yaml")
        let result = try CommandRunner.run(["check", "modelle/stadt.yaml", "--format", "sarif"], in: scratch.url)
        #expect(result.status == 1)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        #expect((log["$schema"] as? String)?.contains("sarif-2.1.0") == true)
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "ecograph")
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.count == 13)
        #expect(rules.allSatisfy { ($0["help"] as? [String: Any])?["text"] != nil && $0["id"] != nil })
        let results = try #require(run["results"] as? [[String: Any]])
        let ownership = try #require(results.first { $0["ruleId"] as? String == "unclear-ownership" && $0["suppressions"] == nil })
        #expect(ownership["level"] as? String == "error")
        let ruleIndex = try #require(ownership["ruleIndex"] as? Int)
        #expect(rules[ruleIndex]["id"] as? String == "unclear-ownership")
        let physical = try #require(((ownership["locations"] as? [[String: Any]])?.first)?["physicalLocation"] as? [String: Any])
        #expect((physical["artifactLocation"] as? [String: Any])?["uri"] as? String == "modelle/stadt.yaml")
        let region = try #require(physical["region"] as? [String: Any])
        #expect(region["startLine"] as? Int == 5)
        #expect(region["startColumn"] as? Int == 3)
        #expect(region["endColumn"] as? Int == 11, "the column after the id 'park-app'")
        #expect(results.contains { ($0["level"] as? String) == "warning" })
        let suppressed = results.filter { $0["suppressions"] != nil }
        #expect(suppressed.count == 1)
    }

    @Test("-o writes the report atomically to a file")
    func outputFile() throws {
        let scratch = ScratchDirectory()
        scratch.write(Self.gaps, to: "model.yaml")
        let result = try CommandRunner.run(["check", "model.yaml", "--format", "sarif", "-o", "report.sarif"], in: scratch.url)
        #expect(result.status == 1)
        #expect(result.standardOutput.isEmpty)
        let data = try Data(contentsOf: scratch.url.appendingPathComponent("report.sarif"))
        #expect(try JSONSerialization.jsonObject(with: data) is [String: Any])
    }

    @Test("an invalid configuration or model exits 2 with located errors")
    func invalidInputs() throws {
        let scratch = ScratchDirectory()
        scratch.write(Self.gaps, to: "model.yaml")
        scratch.write("rules:\n  orphan-nodes: off\n", to: "strict.yml")
        let badConfig = try CommandRunner.run(["check", "model.yaml", "--config", "strict.yml"], in: scratch.url)
        #expect(badConfig.status == 2)
        #expect(badConfig.standardError.contains("strict.yml:2:3: error: unknown rule 'orphan-nodes' in the configuration; did you mean 'orphan-node'?"))
        scratch.write("projects:\n  p: { waive: [{ rule: vacant-role }] }\n", to: "bad.yaml")
        let badModel = try CommandRunner.run(["check", "bad.yaml"], in: scratch.url)
        #expect(badModel.status == 2)
        #expect(badModel.standardError.contains("bad.yaml:2:16: error: the waiver of 'vacant-role' on project 'p' gives no reason"))
    }

    @Test("the sample's deliberate gaps are found, and nothing else of error severity")
    func musterstadtSample() throws {
        let result = try CommandRunner.run(["check", "samples/musterstadt.yaml", "--format", "json"])
        #expect(result.status == 1)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        let findings = try #require(document["findings"] as? [[String: Any]])
        let byRule = Dictionary(grouping: findings) { $0["rule"] as! String }.mapValues { $0.map { $0["subject"] as? String ?? "-" } }
        // The gaps the sample documents with '# LÜCKE (absichtlich)'.
        #expect(byRule["unclear-ownership"]?.count == 2)
        #expect(byRule["missing-lotse"]?.count == 1)
        #expect(byRule["vacant-role"]?.count == 1)
        #expect(byRule["missing-benefit-indicator"]?.count == 1)
        #expect(byRule["missing-value-proposition"]?.count == 1)
        #expect(byRule["no-external-participation"]?.count == 1)
        #expect(byRule["unassigned-project"]?.count == 1)
        #expect(byRule["consolidation-candidate"]?.count == 1)
        #expect(byRule["orphan-node"]?.count == 1)
        #expect(byRule["cdo-bridge"] == nil)
        #expect(byRule["overloaded-actor"] == nil)
        let errors = findings.filter { $0["severity"] as? String == "error" }
        #expect(errors.count == 3, "\(errors.map { $0["message"] ?? "" })")
    }

    @Test("the clean samples have no errors: minimal and the region")
    func cleanSamples() throws {
        for sample in ["samples/minimal.yaml", "samples/region"] {
            let result = try CommandRunner.run(["check", sample])
            #expect(result.status == 0, "\(sample):\n\(result.standardOutput)")
        }
    }

    @Test("rules lists all thirteen with severity and source; explain prints why and how; unknown ids exit 2")
    func rulesCommand() throws {
        let list = try CommandRunner.run(["rules"])
        #expect(list.status == 0)
        #expect(list.standardOutput.split(separator: "\n").count == 13)
        #expect(list.standardOutput.contains("unclear-ownership  "))
        let json = try CommandRunner.run(["rules", "--format", "json"])
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [[String: Any]])
        #expect(entries.count == 13)
        #expect(entries.first { $0["id"] as? String == "overloaded-actor" }?["options"] as? [String: String] == ["max-projects": "5"])
        let explain = try CommandRunner.run(["rules", "explain", "missing-lotse"])
        #expect(explain.status == 0)
        #expect(explain.standardOutput.contains("Why it matters:"))
        #expect(explain.standardOutput.contains("How to fix:"))
        #expect(explain.standardOutput.contains("A model in which it finds something:"))
        let unknown = try CommandRunner.run(["rules", "explain", "missing-lotsen"])
        #expect(unknown.status == 2)
        #expect(unknown.standardError.contains("did you mean 'missing-lotse'?"))
    }

    @Test("docs/rules.md is what 'ecograph rules list --format markdown' generates")
    func rulesReferenceIsCurrent() throws {
        let generated = try CommandRunner.run(["rules", "list", "--format", "markdown"])
        let committed = try String(contentsOf: CommandRunner.repository.appendingPathComponent("docs/rules.md"), encoding: .utf8)
        #expect(generated.standardOutput == committed, "regenerate with: swift run ecograph rules list --format markdown > docs/rules.md")
    }
}

/// The text output at a region's scale: a summary per rule first, errors before warnings before
/// info, info capped per rule; JSON and SARIF complete.
@Suite("ecograph check at scale")
struct CheckSummaryTests {
    /// Fourteen running projects of the administration alone (14 × no-external-participation,
    /// info) and two without an accountable party (errors).
    static var model: String {
        var text = """
            ecosystem: Verwaltungsstadt
            systems: { verwaltung: { type: administration } }
            fields: { f: { name: Feld } }
            roles:
              lotse: { type: lotse, pilots: f }
            actors:
              amt: { system: verwaltung, holds: lotse }
            projects:

            """
        for number in 1...14 {
            text += "  p\(number): { field: f, status: running, accountable: lotse, responsible: amt, value: V, indicator: I }\n"
        }
        text += "  q1: { field: f, status: idea, value: V, indicator: I }\n  q2: { field: f, status: idea, value: V, indicator: I }\n"
        return text
    }

    @Test("the text leads with the count per rule, then errors, warnings, info; ten info of a rule, then a note")
    func summaryAndCap() throws {
        let scratch = ScratchDirectory()
        scratch.write(Self.model, to: "model.yaml")
        let result = try CommandRunner.run(["check", "model.yaml", "--fail-on", "never"], in: scratch.url)
        #expect(result.status == 0)
        let lines = result.standardOutput.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "Findings by rule")
        #expect(lines.contains("  error      2  unclear-ownership"))
        #expect(lines.contains("  info      14  no-external-participation"))
        let summary = lines.prefix { !$0.isEmpty }
        #expect(summary.firstIndex { $0.hasPrefix("  error") }! < summary.firstIndex { $0.hasPrefix("  warning") }!)
        #expect(summary.firstIndex { $0.hasPrefix("  warning") }! < summary.firstIndex { $0.hasPrefix("  info") }!)
        let errors = try #require(lines.firstIndex(of: "Errors (2)"))
        let warnings = try #require(lines.firstIndex { $0.hasPrefix("Warnings (") })
        let info = try #require(lines.firstIndex(of: "Info (14, 10 listed)"))
        #expect(errors < warnings && warnings < info)
        #expect(lines.filter { $0.contains("info: [no-external-participation]") }.count == 10)
        #expect(lines.contains("    … 4 more [no-external-participation]; --all lists every finding, --max-per-rule N at most N per rule"))
        let last = lines.last(where: { !$0.isEmpty }) ?? ""
        #expect(last.hasPrefix("Verwaltungsstadt: 2 errors, ") && last.contains(", 14 info; 13 rules checked"))
    }

    @Test("--all lists every finding; --max-per-rule N caps every rule; JSON and SARIF hold all")
    func limits() throws {
        let scratch = ScratchDirectory()
        scratch.write(Self.model, to: "model.yaml")
        let all = try CommandRunner.run(["check", "model.yaml", "--all", "--fail-on", "never"], in: scratch.url)
        #expect(all.standardOutput.components(separatedBy: "info: [no-external-participation]").count - 1 == 14)
        #expect(all.standardOutput.contains("Info (14)"))
        let capped = try CommandRunner.run(["check", "model.yaml", "--max-per-rule", "1", "--fail-on", "never", "--lang", "de"], in: scratch.url)
        #expect(capped.standardOutput.components(separatedBy: "Fehler: [unclear-ownership]").count - 1 == 1)
        #expect(capped.standardOutput.contains("Fehler (2, davon 1 aufgeführt)"))
        #expect(capped.standardOutput.contains("… 1 weitere [unclear-ownership]"))
        #expect(capped.standardOutput.hasPrefix("Befunde nach Regeln\n  Fehler     2  unclear-ownership\n"))
        let json = try CommandRunner.run(["check", "model.yaml", "--format", "json", "--fail-on", "never"], in: scratch.url)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        let listed = all.standardOutput.split(separator: "\n").filter { $0.contains(": error: [") || $0.contains(": warning: [") || $0.contains(": info: [") }.count
        #expect((object["findings"] as? [Any])?.count == listed && listed >= 16)
        let sarif = try CommandRunner.run(["check", "model.yaml", "--format", "sarif", "--fail-on", "never"], in: scratch.url)
        let results = try #require(((try JSONSerialization.jsonObject(with: Data(sarif.standardOutput.utf8)) as? [String: Any])?["runs"] as? [[String: Any]])?.first?["results"] as? [Any])
        #expect(results.count == listed)
        let conflict = try CommandRunner.run(["check", "model.yaml", "--all", "--max-per-rule", "3"], in: scratch.url)
        #expect(conflict.status == 2)
    }
}
