import EcographCore
import Foundation

/// An executable rule plugin: a program in any language that answers `describe` with its rules
/// and `check` with findings, over JSON on standard input and output (``PluginProtocol``).
///
/// Faults stay inside the plugin: a plugin that cannot start, crashes, exits non-zero, runs
/// past its timeout, floods its output, replies with invalid JSON or names unknown nodes makes
/// its rules fail with a ``PluginError``, which the engine reports as a rule failure while the
/// other rules run on.
public struct RulePlugin: Sendable {
    /// The program, as configured (`./plugins/check-budget.py`).
    public let name: String
    /// The program's path, resolved.
    public let executable: URL
    /// Further arguments passed to the program.
    public let arguments: [String]
    /// Seconds a request may take.
    public let timeout: TimeInterval

    public init(name: String, executable: URL, arguments: [String] = [], timeout: TimeInterval = 30) {
        self.name = name
        self.executable = executable
        self.arguments = arguments
        self.timeout = timeout
    }

    /// The plugin's rules, ready for the registry. When the plugin cannot describe itself, one
    /// rule `plugin:NAME` stands in for it and fails when run, so that the failure is reported
    /// with the other results rather than stopping the check.
    public func registeredRules() -> [RegisteredRule] {
        do {
            return try describe().map { description in
                RegisteredRule(description: description, source: .plugin(executable: name)) { graph, options in
                    try check(graph, rule: description.id, options: options)
                }
            }
        } catch {
            let description = RuleDescription(
                id: "plugin:\(name)", name: LocalizedText("Plugin \(name)"),
                summary: LocalizedText(en: "The rules of plugin \(name), which could not describe them.", de: "Die Regeln des Plugins \(name), das sie nicht beschreiben konnte."),
                rationale: "", fix: "Fix the plugin or remove it from .ecograph.yml.", defaultSeverity: .error)
            return [RegisteredRule(description: description, source: .plugin(executable: name)) { _, _ in throw error }]
        }
    }

    /// Asks the plugin for its rules.
    public func describe() throws(PluginError) -> [RuleDescription] {
        let request: Data
        do {
            request = try JSONEncoder().encode(PluginProtocol.DescribeRequest())
        } catch {
            throw fault("cannot encode the request: \(error)")
        }
        let reply: PluginProtocol.DescribeReply = try exchange(request, asking: "describe")
        var seen: Set<String> = []
        return try reply.rules.map { (entry) throws(PluginError) -> RuleDescription in
            guard entry.id.range(of: "^[a-z0-9][a-z0-9-]*$", options: .regularExpression) != nil else {
                throw fault("describes a rule with the id '\(entry.id)'; ids are lower-case letters, digits and hyphens")
            }
            guard seen.insert(entry.id).inserted else { throw fault("describes rule '\(entry.id)' twice") }
            var severity = Severity.warning
            if let word = entry.severity {
                guard let parsed = Severity(rawValue: word) else {
                    throw fault("gives rule '\(entry.id)' the unknown severity '\(word)'; use error, warning or info")
                }
                severity = parsed
            }
            let name = entry.name?.text ?? LocalizedText(entry.id)
            return RuleDescription(
                id: entry.id, name: name, summary: entry.summary?.text ?? name,
                rationale: entry.why ?? "Checked by the plugin \(self.name).", fix: entry.fix ?? "See the plugin's documentation.",
                defaultSeverity: severity,
                options: (entry.options ?? []).map { RuleOption(name: $0.name, summary: $0.summary ?? "", defaultValue: $0.default.ruleOptionValue) })
        }
    }

    /// Runs one of the plugin's rules on a graph.
    public func check(_ graph: EcosystemGraph, rule: String, options: RuleOptions) throws(PluginError) -> [Violation] {
        let request: Data
        do {
            request = try PluginProtocol.checkRequest(rule: rule, options: options, graph: graph)
        } catch {
            throw fault("cannot encode the request: \(error)")
        }
        let reply: PluginProtocol.CheckReply = try exchange(request, asking: "check \(rule)")
        if let errors = reply.errors, !errors.isEmpty {
            throw fault("reported errors for rule '\(rule)': \(errors.joined(separator: "; "))")
        }
        return try (reply.findings ?? []).map { (entry) throws(PluginError) -> Violation in
            if let other = entry.rule, other != rule {
                throw fault("answered a check of '\(rule)' with a finding of rule '\(other)'")
            }
            let subjects = try entry.subjects.map { (id) throws(PluginError) -> Int in
                guard let index = graph.index(of: id) else {
                    throw fault("reported a finding of '\(rule)' about the unknown node '\(id)'")
                }
                return index
            }
            return Violation(subjects: subjects, message: entry.message.text, hint: entry.hint?.text ?? LocalizedText(""))
        }
    }

    /// Sends one request and decodes the reply, turning every way it can go wrong into an error.
    private func exchange<Reply: Decodable>(_ request: Data, asking what: String) throws(PluginError) -> Reply {
        var process = ChildProcess(executable: executable, arguments: arguments)
        process.timeout = timeout
        process.outputLimit = 16 << 20
        let outcome: ChildProcess.Outcome
        do {
            outcome = try process.run(input: request)
        } catch {
            throw fault("\(error)")
        }
        let stderr = outcome.errorTail
        if outcome.timedOut { throw fault("did not answer '\(what)' within \(String(format: "%g", timeout)) s and was stopped", stderr: stderr) }
        if outcome.flooded { throw fault("printed more than 16 MB answering '\(what)' and was stopped", stderr: stderr) }
        if outcome.signalled { throw fault("crashed (signal \(outcome.status)) answering '\(what)'", stderr: stderr) }
        if outcome.status != 0 { throw fault("exited with status \(outcome.status) answering '\(what)'", stderr: stderr) }
        let reply: Reply
        do {
            reply = try JSONDecoder().decode(Reply.self, from: outcome.output)
        } catch {
            let start = String(decoding: outcome.output.prefix(120), as: UTF8.self)
            throw fault("answered '\(what)' with invalid JSON (\(Self.describe(error))): \(start.isEmpty ? "nothing" : "'\(start)'")", stderr: stderr)
        }
        let version = (reply as? PluginProtocol.DescribeReply)?.protocol ?? (reply as? PluginProtocol.CheckReply)?.protocol
        guard version == PluginProtocol.version else {
            throw fault("speaks protocol '\(version ?? "")', ecograph speaks '\(PluginProtocol.version)'", stderr: stderr)
        }
        return reply
    }

    private func fault(_ message: String, stderr: String = "") -> PluginError {
        PluginError(plugin: name, message: message, stderrTail: stderr)
    }

    private static func describe(_ error: Error) -> String {
        switch error as? DecodingError {
        case .keyNotFound(let key, let context)?:
            return "missing '\((context.codingPath + [key]).map(\.stringValue).joined(separator: "."))'"
        case .typeMismatch(_, let context)?, .valueNotFound(_, let context)?:
            return "wrong type at '\(context.codingPath.map(\.stringValue).joined(separator: "."))'"
        case .dataCorrupted?:
            return "not JSON"
        default:
            return "\(error)"
        }
    }
}
