import EcographCore
@testable import EcographReports
@testable import EcographRules
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

@Suite("CI reports: Code Quality fingerprints and JUnit text")
struct CIReportTests {
    @Test("SHA-256 gives the FIPS 180-4 example digests")
    func sha256Vectors() {
        #expect(SHA256.hex("".utf8) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex("abc".utf8) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
            == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.hex(Array(repeating: UInt8(ascii: "a"), count: 1_000_000))
            == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
        // Lengths around the padding boundary, and UTF-8, against digests from Python's hashlib.
        let python = [
            55: "d5e285683cd4efc02d021a5c62014694958901005d6f71e89e0989fac77e4072",
            56: "04c26261370ee7541549d16dee320c723e3fd14671e66a099afe0a377c16888e",
            64: "7ce100971f64e7001e8fe5a51973ecdfe1ced42befe7ee8d5fd6219506b5393c",
            119: "000b48d4edf0fa7bee3c6236ecd2785baa5db4eeb8bb54341b029e0d9fa5fb0c",
        ]
        for (length, digest) in python {
            #expect(SHA256.hex(Array(repeating: UInt8(ascii: "x"), count: length)) == digest)
        }
        #expect(SHA256.hex("Mobilität".utf8) == "68e4c99af7b0aa81152864dc38622e06ad643467a590e13ca6137a80ac43a0b0")
    }

    private func finding(_ rule: String, _ subjects: [String], line: Int, message: String = "m", severity: Severity = .error) -> Finding {
        Finding(
            rule: rule, severity: severity, subjects: subjects, message: LocalizedText(en: message, de: "de: " + message),
            hint: LocalizedText("h"), location: SourceLocation(file: "/repo/model/a.yaml", line: line, column: 3))
    }

    private func result(_ findings: [Finding], waived: [WaivedFinding] = []) -> CheckResult {
        CheckResult(ecosystem: "Test", files: ["/repo/model/a.yaml"], findings: findings, waived: waived, rules: [], failures: [])
    }

    private func issues(_ result: CheckResult) throws -> [[String: Any]] {
        let data = try CodeQualityReport(baseDirectory: "/repo").render(result)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
    }

    @Test("fingerprints: path, rule and nodes, not the line; alike findings get a running number")
    func fingerprints() throws {
        let first = try issues(result([finding("r", ["a", "b"], line: 5), finding("r", ["c"], line: 9)]))
        let moved = try issues(result([finding("r", ["a", "b"], line: 50), finding("r", ["c"], line: 90)]))
        #expect(first.map { $0["fingerprint"] as! String } == moved.map { $0["fingerprint"] as! String })
        #expect((first[0]["fingerprint"] as! String) == SHA256.hex("model/a.yaml\u{0}r\u{0}a\u{0}b".utf8))
        #expect((first[0]["location"] as? [String: Any])?["path"] as? String == "model/a.yaml")

        let twins = try issues(result([finding("r", ["a"], line: 5, message: "one"), finding("r", ["a"], line: 5, message: "two")]))
        let prints = twins.map { $0["fingerprint"] as! String }
        #expect(Set(prints).count == 2)
        #expect(prints[0] == SHA256.hex("model/a.yaml\u{0}r\u{0}a".utf8))
        #expect(prints[1] == SHA256.hex("model/a.yaml\u{0}r\u{0}a\u{0}#2".utf8))
    }

    @Test("JUnit: hostile text stays text, control characters become U+FFFD, the XML parses")
    func junitHostileText() throws {
        let hostile = "Projekt \"<script>alert(1)</script>\" & ]]> \u{01} Müller\nzweite Zeile"
        let data = JUnitReport(baseDirectory: "/repo").render(result([finding("r", ["a"], line: 5, message: hostile)]))
        let document = try XMLDocument(data: data)
        let failure = try #require(try document.nodes(forXPath: "//failure").first as? XMLElement)
        #expect(failure.attribute(forName: "message")?.stringValue == hostile.replacingOccurrences(of: "\u{01}", with: "\u{FFFD}"))
        #expect(failure.stringValue?.hasPrefix("model/a.yaml:5:3: Projekt \"<script>") == true)
        #expect(try document.nodes(forXPath: "//script").isEmpty)
    }
}
