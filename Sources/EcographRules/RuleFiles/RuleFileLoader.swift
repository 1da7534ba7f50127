import EcographCore
import EcographMessages
import EcographSyntax
import Foundation

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
    /// The kinds and relation types rules may name: the built-in ones, or those of the profiles in use.
    public var metamodel: Metamodel

    public init(metamodel: Metamodel = .builtIn) {
        self.metamodel = metamodel
    }

    /// The rules of a file. Throws ``InvalidModel`` listing every problem in it.
    ///
    /// - Parameter isProfile: the file is a profile (`docs/profiles.md`), whose rules come with
    ///   its kinds, keys and relation types; those are read by ``Metamodel/adding(profiles:limits:)``.
    public func load(file: String, isProfile: Bool = false) throws(InvalidModel) -> [DeclarativeRule] {
        let root = try SyntaxStage.document(ofFile: file, cannotRead: RuleFileMessage.cannotRead.text).rootValue
        var reader = Reader(file: file, metamodel: metamodel, isProfile: isProfile)
        let rules = reader.rules(in: root)
        if !reader.problems.isEmpty { throw InvalidModel(diagnostics: reader.problems) }
        return rules
    }
}

/// Walks one rule file, collecting rules and problems.
private struct Reader {
    let file: String
    let metamodel: Metamodel
    let isProfile: Bool
    var problems: [Diagnostic] = []

    init(file: String, metamodel: Metamodel, isProfile: Bool) {
        self.file = file
        self.metamodel = metamodel
        self.isProfile = isProfile
    }

    mutating func error(_ message: LocalizedText, advice: LocalizedText? = nil, at node: YAMLValue?) {
        problems.append(Diagnostic(.error, message, advice: advice, at: SourceLocation(file: file, at: node)))
    }

    static let ruleKeys = ["id", "name", "summary", "why", "fix", "severity", "select", "require", "message", "hint"]
    static let selectorKeys = ["kind", "type", "status", "id", "attributes", "has"]
    static let edgeKeys = ["edges", "direction", "from", "to", "min", "max"]
    static let attributeKeys = ["attribute", "present", "absent", "matches", "one-of"]

    mutating func rules(in root: YAMLValue?) -> [DeclarativeRule] {
        // A profile need not have rules, and what is wrong with its shape the profile's reader says.
        if isProfile, root?.kind != .mapping { return [] }
        guard let root, root.kind == .mapping else {
            error(RuleFileMessage.notRuleFile.text, at: root)
            return []
        }
        var result: [DeclarativeRule] = []
        var seen: Set<String> = []
        for (key, value) in root.pairs {
            if isProfile, Metamodel.profileKeys.contains(key.string ?? "") && key.string != "rules" { continue }
            guard key.string == "rules" else {
                error(RuleFileMessage.unknownTopKey(["key": key.string ?? ""]), advice: RuleFileMessage.topKeyAdvice.text, at: key)
                continue
            }
            guard value.kind == .sequence else {
                error(RuleFileMessage.rulesNotList.text, at: value)
                continue
            }
            for entry in value.items {
                guard let rule = rule(entry) else { continue }
                if !seen.insert(rule.description.id).inserted {
                    error(RuleFileMessage.declaredTwice(["id": rule.description.id]), at: entry)
                    continue
                }
                result.append(rule)
            }
        }
        return result
    }

    private mutating func rule(_ node: YAMLValue) -> DeclarativeRule? {
        guard let fields = mapping(node, keys: Self.ruleKeys, what: RuleFileMessage.whatRule.text) else { return nil }
        let before = problems.count
        guard let id = text(fields["id"], key: "id", in: node, required: true) else { return nil }
        if id.range(of: "^[a-z0-9][a-z0-9-]*$", options: .regularExpression) == nil {
            error(RuleFileMessage.badID(["id": id]), at: fields["id"])
        }
        var severity = Severity.warning
        if let word = text(fields["severity"], key: "severity", in: node) {
            if let parsed = Severity(rawValue: word.lowercased()) {
                severity = parsed
            } else {
                error(RuleFileMessage.unknownSeverity(["word": word]), advice: RuleFileMessage.severityAdvice.text, at: fields["severity"])
            }
        }
        let select = fields["select"].map { selector($0) } ?? NodeSelector()
        if fields["select"] == nil { error(RuleFileMessage.noSelect(["id": id]), at: node) }
        var requirements: [DeclarativeRule.Requirement] = []
        if let require = fields["require"] {
            for item in require.kind == .sequence ? require.items : [require] {
                if let requirement = requirement(item) { requirements.append(requirement) }
            }
        } else {
            error(RuleFileMessage.noRequire(["id": id]), at: node)
        }
        let message = localized(fields["message"], key: "message", in: node, required: true) ?? LocalizedText("")
        let hint = localized(fields["hint"], key: "hint", in: node) ?? RuleFileMessage.defaultHint(["file": file])
        let name = localized(fields["name"], key: "name", in: node) ?? LocalizedText(id)
        let summary = localized(fields["summary"], key: "summary", in: node) ?? name
        guard problems.count == before else { return nil }
        let description = RuleDescription(
            id: id, name: name, summary: summary,
            rationale: text(fields["why"], key: "why", in: node).map { LocalizedText($0) } ?? RuleFileMessage.defaultRationale(["file": file]),
            fix: text(fields["fix"], key: "fix", in: node).map { LocalizedText($0) } ?? hint,
            defaultSeverity: severity)
        return DeclarativeRule(description: description, select: select, requirements: requirements, message: message, hint: hint)
    }

