/// Reads one model file (YAML or JSON) into a ``ModelFragment``, logging every problem it finds
/// with its line and column.
struct ModelFileReader {
    let file: String
    private(set) var log = DiagnosticLog()
    private var fragment: ModelFragment
    private var document = YAMLDocument()
    /// The keys of the entry being read and the lines they are on; kept between entries so
    /// that reading one allocates nothing for it.
    private var seenKeys: [(name: String, line: Int)] = []
    /// The attributes of the entry being read, in the order written; made into the node's
    /// dictionary at once, at its final size, when the entry is read.
    private var attributeList: [(key: String, value: AttributeValue)] = []
    /// Keys found before, a few slots by a word's length and first byte: entries repeat the
    /// same few keys, and comparing a word with the one in its slot costs less than hashing it.
    private var cachedWords = [String](repeating: "", count: 64)
    private var cachedKinds = [NodeKind?](repeating: nil, count: 64)
    private var cachedKeys = [Vocabulary.Key?](repeating: nil, count: 64)

    init(file: String) {
        self.file = file
        self.fragment = ModelFragment(file: file)
    }

    /// Reads the file; returns the fragment (possibly partial) and the problems found.
    static func read(_ file: String, limits: LoadLimits = LoadLimits(), fastReaders: Bool = true) -> (ModelFragment, DiagnosticLog) {
        var reader = ModelFileReader(file: file)
        reader.readFile(limits: limits, fastReaders: fastReaders)
        return (reader.fragment, reader.log)
    }

    private mutating func readFile(limits: LoadLimits, fastReaders: Bool) {
        guard let text = ModelText.read(file, log: &log) else { return }
        if ModelText.isEmpty(text) {
            log.error(
                "the file is empty",
                advice: "a model needs at least one section, e.g. 'ecosystem: Musterstadt' and 'projects:'",
                at: place(line: 1, column: 1))
            return
        }
        do {
            // Every scalar is read as text, so no implicit typing (and no per-scalar regexes).
            document = try YAMLDocument.parse(text, isJSON: ModelText.isJSON(file), fastReaders: fastReaders, limits: limits)
        } catch {
            log.error(contentsOf: YAMLProblem.diagnostics(for: error, file: file, text: text))
            return
        }
        guard let root = document.root else {
            log.error("the file is empty", at: place(line: 1, column: 1))
            return
        }
        readTopLevel(root)
    }

    // MARK: - Sections

    private mutating func readTopLevel(_ root: Int) {
        guard document.nodes[root].kind == .mapping else {
            log.error(
                "a model file is a mapping of sections at its top level, not \(describe(root))",
                advice: "start with 'ecosystem: NAME' and sections such as 'systems:', 'fields:', 'projects:'",
                at: location(of: root))
            return
        }
        var seen: [String: SourceLocation] = [:]
        for (keyNode, value) in document.pairs(of: root) {
            guard let word = scalarText(keyNode, what: "a section name") else { continue }
            if Vocabulary.ignoredTopLevelKeys.contains(word) { continue }
            guard let section = Vocabulary.section(word) else {
                let names = Vocabulary.sections.flatMap { [$0.name] + $0.aliases }
                log.error(
                    "unknown section '\(word)'",
                    advice: Suggestion.didYouMean(word, in: names)
                        ?? "the sections are \(Vocabulary.sections.map(\.name).joined(separator: ", "))",
                    at: location(of: keyNode))
                continue
            }
            if let first = seen[section.name] {
                log.error(
                    "section '\(section.name)' appears twice in this file (first at line \(first.line))",
                    advice: "merge the two into one section", at: location(of: keyNode))
                continue
            }
            seen[section.name] = location(of: keyNode)
            switch section.kind {
            case .some(let kind): readEntries(value, kind: kind, section: word)
            case nil where section.name == "relations": readRelations(value)
            case nil: readEcosystemName(value)
            }
        }
    }

    private mutating func readEcosystemName(_ value: Int) {
        guard !isNull(value), scalarText(value, what: "the ecosystem's name") != nil,
            let name = checkedText(value, what: "the ecosystem's name") else { return }
        fragment.ecosystemName = name
    }

    // MARK: - Entries

