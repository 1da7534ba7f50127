import EcographCore
import EcographRules
import Foundation
import EcographMessages

/// A check as SARIF 2.1.0, for code-scanning UIs: every rule that ran in `tool.driver.rules`,
/// every finding as a result on its YAML line; waived findings as results with an in-source
/// suppression carrying the waiver's reason.
public struct SARIFReport: Sendable {
    public let language: Language
    public let toolVersion: String
    /// The directory artifact URIs are relative to (the working directory).
    public let baseDirectory: String

    public init(language: Language = .en, toolVersion: String, baseDirectory: String = FileManager.default.currentDirectoryPath) {
        self.language = language
        self.toolVersion = toolVersion
        self.baseDirectory = baseDirectory
    }

    struct Text: Encodable { let text: String }
    struct Help: Encodable { let text: String; let markdown: String }
    struct Configuration: Encodable { let level: String }
    struct Properties: Encodable { let tags: [String] }

    struct ReportingDescriptor: Encodable {
        let id: String
        let name: String
        let shortDescription: Text
        let fullDescription: Text
        let help: Help
        let defaultConfiguration: Configuration
        let properties: Properties
    }

    struct Driver: Encodable {
        let name: String
        let version: String
        let semanticVersion: String
        let informationUri: String
        let rules: [ReportingDescriptor]
    }

    struct Tool: Encodable { let driver: Driver }
    struct ArtifactLocation: Encodable { let uri: String; let uriBaseId: String }
    /// A finding's place; `endColumn` (the column after the subject's id as written) only when
    /// its extent is known.
    struct Region: Encodable { let startLine: Int; let startColumn: Int; let endColumn: Int? }
    struct PhysicalLocation: Encodable { let artifactLocation: ArtifactLocation; let region: Region }
    struct LogicalLocation: Encodable { let name: String; let kind: String }

    struct ResultLocation: Encodable {
        let physicalLocation: PhysicalLocation
        let logicalLocations: [LogicalLocation]?
    }

    struct Suppression: Encodable { let kind: String; let justification: String }

    struct Result: Encodable {
        let ruleId: String
        let ruleIndex: Int
        let level: String
        let message: Text
        let locations: [ResultLocation]
        let partialFingerprints: [String: String]
        let suppressions: [Suppression]?
    }

    struct BaseURI: Encodable { let uri: String }

    struct Run: Encodable {
        let tool: Tool
        let originalUriBaseIds: [String: BaseURI]
        let results: [Result]
    }

    struct Log: Encodable {
        let schema: String
        let version: String
        let runs: [Run]
        enum CodingKeys: String, CodingKey {
            case schema = "$schema"
            case version, runs
        }
    }

    public func render(_ result: CheckResult) throws -> Data {
        let rules = result.rules.map(descriptor)
        let indexByRule = Dictionary(uniqueKeysWithValues: result.rules.enumerated().map { ($1.id, $0) })
        var results = result.findings.map { sarifResult($0, waiver: nil, index: indexByRule[$0.rule] ?? 0) }
        results += result.waived.map { sarifResult($0.finding, waiver: $0.waiver, index: indexByRule[$0.finding.rule] ?? 0) }
        let base = URL(fileURLWithPath: baseDirectory, isDirectory: true).absoluteString
        let log = Log(
            schema: "https://json.schemastore.org/sarif-2.1.0.json", version: "2.1.0",
            runs: [Run(
                tool: Tool(driver: Driver(
                    name: "ecograph", version: toolVersion, semanticVersion: toolVersion,
                    informationUri: "https://github.com/ecograph/ecograph", rules: rules)),
                originalUriBaseIds: ["%SRCROOT%": BaseURI(uri: base)],
                results: results)])
        return try JSONOutput.encode(log)
    }

    private func descriptor(_ rule: RuleDescription) -> ReportingDescriptor {
        let summary = rule.summary.text(in: language)
        let rationale = rule.rationale.text(in: language)
        let fix = rule.fix.text(in: language)
        let why = ReportMessage.explainWhy.text(in: language)
        let how = ReportMessage.explainFix.text(in: language)
        let help = "\(summary)\n\n\(why) \(rationale)\n\n\(how) \(fix)"
        let markdown = "**\(rule.name.text(in: language))** — \(summary)\n\n**\(why)** \(rationale)\n\n**\(how)** \(fix)"
        return ReportingDescriptor(
            id: rule.id, name: rule.name.en.sarifName, shortDescription: Text(text: summary),
            fullDescription: Text(text: rationale), help: Help(text: help, markdown: markdown),
            defaultConfiguration: Configuration(level: Self.level(rule.defaultSeverity)),
            properties: Properties(tags: ["responsibility"]))
    }

    private func sarifResult(_ finding: Finding, waiver: Waiver?, index: Int) -> Result {
        let physical = PhysicalLocation(
            artifactLocation: ArtifactLocation(uri: relativeURI(finding.location.file), uriBaseId: "%SRCROOT%"),
            region: Region(
                startLine: finding.location.line, startColumn: finding.location.column,
                endColumn: finding.location.width > 0 ? finding.location.end.column : nil))
        let logical = finding.subject.map { [LogicalLocation(name: $0, kind: "node")] }
        let fingerprint = ([finding.rule] + finding.subjects).joined(separator: "|")
        return Result(
            ruleId: finding.rule, ruleIndex: index, level: Self.level(finding.severity),
            message: Text(text: "\(finding.message.text(in: language)) \(finding.hint.text(in: language))"),
            locations: [ResultLocation(physicalLocation: physical, logicalLocations: logical)],
            partialFingerprints: ["ecographSubject/v1": fingerprint],
            suppressions: waiver.map { [Suppression(kind: "inSource", justification: $0.reason)] })
    }

    /// SARIF levels: error, warning, note.
    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .info: return "note"
        }
    }

    /// The file's path relative to the base directory, percent-encoded as a URI reference.
    func relativeURI(_ file: String) -> String {
        let path = RelativePath.of(file, from: baseDirectory)
        return path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path
    }
}

extension String {
    /// `Unclear ownership` → `UnclearOwnership`, the form SARIF viewers expect for rule names.
    fileprivate var sarifName: String {
        split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }
}
