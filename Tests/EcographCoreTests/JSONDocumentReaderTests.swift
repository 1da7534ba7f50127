import Testing
@testable import EcographCore
@testable import EcographSyntax

/// The JSON fast path gives exactly the document libyaml gives — nodes, texts, lines and
/// columns — or leaves the text to libyaml.
@Suite("JSON documents without libyaml")
struct JSONDocumentReaderTests {
    static let texts = [
        #"{"ecosystem": "Grüße", "systems": {"v": {"name": "V \"q\" \\ ä", "type": "administration"}}}"#,
        "{\n  \"a\": [1, -2.5e3, true, false, null, \"x\"],\r\n  \"b\": {}, \"c\": [],\n  \"d\": \"\\u00fcber\\n\\t\"\n}\n",
        #"[{"a": "b"}, "c", 0]"#,
        #""just text""#,
        "  {\"long\": \"" + String(repeating: "ä", count: 300) + "\", \"n\": \"€ 𝄞\"}  ",
    ]

    @Test("well-formed JSON gives the same nodes and places as libyaml", arguments: texts)
    func sameAsLibyaml(text: String) throws {
        let fast = try #require(try read(text))
        let reference = try YAMLDocument.parse(text, isJSON: false, fastReaders: false)
        #expect(describe(fast) == describe(reference))
    }

    @Test("what libyaml reads differently or refuses is left to it", arguments: [
        #"{"a": "x\/y"}"#, "{\"a\": \"x\u{2028}y\"}", #"{"a": "\ud83d\ude00"}"#, "{\"a\"\n: 1}", #"{"a": 1,}"#,
        #"{"a": 01}"#, #"{"a": yes}"#, "{\"a\":\t1}", #"{"a": 1} {"#, "{\"a\": \"\u{85}\"}",
    ])
    func fallsBack(text: String) throws {
        #expect(try read(text) == nil)
    }

    @Test("equal keys are the same error as with libyaml")
    func duplicateKeys() {
        let text = #"{"s": {"v": 1, "w": 2, "v": 3}}"#
        #expect(throws: YAMLSyntaxError.self) { try read(text) }
        #expect(throws: YAMLSyntaxError.self) { try YAMLDocument.parse(text, isJSON: false, fastReaders: false) }
    }

    private func read(_ text: String) throws -> YAMLDocument? {
        var text = text
        return try text.withUTF8 { bytes in try JSONDocumentReader.read(bytes) }
    }

    private func describe(_ document: YAMLDocument) -> [String] {
        document.nodes.map { "\($0.kind) \($0.isPlain) \($0.line):\($0.column)+\($0.width) end \($0.end) '\($0.text)'" }
    }
}
