import EcographCore
import Foundation
import Yams
import EcographMessages

/// Reads YAML rule files (`rule-files:` in `.ecograph.yml`, or `--rules FILE`) into rules.
/// Every problem in a file is reported with its line and column, like a model's.
///
/// The format is documented in `docs/rule-files.md`; in short:
///
/// ```yaml
/// rules:
///   - id: running-project-has-start
///     name: Running projects have a start date
///     severity: warning
///     select: { kind: project, status: running }
///     require:
///       - attribute: start
///     message: "Project '{name}' is running but has no start date."
///     hint: "Add 'start:' to the project."
/// ```
public struct RuleFileLoader: Sendable {
    public init() {}

    /// The rules of a file. Throws ``InvalidModel`` listing every problem in it.
    public func load(file: String) throws(InvalidModel) -> [DeclarativeRule] {
        ProtectedInputs.shared.protect(file: file)
        guard let data = FileManager.default.contents(atPath: file) else {
            throw InvalidModel(diagnostics: [Diagnostic(.error, "cannot read the rule file", path: file)])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw InvalidModel(diagnostics: [Diagnostic(.error, "the rule file is not UTF-8 text", path: file)])
        }
        var reader = Reader(file: file)
        let root: Yams.Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw InvalidModel(diagnostics: [reader.syntaxError(error)])
        } catch {
            throw InvalidModel(diagnostics: [Diagnostic(.error, "malformed YAML: \(error)", path: file)])
        }
        let rules = reader.rules(in: root)
        if !reader.problems.isEmpty { throw InvalidModel(diagnostics: reader.problems) }
        return rules
    }
}

/// Walks one rule file, collecting rules and problems.
private struct Reader {
    let file: String
    var problems: [Diagnostic] = []

    init(file: String) { self.file = file }

