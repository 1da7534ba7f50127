import Foundation
import Testing
@testable import EcographCore
@testable import EcographSyntax

/// The YAML fast path is "fast path or nothing": for any text it either gives up (and libyaml
/// reads the text, with its messages) or gives exactly the document libyaml gives — nodes,
/// texts, plain or quoted, lines and columns. The loader's graph and diagnostics are computed
/// from that document alone, so an equal document means an equal result.
@Suite("YAML documents without libyaml")
struct BlockYAMLReaderTests {
    /// Texts the fast reader must take on, each giving libyaml's document.
    static let readable = [
        "a: b\n",
        "\"quoted key\": value\n'single key': 'it''s'\n\"k\" : v\n",
        "a: \"x # not a comment\"\nb: 'y: z'\nc: x#y\nd: \"e: f\"\n",
        "a: b # comment\n# full line\n   # indented comment\nc:   d   \n  # deeper comment\ne: f\n",
        "a:\nb: ~\nc: null\nd:   # nothing\ne: NULL\nf:",
        "s:\n  x: { name: X, holds: [a, b], n: { m: [c, [d, e]] } }\n  y: []\n  z: {}\n  w: [ ]\n  v: { }\n",
        "list:\n  - a\n  - \"b\"\n  - { c: d }\n  - [e]\n  - k: v\n    l: w\n  -   m: n\n      o: [p]\n  - 'q'\n",
        "größe: Grüße aus Köln 𝄞 €\nname: \"ä\\u00fc\\n\\t\\\"\\\\\\r\\b\\f\"\n'ü': 'ö ß'\n",
        "key with spaces: value with spaces\nk  : v\n",
        "a: " + String(repeating: "x", count: 5000) + "\n" + String(repeating: "k", count: 500) + ": v\n",
        "a: url://x:y\ntime: 10:30\nratio: a:b:c\n",
        "a: b\n\n\n   \nc: d",
        "a: b   \nc: 'd'   \ne: [f]   \n",
        "a: [ x , y ]\nb: {  c :  d  ,  e: f}\n",
        "a:\n  b:\n    c:\n      - d\n      - e:\n          f: g\n",
        "a: 'x'  # c\nb: \"y\" # d\nc: [z] # e\n",
        "a:\n  b:\nc: d\n",
        "x-custom: [a, 'b c', \"d\", ä ö]\n",
        "name: Energie, Klima und Umwelt\nnote: (siehe oben); a=b $c ~d\n",
        "a: ~\nb: .5\nc: _x\nd: /path\ne: +1\n",
        "a: 'x\"y'\nb: \"x'y\"\nc: x'y\"z\nd: a [b] {c}\n",
        "a: { b: [c, { d: e }], f: 'g, h', i: \"j]\" }\n",
        "a:\n  - b\n  - c\nd: e\n",
        "a: \"\"\nb: ''\n",
        "ecosystem: Musterstadt\nsystems:\n  v: { name: Verwaltung, type: administration }\n",
        "a:\n    - b\n    - c\n  # comment\nd: e\n",
    ]

    /// Texts the fast reader must leave to libyaml.
    static let unsure = [
        "a:\tb\n", "a: b\t\n", "a: b\r\nc: d\r\n", "\u{FEFF}a: b\n", "a: &x b\nc: *x\n", "a: !!str b\n",
        "a: |\n  text\n", "a: >\n  text\n", "a: b\n---\nc: d\n", "---\na: b\n", "a: b\n...\n", "%YAML 1.1\n---\na: b\n",
        "a:\n  b: c\n d: e\n", "a:\n    b: c\n  d: e\n", "a:\n- b\n", "a: b\na: c\n", "a: { x: 1, x: 2 }\n",
        "a: b\n  c\n", "a: [b,\n  c]\n", "a: \"b\n  c\"\n", "- a\n", "  a: b\n", "a: { u: http://x }\n",
        "a: { b: , c: d }\n", "a: { b }\n", "a: [b, ]\n", "? a\n: b\n", "a: b: c\n", "a: \"\\x41\"\n",
        "a:\n  -\n  - b\n", "a: b\u{85}c\n", "a:b\n", "a: -5\n", "a: 'b\n", "a: \"b\n", "a: [b\n", "a: \"\\ud800\"\n",
        "{ a: b }\n", "a: b\n  # c\n  d\n", "a: \"b\"#c\n", "a:\n  b\n", "a: @b\n", "a: `b`\n", "a: b\u{7}\n",
        "a: b\u{2028}c\n", "", "# only a comment\n", "a: [b]c\n", "a: 'b'c\n",
        String(repeating: "k", count: 1100) + ": v\n",
    ]

    @Test("texts in the subset give libyaml's document", arguments: readable)
    func readsAsLibyaml(text: String) throws {
        let fast = try #require(read(text), "the fast reader gave up on \(text.debugDescription)")
        let reference = try YAMLDocument.parse(text, isJSON: false, fastReaders: false)
        #expect(describe(fast) == describe(reference))
    }

    @Test("texts outside the subset are left to libyaml", arguments: unsure)
    func leavesToLibyaml(text: String) {
        #expect(read(text) == nil)
    }