    private mutating func readEntries(_ value: Int, kind: NodeKind, section: String) {
        if isNull(value) { return }
        guard document.nodes[value].kind == .mapping else {
            log.error(
                "section '\(section)' should map ids to entries, not be \(describe(value))",
                advice: "write one entry per line, e.g. 'my-id: { name: My name }'",
                at: location(of: value))
            return
        }
        for (idNode, body) in document.pairs(of: value) {
            guard let id = scalarText(idNode, what: "an id") else { continue }
            let idLocation = location(of: idNode)
            if let problem = IdentifierRules.problem(with: id) {
                log.error("invalid id '\(id)': \(problem)", advice: IdentifierRules.advice(for: id), at: idLocation)
                continue
            }
            readEntry(id: id, kind: kind, body: body, at: idLocation)
        }
    }

    private mutating func readEntry(id: String, kind: NodeKind, body: Int, at idLocation: SourceLocation) {
        var name: String?
        attributeList.removeAll(keepingCapacity: true)
        var typeGiven = false
        var waivers: [Waiver] = []
        let subject = Subject(kind: kind, id: id)
        switch document.nodes[body].kind {
        case .scalar where isNull(body):
            break
        case .scalar:
            name = checkedText(body, what: "the name of \(subject)")  // `pendler: Pendlerinnen und Pendler` is a name shorthand.
        case .mapping:
            seenKeys.removeAll(keepingCapacity: true)
            for (keyNode, value) in document.pairs(of: body) {
                guard let word = scalarText(keyNode, what: "a key") else { continue }
                let keyLocation = location(of: keyNode)
                if Self.isCustomKey(word) {
                    if let custom = readTexts(value, key: word, subject: subject) { attributeList.append((word, custom)) }
                    continue
                }
                guard let key = resolveKey(word, kind: kind, subject: subject, at: keyLocation) else { continue }
                if let first = seenKeys.first(where: { $0.name == key.name }) {
                    log.error(
                        "'\(key.name)' is given twice for \(subject) (first at line \(first.line))",
                        advice: "keep one of them", at: keyLocation)
                    continue
                }
                seenKeys.append((key.name, keyLocation.line))
                if key.name == "type" { typeGiven = !isNull(value) }
                if isNull(value) { continue }
                switch key.meaning {
                case .text:
                    guard let text = readText(value, key: key.name, subject: subject) else { continue }
                    if key.name == "name" { name = text } else { attributeList.append((key.name, .text(text))) }
                case .texts:
                    if let texts = readTexts(value, key: key.name, subject: subject) { attributeList.append((key.name, texts)) }
                case .term(let term):
                    if let word = readText(value, key: key.name, subject: subject),
                        let canonical = readTerm(word, term: term, subject: subject, at: location(of: value)) {
                        attributeList.append((key.name, .text(canonical)))
                    }
                case .waivers:
                    waivers = readWaivers(value, subject: subject)
                case .reference(let type, let outgoing):
                    readReferences(value, key: key.name, type: type, outgoing: outgoing, ownerID: id, ownerKind: kind, at: idLocation)
                }
            }
        case .sequence:
            log.error(
                "\(subject) should be a mapping of keys, not \(describe(body))",
                advice: "write e.g. '\(id): { name: … }'", at: location(of: body))
            return
        }
        var attributes: [String: AttributeValue] = [:]
        if !attributeList.isEmpty {
            attributes.reserveCapacity(attributeList.count)
            for (key, value) in attributeList { attributes[key] = value }  // a later one wins, as before
        }
        if kind == .system, attributes["type"] == nil, !typeGiven {
            log.error(
                "\(subject) has no type",
                advice: "add 'type:' with one of \(SystemType.canonicalWords.joined(separator: ", "))",
                at: idLocation)
        }
        fragment.nodes.append(.init(
            id: id, kind: kind, name: name ?? id, attributes: attributes, location: idLocation, waivers: waivers))
    }

