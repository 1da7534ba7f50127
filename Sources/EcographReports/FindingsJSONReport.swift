import EcographCore
import EcographRules
import Foundation
import EcographMessages

/// The machine-readable form of a check:
/// `{"ecosystem", "findings": [...], "waived": [...], "failures": [...], "summary": {"error","warning","info","waived"}}`.
public struct FindingsJSONReport: Sendable {
    public let language: Language

    public init(language: Language = .en) { self.language = language }

    struct Location: Encodable {
        let file: String
        let line: Int
        let column: Int
        init(_ location: SourceLocation) {
            file = location.file
            line = location.line
            column = location.column
        }
    }

    struct Entry: Encodable {
        let rule: String
        let severity: String
        let subject: String?
        let subjects: [String]
        let message: String
        let hint: String
        let location: Location
        let waiver: WaiverEntry?
    }

    struct WaiverEntry: Encodable {
        let reason: String
        let location: Location
    }

    struct Failure: Encodable {
        let rule: String
        let source: String
        let message: String
    }

    struct Document: Encodable {
        let ecosystem: String
        let findings: [Entry]
        let waived: [Entry]
        let failures: [Failure]
        let summary: [String: Int]
    }

    public func render(_ result: CheckResult) throws -> Data {
        let document = Document(
            ecosystem: result.ecosystem,
            findings: result.findings.map { entry($0, waiver: nil) },
            waived: result.waived.map { entry($0.finding, waiver: $0.waiver) },
            failures: result.failures.map { Failure(rule: $0.rule, source: $0.source.description, message: $0.message(in: language)) },
            summary: [
                "error": result.count(of: .error), "warning": result.count(of: .warning),
                "info": result.count(of: .info), "waived": result.waived.count,
            ])
        return try JSONOutput.encode(document)
    }

    private func entry(_ finding: Finding, waiver: Waiver?) -> Entry {
        Entry(
            rule: finding.rule, severity: finding.severity.rawValue, subject: finding.subject,
            subjects: finding.subjects, message: finding.message.text(in: language),
            hint: finding.hint.text(in: language), location: Location(finding.location),
            waiver: waiver.map { WaiverEntry(reason: $0.reason, location: Location($0.location)) })
    }
}
