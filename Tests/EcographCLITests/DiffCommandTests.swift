import Foundation
import Testing

/// `ecograph diff`: what changed between two versions — files, directories, git revisions.
@Suite("ecograph diff")
struct DiffCommandTests {
    static let original = try! String(contentsOf: CommandRunner.repository.appendingPathComponent("samples/musterstadt.yaml"), encoding: .utf8)

    /// This month's version: the WLAN project gets an accountable party (which resolves its
    /// finding) and starts; the Stadtwerke are renamed; a new idea appears.
    static var changed: String {
        original
            .replacingOccurrences(of: "    status: läuft\n    mitwirkend: [stadtwerke, stadtmarketing]", with: "    status: abgeschlossen\n    federführend: stadtwerke\n    mitwirkend: [stadtmarketing]")
            .replacingOccurrences(of: "bezeichnung: Stadtwerke Musterstadt GmbH", with: "bezeichnung: Stadtwerke Musterstadt Energie GmbH")
            .replacingOccurrences(of: "\nprojekte:\n", with: "\nprojekte:\n  neue-idee: { bezeichnung: Neue Idee, gestaltungsfeld: mobilitaet, status: idee, federführend: lotse-mobilitaet, zielgruppen: [pendler], nutzen: N, indikator: I }\n")
    }

