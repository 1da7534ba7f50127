import EcographRules
import Foundation

/// A check as JUnit XML, which GitLab, Jenkins and most CI systems show as test results.
///
/// One test suite per rule that ran. Each finding is a test case of its rule's suite — failed
/// for errors and warnings, passed with the finding as its output for info, skipped when waived —
/// and a rule without findings has one passing case, so every rule that ran shows. (One case per
/// finding rather than one per rule with many failures: GitLab shows one failure per test case, so
/// only this way does it show every finding.) A rule that could not run has a case with an
/// `<error>`. Test case names are the rule and the nodes concerned — no line numbers — so CI
/// systems follow a finding from pipeline to pipeline. Times are 0: a check has no duration per
/// finding, and the same model gives the same bytes.
///
/// ```swift
/// let xml = JUnitReport(language: .en).render(result)
/// ```
public struct JUnitReport: Sendable {
    public let language: Language
    /// The directory paths are relative to (the working directory; in CI the repository's root).
    public let baseDirectory: String

    public init(language: Language = .en, baseDirectory: String = FileManager.default.currentDirectoryPath) {
        self.language = language
        self.baseDirectory = baseDirectory
    }

    private enum Outcome {
        case passed(output: String?)
        case failed(type: String, message: String, text: String)
        case skipped(message: String)
        case error(message: String)
    }

    private struct Case {
        let name: String
        let file: String?
        let line: Int?
        let outcome: Outcome
    }

    public func render(_ result: CheckResult) -> Data {
        var casesByRule: [String: [Case]] = [:]
        var namesUsed: Set<String> = []
        func uniqueName(_ base: String) -> String {
            var name = base
            var number = 2
            while namesUsed.contains(name) {
                name = "\(base) #\(number)"
                number += 1
            }
            namesUsed.insert(name)
            return name
        }
        for finding in result.findings {
            let outcome: Outcome
            let text = findingText(finding)
            switch finding.severity {
            case .error, .warning:
                outcome = .failed(type: finding.severity.rawValue, message: finding.message.text(in: language), text: text)
            case .info:
                outcome = .passed(output: text)
            }
            casesByRule[finding.rule, default: []].append(
                Case(name: uniqueName(caseName(finding)), file: path(finding), line: finding.location.line, outcome: outcome))
        }
        for waived in result.waived {
            casesByRule[waived.finding.rule, default: []].append(Case(
                name: uniqueName(caseName(waived.finding)), file: path(waived.finding), line: waived.finding.location.line,
                outcome: .skipped(message: CIReportWords.waived(reason: waived.waiver.reason, in: language))))
        }
        for failure in result.failures {
            casesByRule[failure.rule, default: []].append(Case(
                name: uniqueName(failure.rule), file: nil, line: nil,
                outcome: .error(message: CIReportWords.couldNotRun(failure.source.description, failure.message(in: language), in: language))))
        }

        var suites: [(name: String, cases: [Case])] = []
        var ruleIDs = result.rules.map(\.id)
        for id in casesByRule.keys.sorted() where !ruleIDs.contains(id) { ruleIDs.append(id) }
        for id in ruleIDs {
            let cases = casesByRule[id] ?? [
                Case(name: uniqueName("\(id): \(CIReportWords.noFindings(in: language))"), file: nil, line: nil, outcome: .passed(output: nil))
            ]
            suites.append((id, cases))
        }

        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        let all = suites.flatMap(\.cases)
        xml += "<testsuites name=\"\(("ecograph: " + result.ecosystem).xmlEscaped)\" \(counts(all))>\n"
        for suite in suites {
            xml += "  <testsuite name=\"\(suite.name.xmlEscaped)\" \(counts(suite.cases))>\n"
            for testCase in suite.cases { xml += element(testCase, rule: suite.name) }
            xml += "  </testsuite>\n"
        }
        xml += "</testsuites>\n"
        return Data(xml.utf8)
    }

    private func counts(_ cases: [Case]) -> String {
        var failures = 0, errors = 0, skipped = 0
        for testCase in cases {
            switch testCase.outcome {
            case .failed: failures += 1
            case .error: errors += 1
            case .skipped: skipped += 1
            case .passed: break
            }
        }
        return "tests=\"\(cases.count)\" failures=\"\(failures)\" errors=\"\(errors)\" skipped=\"\(skipped)\" time=\"0\""
    }

    private func element(_ testCase: Case, rule: String) -> String {
        var head = "    <testcase classname=\"ecograph.\(rule.xmlEscaped)\" name=\"\(testCase.name.xmlEscaped)\""
        if let file = testCase.file { head += " file=\"\(file.xmlEscaped)\"" }
        if let line = testCase.line { head += " line=\"\(line)\"" }
        head += " time=\"0\""
        switch testCase.outcome {
        case .passed(nil):
            return head + "/>\n"
        case .passed(let output?):
            return head + ">\n      <system-out>\(output.xmlEscaped)</system-out>\n    </testcase>\n"
        case .failed(let type, let message, let text):
            return head + ">\n      <failure type=\"\(type)\" message=\"\(message.xmlEscaped)\">\(text.xmlEscaped)</failure>\n    </testcase>\n"
        case .skipped(let message):
            return head + ">\n      <skipped message=\"\(message.xmlEscaped)\"/>\n    </testcase>\n"
        case .error(let message):
            return head + ">\n      <error type=\"rule-failure\" message=\"\(message.xmlEscaped)\"/>\n    </testcase>\n"
        }
    }

    /// `unclear-ownership park-app`; the rule alone for a finding about the whole ecosystem.
    private func caseName(_ finding: Finding) -> String {
        finding.subjects.isEmpty
            ? "\(finding.rule) (\(CIReportWords.wholeEcosystem(in: language)))"
            : "\(finding.rule) \(finding.subjects.joined(separator: ", "))"
    }

    private func path(_ finding: Finding) -> String { RelativePath.of(finding.location.file, from: baseDirectory) }

    /// `model.yaml:5:3: message` and the hint below, as a CI system shows a failure's text.
    private func findingText(_ finding: Finding) -> String {
        "\(path(finding)):\(finding.location.line):\(finding.location.column): \(finding.message.text(in: language))\n"
            + "\(CIReportWords.hint(in: language)): \(finding.hint.text(in: language))"
    }
}
