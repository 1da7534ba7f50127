import EcographRules
import Foundation

/// A check as a GitLab Code Quality report (the Code Climate issue format GitLab reads from a
/// `codequality` artifact), so that merge requests show the findings on the model's lines.
///
/// Each finding counts; waived findings are left out (GitLab has no notion of a waiver). The
/// fingerprint, by which GitLab tells new findings from fixed ones between pipelines, is the
/// SHA-256 of the file's path, the rule id and the ids of the nodes concerned — not the line, so
/// moving unrelated lines does not make a finding look new. Two findings alike in all three get a
/// running number in canonical order.
///
/// ```swift
/// let data = try CodeQualityReport(language: .de).render(result)   // [{"description": …}]
/// ```
public struct CodeQualityReport: Sendable {
    public let language: Language
    /// The directory paths are relative to (the working directory; in CI the repository's root).
    public let baseDirectory: String

    public init(language: Language = .en, baseDirectory: String = FileManager.default.currentDirectoryPath) {
        self.language = language
        self.baseDirectory = baseDirectory
    }

    struct Lines: Encodable { let begin: Int }
    struct Location: Encodable { let path: String; let lines: Lines }
    struct Content: Encodable { let body: String }

    struct Issue: Encodable {
        let type = "issue"
        let description: String
        let checkName: String
        let fingerprint: String
        let severity: String
        let categories = ["Clarity"]
        let content: Content
        let location: Location

        enum CodingKeys: String, CodingKey {
            case type, description, fingerprint, severity, categories, content, location
            case checkName = "check_name"
        }
    }

    public func render(_ result: CheckResult) throws -> Data {
        var seen: [String: Int] = [:]
        let issues = result.findings.map { finding -> Issue in
            let path = RelativePath.of(finding.location.file, from: baseDirectory)
            let identity = ([path, finding.rule] + finding.subjects).joined(separator: "\u{0}")
            let occurrence = seen[identity, default: 0] + 1
            seen[identity] = occurrence
            let key = occurrence == 1 ? identity : identity + "\u{0}#\(occurrence)"
            return Issue(
                description: finding.message.text(in: language), checkName: finding.rule,
                fingerprint: SHA256.hex(key.utf8), severity: Self.severity(finding.severity),
                content: Content(body: finding.hint.text(in: language)),
                location: Location(path: path, lines: Lines(begin: max(1, finding.location.line))))
        }
        return try JSONOutput.encode(issues)
    }

    /// GitLab's scale is info, minor, major, critical, blocker: errors are major (they fail the
    /// check, but the model still loads), warnings minor, info info.
    static func severity(_ severity: Severity) -> String {
        switch severity {
        case .error: return "major"
        case .warning: return "minor"
        case .info: return "info"
        }
    }
}