    private mutating func selector(_ node: YAMLValue) -> NodeSelector {
        var selector = NodeSelector()
        guard let fields = mapping(node, keys: Self.selectorKeys, what: RuleFileMessage.whatSelector.text) else { return selector }
        if let kinds = fields["kind"] {
            selector.kinds = Set(words(kinds).compactMap { word, at in
                if let kind = metamodel.kind(named: word) { return kind }
                let names = metamodel.kinds.map(\.kind.rawValue)
                error(
                    RuleFileMessage.unknownKind(["word": word]),
                    advice: Suggestion.advice(word, in: names) ?? RuleFileMessage.useOneOf(["list": NodeKind.allowedWords(metamodel.kinds.map(\.kind))]), at: at)
                return nil
            })
        }
        if let types = fields["type"] { selector.types = Set(words(types).map { Vocabulary.normalise($0.0) }) }
        if let statuses = fields["status"] {
            selector.statuses = Set(words(statuses).compactMap { word, at in
                if let status = ProjectStatus(word: word) { return status }
                error(RuleFileMessage.unknownStatus(["word": word]), advice: RuleFileMessage.useOneOf(["list": ProjectStatus.allowedWords]), at: at)
                return nil
            })
        }
        if let id = fields["id"], let source = text(id, key: "id", in: node) {
            selector.idPattern = pattern(source, at: id)
        }
        if let attributes = fields["attributes"] {
            guard attributes.kind == .mapping else {
                error(RuleFileMessage.attributesNotMapping.text, at: attributes)
                return selector
            }
            for (key, value) in attributes.pairs {
                if let condition = attributeTest(name: key.string ?? "", value) { selector.attributes.append(condition) }
            }
        }
        if let has = fields["has"] {
            for item in has.kind == .sequence ? has.items : [has] {
                if case .edges(let condition)? = requirement(item) {
                    selector.has.append(condition)
                } else if item["edges"] == nil {
                    error(RuleFileMessage.hasTakesEdges.text, at: item)
                }
            }
        }
        return selector
    }

    private mutating func requirement(_ node: YAMLValue) -> DeclarativeRule.Requirement? {
        guard node.kind == .mapping else {
            error(RuleFileMessage.requirementNotMapping.text, at: node)
            return nil
        }
        if node["attribute"] != nil {
            guard let fields = mapping(node, keys: Self.attributeKeys, what: RuleFileMessage.whatAttributeRequirement.text),
                let name = text(fields["attribute"], key: "attribute", in: node)
            else { return nil }
            // `- attribute: x` alone requires it present; the last of the test keys written wins.
            let test = ["absent", "matches", "one-of"].last { fields[$0] != nil } ?? "present"
            return attributeCondition(name: name, test: test, operand: fields[test], at: node).map { .attribute($0) }
        }
        if node["edges"] != nil {
            guard let fields = mapping(node, keys: Self.edgeKeys, what: RuleFileMessage.whatEdgeRequirement.text),
                let type = text(fields["edges"], key: "edges", in: node)
            else { return nil }
            var direction = EdgeCondition.Direction.incoming
            if let word = text(fields["direction"], key: "direction", in: node) {
                guard let parsed = EdgeCondition.Direction(rawValue: word) else {
                    error(RuleFileMessage.badDirection(["word": word]), at: fields["direction"])
                    return nil
                }
                direction = parsed
            }
            let known = metamodel.relations.map(\.type.rawValue)
            if !known.contains(type) && !type.hasPrefix("x-") {
                error(
                    RuleFileMessage.unknownEdgeType(["type": type]),
                    advice: Suggestion.advice(type, in: known) ?? RuleFileMessage.edgeTypesAdvice.text, at: fields["edges"])
            }
            let otherKey = direction == .incoming ? "from" : "to"
            let wrongKey = direction == .incoming ? "to" : "from"
            if let wrong = fields[wrongKey] {
                error(RuleFileMessage.wrongEndKey(["wrong": wrongKey, "direction": direction.rawValue, "other": otherKey]), at: wrong)
            }
            let other = fields[otherKey].map { selector($0) }
            let min = integer(fields["min"], key: "min")
            let max = integer(fields["max"], key: "max")
            return .edges(EdgeCondition(type: EdgeType(rawValue: type), direction: direction, other: other, min: min, max: max))
        }
        error(RuleFileMessage.requirementNeedsKey.text, at: node)
        return nil
    }

