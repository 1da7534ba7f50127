import Foundation
import PackagePlugin

/// `swift package ecograph-check [CHECK OPTIONS] PATH...`: runs `ecograph check` on models in the
/// package and reports each finding as a SwiftPM diagnostic at its line of the model, so that
/// Xcode and CI logs point at the YAML. Fails when `ecograph check` fails (findings at or above
/// `--fail-on`, invalid input, a rule that could not run).
@main
struct EcographCheckPlugin: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        let ecograph = try context.tool(named: "ecograph")
        let run = try EcographTool.run(ecograph.url, ["check", "--format", "json"] + arguments, in: context.package.directoryURL)
        guard let report = try? JSONDecoder().decode(CheckReport.self, from: run.output) else {
            // Not a report: invalid input or usage; ecograph said why on standard error.
            Diagnostics.error("ecograph check failed (exit \(run.status)): \(run.errors.trimmingCharacters(in: .whitespacesAndNewlines))")
            throw EcographTool.Failure(status: run.status)
        }
        for finding in report.findings {
            // The place also goes into the text: SwiftPM's command line prints no file for plugin diagnostics.
            let place = "\(finding.location.file):\(finding.location.line):\(finding.location.column)"
            let text = "\(place): [\(finding.rule)] \(finding.message) — \(finding.hint)"
            let file = URL(fileURLWithPath: finding.location.file, relativeTo: context.package.directoryURL).path
            switch finding.severity {
            case "error": Diagnostics.error(text, file: file, line: finding.location.line)
            case "warning": Diagnostics.warning(text, file: file, line: finding.location.line)
            default: Diagnostics.remark(text, file: file, line: finding.location.line)
            }
        }
        for failure in report.failures {
            Diagnostics.error("rule '\(failure.rule)' (\(failure.source)) could not run: \(failure.message)")
        }
        let summary = report.summary
        print("\(report.ecosystem): \(summary.error) errors, \(summary.warning) warnings, \(summary.info) info, \(summary.waived) waived")
        if run.status != 0 { throw EcographTool.Failure(status: run.status) }
    }
}

/// The parts of `ecograph check --format json` the plugin reads.
struct CheckReport: Decodable {
    struct Finding: Decodable {
        struct Location: Decodable {
            let file: String
            let line: Int
            let column: Int
        }
        let rule: String
        let severity: String
        let message: String
        let hint: String
        let location: Location
    }
    struct Failure: Decodable {
        let rule: String
        let source: String
        let message: String
    }
    struct Summary: Decodable {
        let error: Int
        let warning: Int
        let info: Int
        let waived: Int
    }
    let ecosystem: String
    let findings: [Finding]
    let failures: [Failure]
    let summary: Summary
}
