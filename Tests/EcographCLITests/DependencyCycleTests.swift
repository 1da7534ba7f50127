import Foundation
import Testing

/// Projects that depend on each other in a circle, or on themselves, are found (issue 11, item 10).
@Suite("Dependency cycles")
struct DependencyCycleTests {
    @Test("a project depending on itself and three in a circle are each one error; a chain is none")
    func cycles() throws {
        let scratch = ScratchDirectory()
        scratch.write("""
            ecosystem: Kreis
            fields: { f: { name: Feld } }
            projects:
              a: { name: A, field: f, depends-on: b }
              b: { name: B, field: f, depends-on: c }
              c: { name: C, field: f, depends-on: a }
              selbst: { name: Selbst, field: f, depends-on: selbst }
              kette: { name: Kette, field: f, depends-on: [a, ende] }
              ende: { name: Ende, field: f }
            """, to: "m.yaml")
        let result = try CommandRunner.run(["check", "m.yaml", "--lang", "de", "--all"], in: scratch.url)
        #expect(result.status == 1)
        let lines = result.standardOutput.split(separator: "\n").filter { $0.contains("[dependency-cycle]") }
        #expect(lines.count == 2, "\(result.standardOutput)")
        #expect(lines.contains { $0.hasPrefix("m.yaml:4:3: Fehler: [dependency-cycle] Die Projekte 'A', 'B', 'C' hängen im Kreis voneinander ab") }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("m.yaml:7:3: Fehler: [dependency-cycle] Projekt 'Selbst' hängt von sich selbst ab.") }, "\(lines)")
    }
}