    private mutating func resolveKey(
        _ word: String, kind: NodeKind, subject: Subject, at keyLocation: SourceLocation
    ) -> Vocabulary.Key? {
        let slot = (word.utf8.count &* 7 &+ Int(word.utf8.first ?? 0) &* 3 &+ kind.lookupIndex) & 63
        if cachedKinds[slot] == kind, cachedWords[slot] == word { return cachedKeys[slot] }
        if let key = Vocabulary.key(word, of: kind) {
            (cachedWords[slot], cachedKinds[slot], cachedKeys[slot]) = (word, kind, key)
            return key
        }
        let keys = Vocabulary.keys(of: kind)
        let otherKinds = NodeKind.allCases.filter { other in other != kind && Vocabulary.key(word, of: other) != nil }
        let advice: String
        if let suggestion = Suggestion.didYouMean(word, in: keys.flatMap { [$0.name] + $0.aliases }) {
            advice = suggestion
        } else if word.contains(" ") {
            advice = "if this is the rest of a text that contains a comma, put the whole text in quotes: name: \"Energie, Klima und Umwelt\""
        } else if !otherKinds.isEmpty {
            advice = "'\(word)' is a key of \(otherKinds.map(\.pluralNoun).joined(separator: " and ")), not of \(kind.pluralNoun)"
        } else {
            advice = "the keys of \(kind.pluralNoun) are \(keys.map(\.name).joined(separator: ", ")); own attributes start with 'x-'"
        }
        log.error("unknown key '\(word)' in \(subject)", advice: advice, at: keyLocation)
        return nil
    }

    private mutating func readTerm(
        _ word: String, term: Vocabulary.TermDescriptor, subject: Subject, at valueLocation: SourceLocation
    ) -> String? {
        if let canonical = term.canonical(word) { return canonical }
        let expected = "expected one of \(term.words.joined(separator: ", "))"
        let advice = Suggestion.didYouMean(word, in: term.allWords).map { "\($0) (\(expected))" } ?? expected
        log.error("unknown \(term.termName) '\(word)' in \(subject)", advice: advice, at: valueLocation)
        return nil
    }

    private mutating func readReferences(
        _ value: Int, key: String, type: EdgeType, outgoing: Bool,
        ownerID: String, ownerKind: NodeKind, at ownerLocation: SourceLocation
    ) {
        let context = ModelFragment.EdgeContext.key(key, of: Subject(kind: ownerKind, id: ownerID))
        // The entry being read is appended to the fragment's nodes when it is read.
        let owner = ModelFragment.Reference(id: ownerID, location: ownerLocation, declaredNode: Int32(fragment.nodes.count))
        for reference in readReferenceList(value, context: context) {
            fragment.edges.append(.init(
                source: outgoing ? owner : reference, type: type,
                target: outgoing ? reference : owner, context: context))
        }
    }

    /// One id or a list of ids.
    private mutating func readReferenceList(_ value: Int, context: ModelFragment.EdgeContext) -> [ModelFragment.Reference] {
        switch document.nodes[value].kind {
        case .scalar:
            return readReference(value, context: context).map { [$0] } ?? []
        case .sequence:
            var references: [ModelFragment.Reference] = []
            for item in document.children(of: value) {
                if let reference = readReference(item, context: context) { references.append(reference) }
            }
            return references
        case .mapping:
            log.error(
                "\(context) should be an id or a list of ids, not \(describe(value))",
                advice: "write e.g. '[first-id, second-id]'", at: location(of: value))
            return []
        }
    }

    private mutating func readReference(_ item: Int, context: ModelFragment.EdgeContext) -> ModelFragment.Reference? {
        guard !isNull(item), let id = scalarText(item, what: "an id in \(context)") else { return nil }
        guard !id.isEmpty else {
            log.error("empty id in \(context)", advice: "remove it or name a node", at: location(of: item))
            return nil
        }
        return ModelFragment.Reference(id: id, location: location(of: item))
    }

    // MARK: - Waivers

