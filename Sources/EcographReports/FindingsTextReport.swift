import EcographCore
import EcographRules

/// The human-readable form of a check: findings grouped by severity, one line each in the form
/// `FILE:LINE:COLUMN: severity: [rule-id] message`, a hint below, and a summary line.
public struct FindingsTextReport: Sendable {
    public let language: Language
    public let style: TextStyle

    public init(language: Language = .en, style: TextStyle = .plain) {
        self.language = language
        self.style = style
    }

    public func render(_ result: CheckResult) -> String {
        var lines: [String] = []
        for severity in Severity.allCases {
            let group = result.findings.filter { $0.severity == severity }
            guard !group.isEmpty else { continue }
            if !lines.isEmpty { lines.append("") }
            lines.append(style.apply(.bold, to: "\(heading(severity)) (\(group.count))"))
            for finding in group {
                lines.append(line(for: finding))
                lines.append("    " + style.apply(.dim, to: hintLabel + finding.hint.text(in: language)))
            }
        }
        for failure in result.failures {
            if lines.isEmpty == false { lines.append("") }
            lines.append(style.apply(.red, to: "rule failure:") + " [\(failure.rule)] (\(failure.source)) \(failure.message)")
        }
        if !lines.isEmpty { lines.append("") }
        lines.append(summary(result))
        return lines.joined(separator: "\n") + "\n"
    }

    /// `FILE:LINE:COLUMN: severity: [rule-id] message`.
    public func line(for finding: Finding) -> String {
        let colour: TextStyle.Style = switch finding.severity {
        case .error: .red
        case .warning: .yellow
        case .info: .blue
        }
        return style.apply(.bold, to: "\(finding.location):") + " "
            + style.apply(colour, to: "\(finding.severity.rawValue):") + " "
            + style.apply(.dim, to: "[\(finding.rule)]") + " " + finding.message.text(in: language)
    }

    /// `Musterstadt: 2 errors, 7 warnings, 5 info (1 waived); 12 rules checked`.
    public func summary(_ result: CheckResult) -> String {
        let errors = result.count(of: .error)
        let warnings = result.count(of: .warning)
        let infos = result.count(of: .info)
        let title = result.ecosystem.isEmpty ? "" : "\(result.ecosystem): "
        var text: String
        switch language {
        case .en:
            text = "\(title)\(errors) \(errors == 1 ? "error" : "errors"), \(warnings) \(warnings == 1 ? "warning" : "warnings"), \(infos) info"
            if !result.waived.isEmpty { text += " (\(result.waived.count) waived)" }
            text += "; \(result.rules.count) rules checked"
            if !result.failures.isEmpty { text += "; \(result.failures.count) could not run" }
        case .de:
            text = "\(title)\(errors) \(errors == 1 ? "Fehler" : "Fehler"), \(warnings) \(warnings == 1 ? "Warnung" : "Warnungen"), \(infos) \(infos == 1 ? "Hinweis" : "Hinweise")"
            if !result.waived.isEmpty { text += " (\(result.waived.count) als Ausnahme markiert)" }
            text += "; \(result.rules.count) Regeln geprüft"
            if !result.failures.isEmpty { text += "; \(result.failures.count) konnten nicht laufen" }
        }
        let clean = result.findings.isEmpty && result.failures.isEmpty
        return style.apply(clean ? .green : .bold, to: text)
    }

    private var hintLabel: String { language == .de ? "Tipp: " : "hint: " }

    private func heading(_ severity: Severity) -> String {
        switch (severity, language) {
        case (.error, .en): return "Errors"
        case (.warning, .en): return "Warnings"
        case (.info, .en): return "Info"
        case (.error, .de): return "Fehler"
        case (.warning, .de): return "Warnungen"
        case (.info, .de): return "Hinweise"
        }
    }
}