    mutating func error(_ message: String, advice: String? = nil, at node: Yams.Node?) {
        let mark = node?.mark
        problems.append(Diagnostic(.error, message, advice: advice, at: SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)))
    }

    func syntaxError(_ error: YamlError) -> Diagnostic {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _):
            return Diagnostic(.error, "malformed YAML: \(problem)", at: SourceLocation(file: file, line: mark.line, column: mark.column))
        default:
            return Diagnostic(.error, "malformed YAML: \(error)", path: file)
        }
    }

    static let ruleKeys = ["id", "name", "summary", "why", "fix", "severity", "select", "require", "message", "hint"]
    static let selectorKeys = ["kind", "type", "status", "id", "attributes", "has"]
    static let edgeKeys = ["edges", "direction", "from", "to", "min", "max"]
    static let attributeKeys = ["attribute", "present", "absent", "matches", "one-of"]

    mutating func rules(in root: Yams.Node?) -> [DeclarativeRule] {
        guard let root, case .mapping(let top) = root else {
            error("a rule file is a mapping with 'rules:', a list of rules", at: root)
            return []
        }
        var result: [DeclarativeRule] = []
        var seen: Set<String> = []
        for (key, value) in top {
            guard key.string == "rules" else {
                error("unknown key '\(key.string ?? "")' in the rule file", advice: "a rule file has 'rules:'", at: key)
                continue
            }
            guard case .sequence(let entries) = value else {
                error("'rules' should be a list of rules (entries starting with '- id:')", at: value)
                continue
            }
            for entry in entries {
                guard let rule = rule(entry) else { continue }
                if !seen.insert(rule.description.id).inserted {
                    error("rule '\(rule.description.id)' is declared twice in this file", at: entry)
                    continue
                }
                result.append(rule)
            }
        }
        return result
    }

    private mutating func rule(_ node: Yams.Node) -> DeclarativeRule? {
        guard let fields = mapping(node, keys: Self.ruleKeys, what: "a rule") else { return nil }
        let before = problems.count
        guard let id = text(fields["id"], key: "id", in: node, required: true) else { return nil }
        if id.range(of: "^[a-z0-9][a-z0-9-]*$", options: .regularExpression) == nil {
            error("rule id '\(id)' should be lower-case letters, digits and hyphens (e.g. 'running-project-has-start')", at: fields["id"])
        }
        var severity = Severity.warning
        if let word = text(fields["severity"], key: "severity", in: node) {
            if let parsed = Severity(rawValue: word.lowercased()) {
                severity = parsed
            } else {
                error("unknown severity '\(word)'", advice: "use error, warning or info", at: fields["severity"])
            }
        }
        let select = fields["select"].map { selector($0) } ?? NodeSelector()
        if fields["select"] == nil { error("rule '\(id)' has no 'select:'; say which nodes it looks at, e.g. '{ kind: project }'", at: node) }
        var requirements: [DeclarativeRule.Requirement] = []
        if let require = fields["require"] {
            let items: [Yams.Node]
            if case .sequence(let list) = require { items = Array(list) } else { items = [require] }
            for item in items {
                if let requirement = requirement(item) { requirements.append(requirement) }
            }
        } else {
            error("rule '\(id)' has no 'require:'; say what must hold for each selected node", at: node)
        }
        let message = localized(fields["message"], key: "message", in: node, required: true) ?? LocalizedText("")
        let hint = localized(fields["hint"], key: "hint", in: node) ?? LocalizedText(en: "See the rule file \(file).", de: "Siehe die Regeldatei \(file).")
        let name = localized(fields["name"], key: "name", in: node) ?? LocalizedText(id)
        let summary = localized(fields["summary"], key: "summary", in: node) ?? name
        guard problems.count == before else { return nil }
        let description = RuleDescription(
            id: id, name: name, summary: summary,
            rationale: text(fields["why"], key: "why", in: node) ?? "Declared in \(file).",
            fix: text(fields["fix"], key: "fix", in: node) ?? hint.en,
            defaultSeverity: severity)
        return DeclarativeRule(description: description, select: select, requirements: requirements, message: message, hint: hint)
    }

    private mutating func selector(_ node: Yams.Node) -> NodeSelector {
        var selector = NodeSelector()
        guard let fields = mapping(node, keys: Self.selectorKeys, what: "a selector") else { return selector }
        if let kinds = fields["kind"] {
            selector.kinds = Set(words(kinds).compactMap { word, at in
                if let kind = NodeKind.allCases.first(where: { $0.rawValue == Vocabulary.normalise(word) || Vocabulary.section(word)?.kind == $0 }) { return kind }
                error("unknown kind '\(word)'", advice: Suggestion.didYouMean(word, in: NodeKind.allCases.map(\.rawValue)) ?? "use one of \(NodeKind.allCases.map(\.rawValue).joined(separator: ", "))", at: at)
                return nil
            })
        }
        if let types = fields["type"] { selector.types = Set(words(types).map { Vocabulary.normalise($0.0) }) }
        if let statuses = fields["status"] {
            selector.statuses = Set(words(statuses).compactMap { word, at in
                if let status = ProjectStatus(word: word) { return status }
                error("unknown status '\(word)'", advice: "use one of \(ProjectStatus.canonicalWords.joined(separator: ", "))", at: at)
                return nil
            })
        }
        if let id = fields["id"], let source = text(id, key: "id", in: node) {
            selector.idPattern = pattern(source, at: id)
        }
        if let attributes = fields["attributes"] {
            guard case .mapping(let pairs) = attributes else {
                error("'attributes' should map attribute names to present, absent, { matches: REGEX } or { one-of: [..] }", at: attributes)
                return selector
            }
            for (key, value) in pairs {
                if let condition = attributeTest(name: key.string ?? "", value) { selector.attributes.append(condition) }
            }
        }
        if let has = fields["has"] {
            let items: [Yams.Node]
            if case .sequence(let list) = has { items = Array(list) } else { items = [has] }
            for item in items {
                if case .edges(let condition)? = requirement(item) {
                    selector.has.append(condition)
                } else if item.mapping?["edges"] == nil {
                    error("'has' takes edge conditions ('- edges: TYPE …')", at: item)
                }
            }
        }
        return selector
    }

    private mutating func requirement(_ node: Yams.Node) -> DeclarativeRule.Requirement? {
        guard case .mapping(let pairs) = node else {
            error("a requirement is a mapping: '- attribute: NAME' or '- edges: TYPE'", at: node)
            return nil
        }
        if pairs["attribute"] != nil {
            guard let fields = mapping(node, keys: Self.attributeKeys, what: "an attribute requirement"),
                let name = text(fields["attribute"], key: "attribute", in: node)
            else { return nil }
            var test = Yams.Node("present")
            for key in ["absent", "matches", "one-of"] where fields[key] != nil {
                test = key == "absent" ? Yams.Node("absent") : Yams.Node([(Yams.Node(key), fields[key]!)])
            }
            return attributeTest(name: name, test).map { .attribute($0) }
        }
        if pairs["edges"] != nil {
            guard let fields = mapping(node, keys: Self.edgeKeys, what: "an edge requirement"),
                let type = text(fields["edges"], key: "edges", in: node)
            else { return nil }
            var direction = EdgeCondition.Direction.incoming
            if let word = text(fields["direction"], key: "direction", in: node) {
                guard let parsed = EdgeCondition.Direction(rawValue: word) else {
                    error("direction should be 'in' or 'out', not '\(word)'", at: fields["direction"])
                    return nil
                }
                direction = parsed
            }
            let known = EdgeType.builtIn.map(\.type.rawValue)
            if !known.contains(type) && !type.hasPrefix("x-") {
                error("unknown edge type '\(type)'", advice: Suggestion.didYouMean(type, in: known) ?? "see docs/model-format.md for the edge types", at: fields["edges"])
            }
            let otherKey = direction == .incoming ? "from" : "to"
            let wrongKey = direction == .incoming ? "to" : "from"
            if let wrong = fields[wrongKey] {
                error("'\(wrongKey)' does not fit direction '\(direction.rawValue)'; use '\(otherKey)' for the other end of the edges", at: wrong)
            }
            let other = fields[otherKey].map { selector($0) }
            let min = integer(fields["min"], key: "min")
            let max = integer(fields["max"], key: "max")
            return .edges(EdgeCondition(type: EdgeType(rawValue: type), direction: direction, other: other, min: min, max: max))
        }
        error("a requirement needs 'attribute: NAME' or 'edges: TYPE'", at: node)
        return nil
    }

    private mutating func attributeTest(name: String, _ node: Yams.Node) -> AttributeCondition? {
        switch node {
        case .scalar(let scalar) where scalar.string == "present": return AttributeCondition(name: name, test: .present)
        case .scalar(let scalar) where scalar.string == "absent": return AttributeCondition(name: name, test: .absent)
        case .mapping(let pairs) where pairs.count == 1:
            let (key, value) = pairs.first!
            switch key.string {
            case "matches":
                guard let source = value.string, let compiled = pattern(source, at: value) else { return nil }
                return AttributeCondition(name: name, test: .matches(compiled))
            case "one-of":
                return AttributeCondition(name: name, test: .oneOf(words(value).map(\.0)))
            default: break
            }
        default: break
        }
        error("the test for attribute '\(name)' should be present, absent, { matches: REGEX } or { one-of: [..] }", at: node)
        return nil
    }

    // MARK: Small readers

    private mutating func mapping(_ node: Yams.Node, keys: [String], what: String) -> [String: Yams.Node]? {
        guard case .mapping(let pairs) = node else {
            error("\(what) should be a mapping", at: node)
            return nil
        }
        var fields: [String: Yams.Node] = [:]
        for (key, value) in pairs {
            let word = key.string ?? ""
            guard keys.contains(word) else {
                error("unknown key '\(word)' in \(what)", advice: Suggestion.didYouMean(word, in: keys) ?? "the keys are \(keys.joined(separator: ", "))", at: key)
                continue
            }
            fields[word] = value
        }
        return fields
    }

    private mutating func text(_ node: Yams.Node?, key: String, in parent: Yams.Node, required: Bool = false) -> String? {
        guard let node else {
            if required { error("'\(key)' is missing", at: parent) }
            return nil
        }
        guard case .scalar(let scalar) = node, !scalar.string.isEmpty else {
            error("'\(key)' should be text", at: node)
            return nil
        }
        return scalar.string
    }

    private mutating func localized(_ node: Yams.Node?, key: String, in parent: Yams.Node, required: Bool = false) -> LocalizedText? {
        if case .mapping(let pairs)? = node {
            let en = pairs["en"]?.string, de = pairs["de"]?.string
            guard let text = en ?? de else {
                error("'\(key)' in two languages is '{ en: …, de: … }'", at: node)
                return nil
            }
            return LocalizedText(en: en ?? text, de: de ?? text)
        }
        return text(node, key: key, in: parent, required: required).map { LocalizedText($0) }
    }

    private mutating func integer(_ node: Yams.Node?, key: String) -> Int? {
        guard let node else { return nil }
        guard let value = node.string.flatMap({ Int($0) }), value >= 0 else {
            error("'\(key)' should be a whole number, 0 or more", at: node)
            return nil
        }
        return value
    }

    private func words(_ node: Yams.Node) -> [(String, Yams.Node)] {
        if case .sequence(let items) = node { return items.compactMap { item in item.string.map { ($0, item) } } }
        return node.string.map { [($0, node)] } ?? []
    }

    private mutating func pattern(_ source: String, at node: Yams.Node) -> RuleFilePattern? {
        guard let compiled = RuleFilePattern(source) else {
            error("'\(source)' is not a valid regular expression", at: node)
            return nil
        }
        return compiled
    }
}
