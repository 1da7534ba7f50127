import Foundation
import Testing
@testable import EcographCore
@testable import EcographSyntax

/// Reading a large file in parts on several processors must give exactly what reading it as
/// one gives: the same nodes, edges and places, or the same problems in the same order.
@Suite("Large files read in parts")
struct SectionPartsTests {
    /// Everything a load shows: the graph with every place, or the diagnostics.
    private func outcome(_ text: String, parts: Int?) -> [String] {
        LoadOutcome.lines(of: ModelSource(path: "modell.yaml", text: text), parts: parts)
    }

    private static let models = BlockYAMLReaderTests.modelFiles().filter { !$0.hasSuffix(".json") }

    @Test("the samples and fixtures are cut into parts, and read in parts they give what they give read as one")
    func samples() throws {
        for path in Self.models {
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let whole = outcome(text, parts: nil)
            for parts in [2, 3, 5] {
                #expect(outcome(text, parts: parts) == whole, "\(path) in \(parts) parts")
            }
        }
        // The comparison means something only if the parts are read so: the large samples are.
        for name in ["musterstadt.yaml", "programm/projekte.yaml"] {
            let text = try String(contentsOfFile: Fixture.sample(name), encoding: .utf8)
            let documents = SectionParts.parse(text, metamodel: .builtIn, limits: SyntaxLimits(), parts: 3)
            #expect(documents?.count == 3, "\(name) was not read in parts")
        }
    }

    @Test("read in parts from its bytes: a byte-order mark is dropped, bytes that are not UTF-8 are the whole file's error")
    func bytes() throws {
        let text = try String(contentsOfFile: Fixture.sample("musterstadt.yaml"), encoding: .utf8)
        let whole = LoadOutcome.lines(of: ModelSource(path: "modell.yaml", text: text), parts: nil)
        let marked = [0xEF, 0xBB, 0xBF] + Array(text.utf8)
        #expect(SectionParts.parse(bytes: marked, metamodel: .builtIn, limits: SyntaxLimits(), parts: 3)?.count == 3)
        #expect(LoadOutcome.lines(of: ModelSource(path: "modell.yaml", bytes: marked), parts: 3) == whole)

        var broken = Array(text.utf8)
        broken.insert(0xFF, at: broken.count * 5 / 6)  // in the last part
        #expect(SectionParts.parse(bytes: broken, metamodel: .builtIn, limits: SyntaxLimits(), parts: 3) == nil)
        let found = LoadOutcome.lines(of: ModelSource(path: "modell.yaml", bytes: broken), parts: 3)
        #expect(found == LoadOutcome.lines(of: ModelSource(path: "modell.yaml", bytes: broken), parts: nil))
        #expect(found.count == 1 && found[0].contains("is not UTF-8 text"), "\(found)")
    }

    @Test("a section cut in two: an id in both halves is the whole file's duplicate key")
    func duplicateAcrossTheCut() throws {
        let entries = (0..<60).map { "  a\($0): { name: Akteur \($0) }\n" }.joined()
        let text = "actors:\n" + entries + "  a3: { name: Doppelt }\n"
        #expect(SectionParts.parse(text, metamodel: .builtIn, limits: SyntaxLimits(), parts: 2) == nil)
        let found = outcome(text, parts: 2)
        #expect(found == outcome(text, parts: nil))
        #expect(found.first?.contains("duplicate key 'a3' in one mapping (first at line 5)") == true, "\(found)")
    }

    @Test("a section given twice under two names, in different parts, is the whole file's error")
    func sectionTwiceAcrossParts() throws {
        let entries = (0..<40).map { "  p\($0): { name: Projekt \($0) }\n" }.joined()
        let text = "projects:\n" + entries + "fields:\n  f: F\nprojekte:\n" + entries.replacingOccurrences(of: "  p", with: "  q")
        #expect(SectionParts.parse(text, metamodel: .builtIn, limits: SyntaxLimits(), parts: 3) == nil)
        let found = outcome(text, parts: 3)
        #expect(found == outcome(text, parts: nil))
        #expect(found.contains { $0.contains("'projekte'") }, "\(found)")
    }

    @Test("random line edits of the samples: read in parts, the same as read as one")
    func mutations() throws {
        var generator = SplitMix(seed: 23)
        var cut = 0
        for path in Self.models {
            let lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
            guard lines.count > 10 else { continue }
            for _ in 0..<40 {
                var edited = lines
                for _ in 0..<Int.random(in: 1...3, using: &generator) {
                    let line = Int.random(in: 0..<edited.count, using: &generator)
                    switch Int.random(in: 0..<5, using: &generator) {
                    case 0: edited.insert(edited[Int.random(in: 0..<edited.count, using: &generator)], at: line)  // a copied line: duplicate ids
                    case 1: edited.remove(at: line)
                    case 2: edited[line] = String(edited[line].drop { $0 == " " })  // to the first column
                    case 3: edited[line] = "  " + edited[line]
                    default: edited[line] += Bool.random(using: &generator) ? " \"" : ": x"
                    }
                }
                let text = edited.joined(separator: "\n")
                let parts = Int.random(in: 2...4, using: &generator)
                #expect(outcome(text, parts: parts) == outcome(text, parts: nil), "a mutation of \(path) in \(parts) parts:\n\(text)")
                if SectionParts.parse(text, metamodel: .builtIn, limits: SyntaxLimits(), parts: parts) != nil { cut += 1 }
            }
        }
        #expect(cut > 40, "only \(cut) mutations were read in parts")
    }

    @Test("line feeds are counted exactly, eight bytes at a time")
    func lineFeeds() {
        for text in ["", "\n", "a\nb", "\n\n\n\n\n\n\n\n\n", "äöü\n\u{0A}x\n" + String(repeating: "abc\n", count: 33), "\u{8A}\u{0B}\n"] {
            let bytes = Array(text.utf8)
            let counted = bytes.withUnsafeBufferPointer { SectionParts.lineFeeds(in: $0) }
            #expect(counted == bytes.filter { $0 == 0x0A }.count, "\(text.debugDescription)")
        }
    }
}