    /// `waive: [{ rule: ID, reason: TEXT }]`; a single mapping is accepted for one waiver.
    private mutating func readWaivers(_ value: Int, subject: Subject) -> [Waiver] {
        let items: [Int]
        switch document.nodes[value].kind {
        case .sequence: items = Array(document.children(of: value))
        case .mapping: items = [value]
        case .scalar:
            log.error(
                "'waive' of \(subject) should be a list of waivers, not \(describe(value))",
                advice: "write 'waive: [{ rule: RULE-ID, reason: \"why this is fine\" }]'", at: location(of: value))
            return []
        }
        var waivers: [Waiver] = []
        for item in items {
            guard document.nodes[item].kind == .mapping else {
                log.error(
                    "a waiver of \(subject) should be a mapping with 'rule' and 'reason', not \(describe(item))",
                    advice: "write '{ rule: RULE-ID, reason: \"why this is fine\" }'", at: location(of: item))
                continue
            }
            var parts: [String: String] = [:]
            for (keyNode, partValue) in document.pairs(of: item) {
                guard let word = scalarText(keyNode, what: "a key") else { continue }
                let normalised = Vocabulary.normalise(word)
                guard let key = Vocabulary.waiverKeys.first(where: { key in
                    key.name == normalised || key.aliases.contains { Vocabulary.normalise($0) == normalised }
                }) else {
                    log.error(
                        "unknown key '\(word)' in a waiver of \(subject)",
                        advice: "a waiver has 'rule' and 'reason'", at: location(of: keyNode))
                    continue
                }
                if !isNull(partValue), let text = readText(partValue, key: key.name, subject: subject) {
                    parts[key.name] = text
                }
            }
            guard let rule = parts["rule"], !rule.isEmpty else {
                log.error("a waiver of \(subject) names no rule", advice: "add 'rule: RULE-ID'", at: location(of: item))
                continue
            }
            guard let reason = parts["reason"], !reason.trimmingWhitespace().isEmpty else {
                log.error(
                    "the waiver of '\(rule)' on \(subject) gives no reason",
                    advice: "add 'reason:' saying why the exception is justified; reviewers read it",
                    at: location(of: item))
                continue
            }
            waivers.append(Waiver(rule: rule, reason: reason, location: location(of: item)))
        }
        return waivers
    }

    // MARK: - Relations

    private mutating func readRelations(_ value: Int) {
        if isNull(value) { return }
        guard document.nodes[value].kind == .sequence else {
            log.error(
                "section 'relations' should be a list, not \(describe(value))",
                advice: "write one relation per line: '- { from: a, type: supports, to: b }'",
                at: location(of: value))
            return
        }
        for item in document.children(of: value) {
            guard document.nodes[item].kind == .mapping else {
                log.error(
                    "a relation should be a mapping with 'from', 'type' and 'to', not \(describe(item))",
                    advice: "write '- { from: a, type: supports, to: b }'", at: location(of: item))
                continue
            }
            readRelation(document.pairs(of: item), at: location(of: item))
        }
    }

    private mutating func readRelation(_ pairs: YAMLDocument.PairSequence, at itemLocation: SourceLocation) {
        var parts: [String: Int] = [:]
        for (keyNode, value) in pairs {
            guard let word = scalarText(keyNode, what: "a key") else { continue }
            let normalised = Vocabulary.normalise(word)
            guard let key = Vocabulary.relationKeys.first(where: { key in
                key.name == normalised || key.aliases.contains { Vocabulary.normalise($0) == normalised }
            }) else {
                log.error(
                    "unknown key '\(word)' in a relation",
                    advice: Suggestion.didYouMean(word, in: Vocabulary.relationKeys.flatMap { [$0.name] + $0.aliases })
                        ?? "a relation has 'from', 'type', 'to' and an optional 'note'",
                    at: location(of: keyNode))
                continue
            }
            parts[key.name] = value
        }
        let missing = ["from", "type", "to"].filter { parts[$0] == nil || isNull(parts[$0]!) }
        guard missing.isEmpty else {
            log.error(
                "a relation needs \(missing.map { "'\($0)'" }.joined(separator: " and "))",
                advice: "write '- { from: a, type: supports, to: b }'", at: itemLocation)
            return
        }
        guard let typeWord = scalarText(parts["type"]!, what: "a relation type") else { return }
        guard let type = EdgeType(word: typeWord) else {
            let words = EdgeType.builtIn.flatMap { [$0.type.rawValue] + $0.aliases }
            let advice = Suggestion.didYouMean(typeWord, in: words)
                ?? "use one of \(EdgeType.builtIn.map(\.type.rawValue).joined(separator: ", ")), or a name of your own starting with 'x-'"
            log.error("unknown relation type '\(typeWord)'", advice: advice, at: location(of: parts["type"]!))
            return
        }
        let context = ModelFragment.EdgeContext.relation(type)
        let sources = readReferenceList(parts["from"]!, context: context)
        let targets = readReferenceList(parts["to"]!, context: context)
        for source in sources {
            for target in targets {
                fragment.edges.append(.init(source: source, type: type, target: target, context: context))
            }
        }
    }