    private func json(_ result: CommandRunner.Result) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any], "\(result.standardError)")
    }

    @Test("two files: added, renamed, responsibilities gained and lost, statuses, findings resolved")
    func twoFiles() throws {
        let scratch = ScratchDirectory()
        scratch.write(Self.original, to: "old.yaml")
        scratch.write(Self.changed, to: "new.yaml")
        let result = try CommandRunner.run(["diff", "old.yaml", "new.yaml", "--format", "json"], in: scratch.url)
        #expect(result.status == 0)
        let diff = try json(result)
        #expect((diff["added"] as? [[String: Any]])?.map { $0["id"] as? String } == ["neue-idee"])
        #expect((diff["removed"] as? [Any])?.isEmpty == true)
        let renamed = try #require((diff["renamed"] as? [[String: Any]])?.first)
        #expect(renamed["id"] as? String == "stadtwerke" && renamed["new"] as? String == "Stadtwerke Musterstadt Energie GmbH")
        let gained = try #require(diff["gained"] as? [[String: Any]])
        #expect(gained.contains { ($0["party"] as? [String: Any])?["id"] as? String == "stadtwerke" && $0["type"] as? String == "accountable" && ($0["subject"] as? [String: Any])?["id"] as? String == "wlan-innenstadt" })
        let lost = try #require(diff["lost"] as? [[String: Any]])
        #expect(lost.contains { ($0["party"] as? [String: Any])?["id"] as? String == "stadtwerke" && $0["type"] as? String == "responsible" })
        let statuses = try #require(diff["statusChanges"] as? [[String: Any]])
        #expect(statuses.contains { $0["old"] as? String == "running" && $0["new"] as? String == "done" })
        let resolved = try #require(diff["findingsResolved"] as? [[String: Any]])
        #expect(resolved.contains { $0["rule"] as? String == "unclear-ownership" && ($0["subjects"] as? [String])?.first == "wlan-innenstadt" })
    }

    @Test("German text names who became accountable for what")
    func germanText() throws {
        let scratch = ScratchDirectory()
        scratch.write(Self.original, to: "old.yaml")
        scratch.write(Self.changed, to: "new.yaml")
        let result = try CommandRunner.run(["diff", "old.yaml", "new.yaml", "--lang", "de"], in: scratch.url)
        #expect(result.standardOutput.contains("+ Stadtwerke Musterstadt Energie GmbH: ist jetzt federführend für Projekt 'Freies WLAN in der Innenstadt'"))
        #expect(result.standardOutput.contains("Freies WLAN in der Innenstadt: läuft → abgeschlossen"))
        #expect(result.standardOutput.contains("Behobene Befunde"))
        let same = try CommandRunner.run(["diff", "old.yaml", "old.yaml", "--lang", "de"], in: scratch.url)
        #expect(same.standardOutput == "Keine Änderungen.\n")
    }

    /// Runs git in the scratch directory, as a test user; fails the test when git fails.
    static func git(_ arguments: [String], in scratch: ScratchDirectory) throws {
        let result = try CommandRunner.run(["git", "-c", "user.name=Test", "-c", "user.email=test@example.org"] + arguments, in: scratch.url, using: CommandRunner.environmentTool)
        try #require(result.status == 0, "git \(arguments): \(result.standardError)")
    }

    @Test("a git revision is read through git show, for a file and for a directory")
    func gitRevision() throws {
        let scratch = ScratchDirectory()
        func git(_ arguments: [String]) throws { try Self.git(arguments, in: scratch) }
        try git(["init", "-q"])
        scratch.write(Self.original, to: "modell/musterstadt.yaml")
        try git(["add", "."])
        try git(["commit", "-q", "-m", "Oktober"])
        scratch.write(Self.changed, to: "modell/musterstadt.yaml")
        let file = try CommandRunner.run(["diff", "HEAD:modell/musterstadt.yaml", "modell/musterstadt.yaml", "--format", "json"], in: scratch.url)
        #expect((try json(file)["added"] as? [[String: Any]])?.count == 1)
        let directory = try CommandRunner.run(["diff", "HEAD:modell", "modell", "--format", "json"], in: scratch.url)
        #expect((try json(directory)["renamed"] as? [[String: Any]])?.count == 1)
        let missing = try CommandRunner.run(["diff", "HEAD:nicht-da.yaml", "modell"], in: scratch.url)
        #expect(missing.status == 2 && missing.standardError.contains("git knows no model file 'nicht-da.yaml'"))
    }

    @Test("a mistake in a git revision is named REV:FILE:LINE:COLUMN, and nothing is written to disk")
    func gitRevisionDiagnostics() throws {
        let scratch = ScratchDirectory()
        func git(_ arguments: [String]) throws { try Self.git(arguments, in: scratch) }
        try git(["init", "-q"])
        scratch.write(Self.original.replacingOccurrences(of: "\nprojekte:\n", with: "\nprojekte:\n  kaputt: { bezeichnung: K, farbe: rot }\n"), to: "modell/musterstadt.yaml")
        try git(["add", "."])
        try git(["commit", "-q", "-m", "kaputt"])
        scratch.write(Self.changed, to: "modell/musterstadt.yaml")
        let temporary = FileManager.default.temporaryDirectory.path
        let before = Set(try FileManager.default.contentsOfDirectory(atPath: temporary).filter { $0.hasPrefix("ecograph-git-") })
        let result = try CommandRunner.run(["diff", "HEAD:modell", "modell", "--lang", "de"], in: scratch.url)
        #expect(result.status == 2)
        #expect(result.standardError.contains("HEAD:modell/musterstadt.yaml:"), "\(result.standardError)")
        #expect(!result.standardError.contains(temporary + "/"), "\(result.standardError)")
        let after = Set(try FileManager.default.contentsOfDirectory(atPath: temporary).filter { $0.hasPrefix("ecograph-git-") })
        #expect(after.subtracting(before).isEmpty)
    }

    @Test("Markdown for the council's papers")
    func markdown() throws {
        let scratch = ScratchDirectory()
        scratch.write(Self.original, to: "old.yaml")
        scratch.write(Self.changed, to: "new.yaml")
        let result = try CommandRunner.run(["diff", "old.yaml", "new.yaml", "--format", "md", "--lang", "de"], in: scratch.url)
        #expect(result.standardOutput.hasPrefix("# Änderungen: old.yaml → new.yaml"))
        #expect(result.standardOutput.contains("## Neu (1)"))
    }
}