    @Test("the samples and fixtures are read without libyaml, giving libyaml's document")
    func samplesAndFixtures() throws {
        for path in Self.modelFiles() where !path.hasSuffix(".json") {
            let text = try String(contentsOfFile: path, encoding: .utf8)
            try expectSameDocument(text, path)
            #expect(read(text) != nil, "the fast reader gave up on \(path)")
        }
    }

    @Test("every prefix of every sample gives libyaml's document or is left to libyaml")
    func truncations() throws {
        for path in Self.modelFiles() where !path.hasSuffix(".json") {
            let text = Array(try String(contentsOfFile: path, encoding: .utf8))
            for length in stride(from: 0, to: text.count, by: max(1, text.count / 250)) {
                try expectSameDocument(String(text[..<length]), "\(path) cut at \(length)")
            }
        }
    }

    @Test("random mutations give libyaml's document or are left to libyaml")
    func mutations() throws {
        var generator = SplitMix(seed: 7)
        var (read, total) = (0, 0)
        let alphabet = Array("{}[]:,-#&*!|>'\"%@`~ \n\n  \tx\r\\.?".unicodeScalars) + ["ä", "\u{85}", "\u{FEFF}", "𝄞"]
        for path in Self.modelFiles() where !path.hasSuffix(".json") {
            let original = Array(try String(contentsOfFile: path, encoding: .utf8).unicodeScalars)
            for _ in 0..<400 {
                var scalars = original
                for _ in 0..<Int.random(in: 1...3, using: &generator) {
                    let position = Int.random(in: 0..<scalars.count, using: &generator)
                    let scalar = alphabet.randomElement(using: &generator)!
                    switch Int.random(in: 0..<3, using: &generator) {
                    case 0: scalars[position] = scalar
                    case 1: scalars.insert(scalar, at: position)
                    default: scalars.remove(at: position)
                    }
                }
                var text = String.UnicodeScalarView()
                text.append(contentsOf: scalars)
                if try expectSameDocument(String(text), "a mutation of \(path)") { read += 1 }
                total += 1
            }
        }
        // The comparison means something only if the fast reader takes on many of them.
        #expect(read * 4 > total, "the fast reader read only \(read) of \(total) mutations")
    }

    @Test("generated snippets of the subset's building blocks give libyaml's document or are left to it")
    func combinations() throws {
        let keys = ["a", "\"b c\"", "'d'", "e f", "ä", "g ", "h#i", "j:k", "-l", "m:"]
        let values = [
            "", " x", " 'y z'", " \"q\\\"\"", " [a, b]", " {c: d}", " { e: [f, {g: h}] }", " x # c", " #c", " ~",
            " [ ]", " {a: b, a: c}", " [a, ]", " x: y", " a,b", " [a] b", " &x y", " 'a''b'", "  ä ",
        ]
        var (read, total) = (0, 0)
        let continuations = ["", "\n  n: o", "\n  - p", "\n- q", "\n    r", "\n# c", "\ns: t", "\n  t: u\n v: w"]
        for key in keys {
            for value in values {
                for continuation in continuations {
                    let text = "\(key):\(value)\(continuation)\n"
                    if try expectSameDocument(text, text.debugDescription) { read += 1 }
                    if try expectSameDocument("top:\n  - \(key):\(value)\(continuation)\n", text.debugDescription) { read += 1 }
                    total += 2
                }
            }
        }
        #expect(read * 4 > total, "the fast reader read only \(read) of \(total) snippets")
    }

    // MARK: - Helpers

    /// The sample and fixture model files.
    static func modelFiles() -> [String] {
        let roots = [Fixture.repository.appendingPathComponent("samples"), Fixture.directory]
        var files: [String] = []
        for root in roots {
            guard let walker = FileManager.default.enumerator(atPath: root.path) else { continue }
            for case let relative as String in walker where relative.hasSuffix(".yaml") || relative.hasSuffix(".json") {
                if relative.contains(".build") { continue }
                files.append(root.appendingPathComponent(relative).path)
            }
        }
        return files.sorted()
    }

    /// When the fast reader reads the text, libyaml must read it too, to the same document.
    @discardableResult
    private func expectSameDocument(_ text: String, _ what: @autoclosure () -> String) throws -> Bool {
        guard let fast = read(text) else { return false }
        let reference: YAMLDocument
        do {
            reference = try YAMLDocument.parse(text, isJSON: false, fastReaders: false)
        } catch {
            Issue.record("the fast reader read what libyaml refuses (\(error)): \(what())")
            return true
        }
        #expect(describe(fast) == describe(reference), "\(what())")
        return true
    }

    private func read(_ text: String) -> YAMLDocument? {
        var text = text
        return text.withUTF8 { bytes in BlockYAMLReader.read(bytes) }
    }

    private func describe(_ document: YAMLDocument) -> [String] {
        document.nodes.map { "\($0.kind) \($0.isPlain) \($0.line):\($0.column)+\($0.width) end \($0.end) '\($0.text)'" }
    }
}
