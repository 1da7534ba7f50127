import Foundation
import EcographCore
import EcographMessages
import EcographRules

/// The human-readable form of a check: a summary per rule first (how many findings of each rule
/// and severity), then the findings grouped by severity — errors, warnings, info — one line each
/// in the form `FILE:LINE:COLUMN: severity: [rule-id] message` with a hint below, and a summary
/// line. So that errors do not drown in a region's hundreds of hints, each rule lists at most
/// ``maxPerRule`` findings of a severity (by default ten of each info rule, every error and
/// warning) and says how many it left out; JSON and SARIF always hold them all.
public struct FindingsTextReport: Sendable {
    public let language: Language
    public let style: TextStyle
    /// The most findings of one rule listed, per severity; a severity not in it is listed in full.
    public var maxPerRule: [Severity: Int]

    /// By default, ten findings of each info rule, every error and warning.
    public static let defaultMaxPerRule: [Severity: Int] = [.info: 10]

    public init(language: Language = .en, style: TextStyle = .plain, maxPerRule: [Severity: Int] = Self.defaultMaxPerRule) {
        self.language = language
        self.style = style
        self.maxPerRule = maxPerRule
    }

    public func render(_ result: CheckResult) -> String {
        var lines = ruleSummary(result)
        for severity in Severity.allCases {
            let group = result.findings.filter { $0.severity == severity }
            guard !group.isEmpty else { continue }
            if !lines.isEmpty { lines.append("") }
            let limit = maxPerRule[severity]
            var shown: [String: Int] = [:]
            var left: [(rule: String, count: Int)] = []
            for finding in group {
                let count = shown[finding.rule, default: 0]
                if let limit, count >= limit {
                    if left.last?.rule == finding.rule { left[left.count - 1].count += 1 } else { left.append((finding.rule, 1)) }
                    continue
                }
                shown[finding.rule] = count + 1
            }
            let listed = shown.values.reduce(0, +)
            lines.append(style.apply(.bold, to: groupHeading(severity, count: group.count, listed: listed)))
            var printed: [String: Int] = [:]
            for finding in group {
                let count = printed[finding.rule, default: 0]
                printed[finding.rule] = count + 1
                if let limit, count >= limit {
                    if count == limit, let omitted = left.first(where: { $0.rule == finding.rule }) {
                        lines.append(style.apply(.dim, to: ReportMessage.omitted.text(in: language, ["n": omitted.count, "rule": finding.rule])))
                    }
                    continue
                }
                lines.append(line(for: finding))
                let hint = finding.hint.text(in: language)
                if !hint.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                    lines.append("    " + style.apply(.dim, to: hintLabel + ControlCharacters.escaped(hint)))
                }
            }
        }
        for failure in result.failures {
            if lines.isEmpty == false { lines.append("") }
            lines.append(style.apply(.red, to: ReportMessage.ruleFailure.text(in: language)) + " [\(failure.rule)] (\(failure.source)) \(failure.message(in: language))")
        }
        if !lines.isEmpty { lines.append("") }
        lines.append(summary(result))
        return lines.joined(separator: "\n") + "\n"
    }

    /// `Findings by rule` and one line per rule and severity, most findings first:
    /// `  error      2  unclear-ownership`.
    func ruleSummary(_ result: CheckResult) -> [String] {
        guard !result.findings.isEmpty else { return [] }
        var counts: [String: Int] = [:]
        var keys: [(severity: Severity, rule: String)] = []
        for finding in result.findings {
            let key = "\(finding.severity.rawValue) \(finding.rule)"
            if counts[key] == nil { keys.append((finding.severity, finding.rule)) }
            counts[key, default: 0] += 1
        }
        keys.sort { lhs, rhs in
            let (left, right) = (counts["\(lhs.severity.rawValue) \(lhs.rule)"]!, counts["\(rhs.severity.rawValue) \(rhs.rule)"]!)
            if lhs.severity != rhs.severity { return lhs.severity < rhs.severity }
            return left != right ? left > right : lhs.rule < rhs.rule
        }
        let width = String(counts.values.max() ?? 0).count
        var lines = [style.apply(.bold, to: ReportMessage.summaryHeading.text(in: language))]
        for key in keys {
            let count = String(counts["\(key.severity.rawValue) \(key.rule)"]!)
            let severity = key.severity.word(in: language).padding(toLength: 9, withPad: " ", startingAt: 0)
            lines.append("  \(severity) \(String(repeating: " ", count: width - count.count))\(count)  \(key.rule)")
        }
        return lines
    }

    /// `FILE:LINE:COLUMN: severity: [rule-id] message`.
    public func line(for finding: Finding) -> String {
        let colour: TextStyle.Style = switch finding.severity {
        case .error: .red
        case .warning: .yellow
        case .info: .blue
        }
        return style.apply(.bold, to: "\(finding.location):") + " "
            + style.apply(colour, to: "\(finding.severity.word(in: language)):") + " "
            + style.apply(.dim, to: "[\(finding.rule)]") + " " + finding.message.text(in: language)
    }

    /// `Musterstadt: 2 errors, 7 warnings, 5 info (1 waived); 13 rules checked`.
    public func summary(_ result: CheckResult) -> String {
        let errors = result.count(of: .error)
        let warnings = result.count(of: .warning)
        let infos = result.count(of: .info)
        let title = result.ecosystem.isEmpty ? "" : "\(result.ecosystem): "
        var text = title + ReportMessage.summaryCounts.text(in: language, ["errors": errors, "warnings": warnings, "infos": infos])
        if !result.waived.isEmpty { text += ReportMessage.summaryWaived.text(in: language, ["n": result.waived.count]) }
        text += ReportMessage.summaryRules.text(in: language, ["n": result.rules.count])
        if !result.failures.isEmpty { text += ReportMessage.summaryFailures.text(in: language, ["n": result.failures.count]) }
        let clean = result.findings.isEmpty && result.failures.isEmpty
        return style.apply(clean ? .green : .bold, to: text)
    }

    private var hintLabel: String { ReportMessage.hint.text(in: language) }

    /// `Errors (3)`; `Info (665, 50 listed)` when some are left out.
    private func groupHeading(_ severity: Severity, count: Int, listed: Int) -> String {
        let group = severity.pluralWord(in: language)
        let title = group.prefix(1).uppercased() + group.dropFirst()
        guard listed < count else { return ReportMessage.groupHeading.text(in: language, ["group": title, "n": count]) }
        return ReportMessage.groupHeadingPartly.text(in: language, ["group": title, "n": count, "listed": listed])
    }
}