    // MARK: - Values

    private mutating func readText(_ value: Int, key: String, subject: Subject) -> String? {
        guard document.nodes[value].kind == .scalar else {
            log.error(
                "'\(key)' of \(subject) should be text, not \(describe(value))",
                advice: "write it on one line, in quotes if it contains ':' or '#'", at: location(of: value))
            return nil
        }
        return checkedText(value, what: "'\(key)' of \(subject)")
    }

    private mutating func readTexts(_ value: Int, key: String, subject: Subject) -> AttributeValue? {
        switch document.nodes[value].kind {
        case .scalar:
            return checkedText(value, what: "'\(key)' of \(subject)").map { .text($0) }
        case .sequence:
            var texts: [String] = []
            for item in document.children(of: value) {
                guard document.nodes[item].kind == .scalar else {
                    log.error(
                        "'\(key)' of \(subject) should be text or a list of texts, not hold \(describe(item))",
                        at: location(of: item))
                    return nil
                }
                guard let text = checkedText(item, what: "'\(key)' of \(subject)") else { return nil }
                texts.append(text)
            }
            return .list(texts)
        case .mapping:
            log.error(
                "'\(key)' of \(subject) should be text or a list of texts, not \(describe(value))",
                at: location(of: value))
            return nil
        }
    }

    /// A scalar's text, or `nil` with an error at its place when it holds a control character
    /// (from an escape such as `"\e"` or `"\u0000"`: they break maps, XML and terminals).
    private mutating func checkedText(_ node: Int, what: @autoclosure () -> String) -> String? {
        let text = document.nodes[node].text
        guard let control = ControlCharacters.first(in: text) else { return text }
        log.error(
            LoadTexts.controlCharacter(in: what(), ControlCharacters.name(control)),
            advice: LoadTexts.controlCharacterAdvice, at: location(of: node))
        return nil
    }

    private mutating func scalarText(_ node: Int, what: @autoclosure () -> String) -> String? {
        guard document.nodes[node].kind == .scalar else {
            log.error("expected \(what()), found \(describe(node))", at: location(of: node))
            return nil
        }
        return document.nodes[node].text
    }

    /// `word.hasPrefix("x-")`, decided by bytes in the common cases: without `x-` as its first
    /// bytes a word cannot start with those characters, and an ASCII byte (or nothing) after
    /// them cannot join the `-` into a larger character.
    private static func isCustomKey(_ word: String) -> Bool {
        var utf8 = word.utf8.makeIterator()
        guard utf8.next() == UInt8(ascii: "x"), utf8.next() == UInt8(ascii: "-") else { return false }
        guard let third = utf8.next() else { return true }
        return third < 0x80 || word.hasPrefix("x-")
    }

    /// YAML's empty value: a plain `~`, `null` or nothing at all.
    private func isNull(_ node: Int) -> Bool {
        let node = document.nodes[node]
        guard node.kind == .scalar, node.isPlain, node.text.utf8.count <= 4 else { return false }
        switch node.text {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }

    private func describe(_ node: Int) -> String {
        switch document.nodes[node].kind {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .scalar where isNull(node): return "empty"
        case .scalar: return "the text '\(document.nodes[node].text)'"
        }
    }

    private func location(of node: Int) -> SourceLocation {
        place(line: Int(document.nodes[node].line), column: Int(document.nodes[node].column))
    }

    private func place(line: Int, column: Int) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column)
    }
}

/// What an entry is, for messages: `project 'park-app'`. Built into text only when a message needs it.
struct Subject: CustomStringConvertible {
    let kind: NodeKind
    let id: String

    var description: String { "\(kind.noun) '\(id)'" }
}