    /// A selector's attribute test: `present`, `absent`, `{ matches: PATTERN }` or `{ one-of: [WORDS] }`.
    private mutating func attributeTest(name: String, _ node: YAMLValue) -> AttributeCondition? {
        if let word = node.string, word == "present" || word == "absent" {
            return attributeCondition(name: name, test: word, operand: nil, at: node)
        }
        let pairs = node.pairs
        if pairs.count == 1, let test = pairs[0].key.string {
            return attributeCondition(name: name, test: test, operand: pairs[0].value, at: node)
        }
        error(RuleFileMessage.badAttributeTest(["name": name]), at: node)
        return nil
    }

    /// The condition a test word (`present`, `absent`, `matches`, `one-of`) and its operand make;
    /// reports an unknown word or an unusable operand at `node`.
    private mutating func attributeCondition(name: String, test: String, operand: YAMLValue?, at node: YAMLValue) -> AttributeCondition? {
        switch test {
        case "present": return AttributeCondition(name: name, test: .present)
        case "absent": return AttributeCondition(name: name, test: .absent)
        case "matches":
            if let operand, let source = operand.string {
                return pattern(source, at: operand).map { AttributeCondition(name: name, test: .matches($0)) }
            }
        case "one-of":
            if let operand { return AttributeCondition(name: name, test: .oneOf(words(operand).map(\.0))) }
        default: break
        }
        error(RuleFileMessage.badAttributeTest(["name": name]), at: operand ?? node)
        return nil
    }

    // MARK: Small readers

    private mutating func mapping(_ node: YAMLValue, keys: [String], what: LocalizedText) -> [String: YAMLValue]? {
        guard node.kind == .mapping else {
            error(RuleFileMessage.notMapping(["what": what]), at: node)
            return nil
        }
        var fields: [String: YAMLValue] = [:]
        for (key, value) in node.pairs {
            let word = key.string ?? ""
            guard keys.contains(word) else {
                error(
                    RuleFileMessage.unknownKey(["key": word, "what": what]),
                    advice: Suggestion.advice(word, in: keys) ?? RuleFileMessage.keysAre(["list": keys.joined(separator: ", ")]), at: key)
                continue
            }
            fields[word] = value
        }
        return fields
    }

    private mutating func text(_ node: YAMLValue?, key: String, in parent: YAMLValue, required: Bool = false) -> String? {
        guard let node else {
            if required { error(RuleFileMessage.missing(["key": key]), at: parent) }
            return nil
        }
        guard let text = node.string, !text.isEmpty else {
            error(RuleFileMessage.notText(["key": key]), at: node)
            return nil
        }
        return text
    }

    private mutating func localized(_ node: YAMLValue?, key: String, in parent: YAMLValue, required: Bool = false) -> LocalizedText? {
        if let node, node.kind == .mapping {
            let en = node["en"]?.string, de = node["de"]?.string
            guard let text = en ?? de else {
                error(RuleFileMessage.twoLanguages(["key": key]), at: node)
                return nil
            }
            return LocalizedText(en: en ?? text, de: de ?? text)
        }
        return text(node, key: key, in: parent, required: required).map { LocalizedText($0) }
    }

    private mutating func integer(_ node: YAMLValue?, key: String) -> Int? {
        guard let node else { return nil }
        guard let value = node.string.flatMap({ Int($0) }), value >= 0 else {
            error(RuleFileMessage.notCount(["key": key]), at: node)
            return nil
        }
        return value
    }

    private func words(_ node: YAMLValue) -> [(String, YAMLValue)] {
        if node.kind == .sequence { return node.items.compactMap { item in item.string.map { ($0, item) } } }
        return node.string.map { [($0, node)] } ?? []
    }

    private mutating func pattern(_ source: String, at node: YAMLValue) -> RuleFilePattern? {
        guard let compiled = RuleFilePattern(source) else {
            error(RuleFileMessage.badPattern(["pattern": source]), at: node)
            return nil
        }
        return compiled
    }
}
