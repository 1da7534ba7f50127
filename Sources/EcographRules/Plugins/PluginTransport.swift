import EcographCore
import Foundation
import EcographMessages

/// How ecograph reaches a rule plugin: a program run once per request (``RulePlugin``) or a
/// WebAssembly module run in-process in a sandbox (`WasmRulePlugin` in EcographWasm).
///
/// A transport only carries one request of ``PluginProtocol`` and brings back the reply's bytes.
/// Everything above that is shared by every kind of plugin: the requests, reading and checking
/// the replies, and standing in for a plugin that cannot describe itself. So a plugin of any
/// kind fails the same way — as its rules failing with a ``PluginError`` that names it, while
/// the other rules run on and `ecograph check` exits 4.
public protocol PluginTransport: Sendable {
    /// The plugin as configured (`plugins/check-budget.py`, `rules/start-date.wasm`); every
    /// message about it names it so.
    var name: String { get }

    /// Sends one request and returns the reply's bytes with the end of what the plugin logged.
    /// Throws when no reply came: the plugin could not start, crashed, trapped, ran out of time
    /// or of another allowance.
    func exchange(_ request: Data, asking what: String) throws(PluginError) -> PluginReply

    /// What the plugin's log is called in messages: `stderr` (the default) or `log`.
    var logName: String { get }
}

/// What a plugin answered to one request.
public struct PluginReply: Sendable {
    /// The reply's bytes, JSON of protocol ``PluginProtocol``.
    public var output: Data
    /// The end of what the plugin logged on the way (an executable's standard error), shown
    /// only when the reply is wrong.
    public var log: String

    public init(output: Data, log: String = "") {
        self.output = output
        self.log = log
    }
}

extension PluginTransport {
    public var logName: String { "stderr" }

    /// An error naming the plugin, with the end of its log.
    public func failure(_ fault: LocalizedText, log: String = "") -> PluginError {
        PluginError(plugin: name, fault: fault, stderrTail: log, logName: logName)
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
                id: "plugin:\(name)", name: PluginMessage.standInName(["plugin": name]),
                summary: PluginMessage.standInSummary(["plugin": name]),
                rationale: LocalizedText(""), fix: PluginMessage.standInFix.text, defaultSeverity: .error)
            return [RegisteredRule(description: description, source: .plugin(executable: name)) { _, _ in throw error }]
        }
    }

    /// Asks the plugin for its rules.
    public func describe() throws(PluginError) -> [RuleDescription] {
        let request: Data
        do {
            request = try JSONEncoder().encode(PluginProtocol.DescribeRequest())
        } catch {
            throw failure(PluginMessage.cannotEncode(["reason": "\(error)"]))
        }
        let (reply, log): (PluginProtocol.DescribeReply, String) = try conversation(request, asking: "describe")
        func fault(_ message: LocalizedText) -> PluginError { failure(message, log: log) }
        var seen: Set<String> = []
        return try reply.rules.map { (entry) throws(PluginError) -> RuleDescription in
            guard entry.id.range(of: "^[a-z0-9][a-z0-9-]*$", options: .regularExpression) != nil else {
                throw fault(PluginMessage.badRuleID(["id": entry.id]))
            }
            guard seen.insert(entry.id).inserted else { throw fault(PluginMessage.ruleTwice(["id": entry.id])) }
            var severity = Severity.warning
            if let word = entry.severity {
                guard let parsed = Severity(rawValue: word) else {
                    throw fault(PluginMessage.unknownSeverity(["id": entry.id, "word": word]))
                }
                severity = parsed
            }
            let name = entry.name?.text ?? LocalizedText(entry.id)
            return RuleDescription(
                id: entry.id, name: name, summary: entry.summary?.text ?? name,
                rationale: entry.whyText.map { LocalizedText($0) } ?? PluginMessage.defaultRationale(["plugin": self.name]),
                fix: entry.fixText.map { LocalizedText($0) } ?? PluginMessage.defaultFix.text,
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
            throw failure(PluginMessage.cannotEncode(["reason": "\(error)"]))
        }
        let (reply, log): (PluginProtocol.CheckReply, String) = try conversation(request, asking: "check \(rule)")
        func fault(_ message: LocalizedText) -> PluginError { failure(message, log: log) }
        if let errors = reply.errors, !errors.isEmpty {
            throw fault(PluginMessage.reportedErrors(["rule": rule, "errors": errors.map(ControlCharacters.stripped).joined(separator: "; ")]))
        }
        return try (reply.findings ?? []).map { (entry) throws(PluginError) -> Violation in
            if let other = entry.rule, other != rule {
                throw fault(PluginMessage.foreignFinding(["rule": rule, "other": other]))
            }
            let subjects = try entry.subjects.map { (id) throws(PluginError) -> Int in
                guard let index = graph.index(of: id) else {
                    throw fault(PluginMessage.unknownNode(["rule": rule, "id": id]))
                }
                return index
            }
            return Violation(subjects: subjects, message: entry.message.text, hint: entry.hint?.text ?? LocalizedText(""))
        }
    }

    /// Sends one request and decodes the reply, turning every way it can be wrong into an error.
    private func conversation<Reply: Decodable>(_ request: Data, asking what: String) throws(PluginError) -> (Reply, String) {
        let answer = try exchange(request, asking: what)
        func fault(_ message: LocalizedText) -> PluginError { failure(message, log: answer.log) }
        if let invalid = PluginProtocol.firstInvalidUTF8Byte(in: answer.output) {
            throw fault(PluginMessage.notUTF8(["request": what, "offset": invalid]))
        }
        let reply: Reply
        do {
            reply = try JSONDecoder().decode(Reply.self, from: answer.output)
        } catch {
            let start = String(decoding: answer.output.prefix(120), as: UTF8.self)
            throw fault(PluginMessage.invalidJSON([
                "request": what, "problem": PluginProtocol.explain(error),
                "start": start.isEmpty ? PluginMessage.nothing.text : LocalizedText("'\(start)'"),
            ]))
        }
        let version = (reply as? PluginProtocol.DescribeReply)?.protocol ?? (reply as? PluginProtocol.CheckReply)?.protocol
        guard version == PluginProtocol.version else {
            throw fault(PluginMessage.otherProtocol(["theirs": ControlCharacters.stripped(version ?? ""), "ours": PluginProtocol.version]))
        }
        let kind = reply is PluginProtocol.DescribeReply ? "describe" : "check"
        for (key, place) in PluginProtocol.unknownKeys(in: answer.output, request: kind) {
            PluginWarnings.shared.record(PluginTexts.unknownKey(
                plugin: name, key: ControlCharacters.stripped(key), place: place, asking: what,
                known: PluginProtocol.knownKeys[place.isEmpty ? kind : "\(kind).\(place.split(separator: ".").map { $0.prefix { $0 != "[" } }.joined(separator: "."))"] ?? []))
        }
        return (reply, answer.log)
    }
}
