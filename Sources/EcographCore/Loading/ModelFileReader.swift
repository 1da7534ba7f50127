import EcographMessages
internal import EcographSyntax

/// Reads one model file (YAML or JSON) into a ``ModelFragment``, logging every problem it finds
/// with its line and column.
struct ModelFileReader {
    let file: String
    /// The file, numbered once for all the places in it.
    private let path: SourcePath
    /// The kinds, keys and relation types the file is read with.
    let metamodel: Metamodel
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

    init(file: String, metamodel: Metamodel) {
        self.file = file
        self.path = SourcePath(file)
        self.metamodel = metamodel
        self.fragment = ModelFragment(file: file)
    }

    /// Reads one source; returns the fragment (possibly partial) and the problems found.
    /// Sources of `partsFrom` bytes or more are read in parts on several processors
    /// (``SectionParts``) where that is sure to give the same result.
    static func read(
        _ source: ModelSource, metamodel: Metamodel = .builtIn, limits: LoadLimits = LoadLimits(), fastReaders: Bool = true,
        partsFrom: Int = SectionParts.defaultMinimumBytes, parts: Int = SectionParts.partCount
    ) -> (ModelFragment, DiagnosticLog) {
        var reader = ModelFileReader(file: source.path, metamodel: metamodel)
        reader.readFile(limits: limits, fastReaders: fastReaders, partsFrom: partsFrom, parts: parts) { _ in source }
        return reader.result
    }

    /// Reads one file from disk; returns the fragment (possibly partial) and the problems found.
    static func read(
        file: String, metamodel: Metamodel = .builtIn, limits: LoadLimits = LoadLimits(), fastReaders: Bool = true,
        partsFrom: Int = SectionParts.defaultMinimumBytes, parts: Int = SectionParts.partCount
    ) -> (ModelFragment, DiagnosticLog) {
        var reader = ModelFileReader(file: file, metamodel: metamodel)
        reader.readFile(limits: limits, fastReaders: fastReaders, partsFrom: partsFrom, parts: parts) { log in ModelSource.read(file: file, log: &log) }
        return reader.result
    }

    /// The fragment read and the problems found.
    var result: (ModelFragment, DiagnosticLog) { (fragment, log) }

    /// Reads a parsed document (a part of a file, from ``SectionParts``).
    /// The document is kept only while it is read.
    mutating func read(_ document: consuming YAMLDocument) {
        self.document = document
        if let root = self.document.root { readTopLevel(root) }
        self.document = YAMLDocument()
    }

    /// Reads the source `load` gives (`nil` when it logged why there is none). Its bytes and
    /// text are locals of this function alone, so that they are freed once parsed, before the
    /// entries are read.
    private mutating func readFile(limits: LoadLimits, fastReaders: Bool, partsFrom: Int, parts: Int, source load: (inout DiagnosticLog) -> ModelSource?) {
        guard let source = load(&log) else { return }
        // A large YAML file is parsed in parts straight from its bytes (no text made of it);
        // anything the parts cannot stand for — not UTF-8, empty, … — is read as one below.
        if fastReaders, !ModelText.isJSON(file), source.bytes.count >= partsFrom,
            let documents = SectionParts.parse(bytes: source.bytes, metamodel: metamodel, limits: limits.syntax, parts: parts) {
            _ = consume source  // freed before the entries are read
            // Taken out one by one, so that each part is joined from the only reference to it:
            // the first becomes the fragment without a copy, a later one is copied into it and
            // then freed on another processor.
            var results = SectionParts.read(consume documents, file: file, metamodel: metamodel)
            results.reverse()
            while let result = results.popLast() {
                log.append(contentsOf: result.1)
                let becomesTheFragment = fragment.isEmpty
                fragment.append(result.0)
                if !becomesTheFragment { ConcurrentWork.releaseInBackground(result) }  // its last use: the only reference goes
            }
            return
        }
        guard let text = ModelText.decode(consume source, log: &log) else { return }
        if ModelText.isEmpty(text) {
            log.error(ModelMessage.emptyFile.text, advice: ModelMessage.emptyFileAdvice.text, at: place(line: 1, column: 1))
            return
        }
        do {
            // Every scalar is read as text, so no implicit typing (and no per-scalar regexes).
            document = try YAMLDocument.parse(text, isJSON: ModelText.isJSON(file), fastReaders: fastReaders, limits: limits.syntax)
        } catch {
            log.error(contentsOf: YAMLProblem.diagnostics(for: error, file: file, text: text))
            return
        }
        guard let root = document.root else {
            log.error(ModelMessage.emptyFile.text, at: place(line: 1, column: 1))
            return
        }
        readTopLevel(root)
    }

    // MARK: - Sections

    private mutating func readTopLevel(_ root: Int) {
        guard document.nodes[root].kind == .mapping else {
            log.error(
                ModelMessage.topLevelNotMapping(["found": describe(root)]),
                advice: ModelMessage.topLevelNotMappingAdvice.text, at: location(of: root))
            return
        }
        reserveFragment(root)
        var seen: [String: SourceLocation] = [:]
        for (keyNode, value) in document.pairs(of: root) {
            guard let word = scalarText(keyNode, what: ModelMessage.whatSectionName.text) else { continue }
            if Vocabulary.ignoredTopLevelKeys.contains(word) { continue }
            guard let section = metamodel.section(word) else {
                let names = metamodel.sections.flatMap { [$0.name] + $0.aliases }
                log.error(
                    ModelMessage.unknownSection(["word": word]),
                    advice: Suggestion.advice(word, in: names)
                        ?? ModelMessage.sectionsAre(["list": LocalizedText(
                            en: metamodel.sections.map(\.name).joined(separator: ", "),
                            de: metamodel.sections.map { $0.aliases.first ?? $0.name }.joined(separator: ", "))]),
                    at: location(of: keyNode))
                continue
            }
            if let first = seen[section.name] {
                log.error(
                    ModelMessage.sectionTwice(["section": word, "line": String(first.line)]),
                    advice: ModelMessage.sectionTwiceAdvice.text, at: location(of: keyNode))
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

    /// Makes room in the fragment once for the entries the sections hold and about as many
    /// edges as the document can have, instead of growing the arrays by doubling (which, for a
    /// national model, copies hundreds of megabytes and holds two copies at once).
    private mutating func reserveFragment(_ root: Int) {
        var entries = 0
        for (_, value) in document.pairs(of: root) where document.nodes[value].kind == .mapping {
            for _ in document.pairs(of: value) { entries += 1 }
        }
        fragment.nodes.reserveCapacity(entries)
        // Each edge is an id written under a key: a third of the document's nodes leaves room for
        // a model like the national one (2.3 edges an entry); a model with longer lists grows it.
        fragment.edges.reserveCapacity(document.nodes.count / 3)
    }

    private mutating func readEcosystemName(_ value: Int) {
        guard !isNull(value), scalarText(value, what: ModelMessage.whatEcosystemName.text) != nil,
            let name = checkedText(value, what: ModelMessage.whatEcosystemName.text) else { return }
        fragment.ecosystemName = name
    }

    // MARK: - Entries

    private mutating func readEntries(_ value: Int, kind: NodeKind, section: String) {
        if isNull(value) { return }
        guard document.nodes[value].kind == .mapping else {
            log.error(
                ModelMessage.sectionNotMapping(["section": section, "found": describe(value)]),
                advice: ModelMessage.sectionNotMappingAdvice.text, at: location(of: value))
            return
        }
        for (idNode, body) in document.pairs(of: value) {
            guard let id = scalarText(idNode, what: ModelMessage.whatID.text) else { continue }
            let idLocation = location(of: idNode)
            if let problem = IdentifierRules.problem(with: id) {
                log.error(ModelMessage.invalidID(["id": id, "problem": problem]), advice: IdentifierRules.advice(for: id), at: idLocation)
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
            name = checkedText(body, what: ModelMessage.whatNameOf(["subject": subject]))  // `pendler: Pendlerinnen und Pendler` is a name shorthand.
        case .mapping:
            seenKeys.removeAll(keepingCapacity: true)
            for (keyNode, value) in document.pairs(of: body) {
                guard let word = scalarText(keyNode, what: ModelMessage.whatKey.text) else { continue }
                let keyLocation = location(of: keyNode)
                if Self.isCustomKey(word) {
                    if let custom = readTexts(value, key: word, subject: subject) { attributeList.append((word, custom)) }
                    continue
                }
                guard let key = resolveKey(word, kind: kind, subject: subject, at: keyLocation) else { continue }
                if let first = seenKeys.first(where: { $0.name == key.name }) {
                    log.error(
                        ModelMessage.keyTwice(["key": key.name, "subject": subject, "line": String(first.line)]),
                        advice: ModelMessage.keepOne.text, at: keyLocation)
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
                    readReferences(value, key: key.name, type: type, outgoing: outgoing, ownerID: id, ownerKind: kind)
                }
            }
        case .sequence:
            log.error(
                ModelMessage.entryNotMapping(["subject": subject, "found": describe(body)]),
                advice: ModelMessage.entryNotMappingAdvice(["id": id]), at: location(of: body))
            return
        }
        var attributes: [String: AttributeValue] = [:]
        if !attributeList.isEmpty {
            attributes.reserveCapacity(attributeList.count)
            for (key, value) in attributeList { attributes[key] = value }  // a later one wins, as before
        }
        if kind == .system, attributes["type"] == nil, !typeGiven {
            log.error(
                ModelMessage.systemWithoutType(["subject": subject]),
                advice: ModelMessage.systemWithoutTypeAdvice(["allowed": SystemType.allowedWords]), at: idLocation)
        }
        fragment.nodes.append(Node(
            id: id, kind: kind, name: name ?? id, attributes: attributes, location: idLocation, waivers: waivers))
    }

    private mutating func resolveKey(
        _ word: String, kind: NodeKind, subject: Subject, at keyLocation: SourceLocation
    ) -> Vocabulary.Key? {
        let slot = (word.utf8.count &* 7 &+ Int(word.utf8.first ?? 0) &* 3 &+ kind.lookupIndex) & 63
        if cachedKinds[slot] == kind, cachedWords[slot] == word { return cachedKeys[slot] }
        if let key = metamodel.key(word, of: kind) {
            (cachedWords[slot], cachedKinds[slot], cachedKeys[slot]) = (word, kind, key)
            return key
        }
        let keys = metamodel.keys(of: kind)
        let otherKinds = metamodel.kinds.map(\.kind).filter { other in other != kind && metamodel.key(word, of: other) != nil }
        let advice: LocalizedText
        if let suggestion = Suggestion.advice(word, in: keys.flatMap { [$0.name] + $0.aliases }) {
            advice = suggestion
        } else if word.contains(" ") {
            advice = ModelMessage.quoteTextWithComma.text
        } else if !otherKinds.isEmpty {
            let kinds = LocalizedText.joined(otherKinds.map(\.localizedPluralNoun), separator: ModelMessage.and.text)
            advice = ModelMessage.keyOfOtherKinds(["key": word, "kinds": kinds, "kind": kind.localizedPluralNoun])
        } else {
            let list = LocalizedText(
                en: keys.map(\.name).joined(separator: ", "), de: keys.map { $0.aliases.first ?? $0.name }.joined(separator: ", "))
            advice = ModelMessage.keysAre(["kind": kind.localizedPluralNoun, "list": list])
        }
        log.error(ModelMessage.unknownKey(["key": word, "subject": subject]), advice: advice, at: keyLocation)
        return nil
    }

    private mutating func readTerm(
        _ word: String, term: Vocabulary.TermDescriptor, subject: Subject, at valueLocation: SourceLocation
    ) -> String? {
        if let canonical = term.canonical(word) { return canonical }
        let expected = ModelMessage.expectedOneOf(["list": term.allowedWords])
        let advice = Suggestion.advice(word, in: term.allWords).map {
            ModelMessage.suggestionAndExpected(["suggestion": $0, "expected": expected])
        } ?? expected
        log.error(ModelMessage.unknownTerm(["term": term.localizedName, "word": word, "subject": subject]), advice: advice, at: valueLocation)
        return nil
    }

    private mutating func readReferences(
        _ value: Int, key: String, type: EdgeType, outgoing: Bool, ownerID: String, ownerKind: NodeKind
    ) {
        let context = ModelFragment.EdgeContext.key(key, of: Subject(kind: ownerKind, id: ownerID))
        // The entry being read is appended to the fragment's nodes when it is read.
        let owner = Int32(fragment.nodes.count)
        let typeIndex = fragment.index(of: type)
        let keyIndex = fragment.index(ofKey: key)
        for reference in readReferenceList(value, context: context) {
            fragment.edges.append(.init(
                written: reference, owner: owner, typeIndex: typeIndex, keyIndex: keyIndex, ownerIsSource: outgoing))
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
                ModelMessage.notReferences(["context": context.text, "found": describe(value)]),
                advice: ModelMessage.notReferencesAdvice.text, at: location(of: value))
            return []
        }
    }

    private mutating func readReference(_ item: Int, context: ModelFragment.EdgeContext) -> ModelFragment.Reference? {
        guard !isNull(item), let id = scalarText(item, what: ModelMessage.whatIDIn(["context": context.text])) else { return nil }
        guard !id.isEmpty else {
            log.error(ModelMessage.emptyReference(["context": context.text]), advice: ModelMessage.emptyReferenceAdvice.text, at: location(of: item))
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
                ModelMessage.waiversNotList(["subject": subject, "found": describe(value)]),
                advice: ModelMessage.waiversNotListAdvice.text, at: location(of: value))
            return []
        }
        var waivers: [Waiver] = []
        for item in items {
            guard document.nodes[item].kind == .mapping else {
                log.error(
                    ModelMessage.waiverNotMapping(["subject": subject, "found": describe(item)]),
                    advice: ModelMessage.waiverNotMappingAdvice.text, at: location(of: item))
                continue
            }
            var parts: [String: String] = [:]
            for (keyNode, partValue) in document.pairs(of: item) {
                guard let word = scalarText(keyNode, what: ModelMessage.whatKey.text) else { continue }
                let normalised = Vocabulary.normalise(word)
                guard let key = Vocabulary.waiverKeys.first(where: { key in
                    key.name == normalised || key.aliases.contains { Vocabulary.normalise($0) == normalised }
                }) else {
                    log.error(
                        ModelMessage.unknownWaiverKey(["key": word, "subject": subject]),
                        advice: ModelMessage.unknownWaiverKeyAdvice.text, at: location(of: keyNode))
                    continue
                }
                if !isNull(partValue), let text = readText(partValue, key: key.name, subject: subject) {
                    parts[key.name] = text
                }
            }
            guard let rule = parts["rule"], !rule.isEmpty else {
                log.error(ModelMessage.waiverWithoutRule(["subject": subject]), advice: ModelMessage.waiverWithoutRuleAdvice.text, at: location(of: item))
                continue
            }
            guard let reason = parts["reason"], !reason.trimmingWhitespace().isEmpty else {
                log.error(
                    ModelMessage.waiverWithoutReason(["rule": rule, "subject": subject]),
                    advice: ModelMessage.waiverWithoutReasonAdvice.text, at: location(of: item))
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
                ModelMessage.relationsNotList(["found": describe(value)]),
                advice: ModelMessage.relationsNotListAdvice.text, at: location(of: value))
            return
        }
        for item in document.children(of: value) {
            guard document.nodes[item].kind == .mapping else {
                log.error(
                    ModelMessage.relationNotMapping(["found": describe(item)]),
                    advice: ModelMessage.relationAdvice.text, at: location(of: item))
                continue
            }
            readRelation(document.pairs(of: item), at: location(of: item))
        }
    }

    private mutating func readRelation(_ pairs: YAMLDocument.PairSequence, at itemLocation: SourceLocation) {
        var parts: [String: Int] = [:]
        for (keyNode, value) in pairs {
            guard let word = scalarText(keyNode, what: ModelMessage.whatKey.text) else { continue }
            let normalised = Vocabulary.normalise(word)
            guard let key = Vocabulary.relationKeys.first(where: { key in
                key.name == normalised || key.aliases.contains { Vocabulary.normalise($0) == normalised }
            }) else {
                log.error(
                    ModelMessage.unknownRelationKey(["key": word]),
                    advice: Suggestion.advice(word, in: Vocabulary.relationKeys.flatMap { [$0.name] + $0.aliases })
                        ?? ModelMessage.unknownRelationKeyAdvice.text,
                    at: location(of: keyNode))
                continue
            }
            parts[key.name] = value
        }
        let missing = ["from", "type", "to"].filter { parts[$0] == nil || isNull(parts[$0]!) }
        guard missing.isEmpty else {
            let german = ["from": "von", "type": "typ", "to": "zu"]
            let keys = LocalizedText.joined(
                missing.map { LocalizedText(en: "'\($0)'", de: "'\(german[$0] ?? $0)'") }, separator: ModelMessage.and.text)
            log.error(ModelMessage.relationNeeds(["keys": keys]), advice: ModelMessage.relationAdvice.text, at: itemLocation)
            return
        }
        guard let typeWord = scalarText(parts["type"]!, what: ModelMessage.whatRelationType.text) else { return }
        guard let type = metamodel.edgeType(word: typeWord) else {
            let words = metamodel.relations.flatMap { [$0.type.rawValue] + $0.aliases }
            let list = LocalizedText(
                en: metamodel.relations.map(\.type.rawValue).joined(separator: ", "),
                de: metamodel.relations.map { $0.aliases.first ?? $0.type.rawValue }.joined(separator: ", "))
            let advice = Suggestion.advice(typeWord, in: words) ?? ModelMessage.unknownRelationTypeAdvice(["list": list])
            log.error(ModelMessage.unknownRelationType(["type": typeWord]), advice: advice, at: location(of: parts["type"]!))
            return
        }
        let context = ModelFragment.EdgeContext.relation(type)
        let sources = readReferenceList(parts["from"]!, context: context)
        let targets = readReferenceList(parts["to"]!, context: context)
        let typeIndex = fragment.index(of: type)
        for source in sources {
            let owner = -1 - Int32(fragment.relationSources.count)
            fragment.relationSources.append(source)
            for target in targets {
                fragment.edges.append(.init(written: target, owner: owner, typeIndex: typeIndex, keyIndex: 0, ownerIsSource: true))
            }
        }
    }

    // MARK: - Values

    private mutating func readText(_ value: Int, key: String, subject: Subject) -> String? {
        guard document.nodes[value].kind == .scalar else {
            log.error(
                ModelMessage.notText(["key": key, "subject": subject, "found": describe(value)]),
                advice: ModelMessage.notTextAdvice.text, at: location(of: value))
            return nil
        }
        return checkedText(value, what: ModelMessage.whatKeyOf(["key": key, "subject": subject]))
    }

    private mutating func readTexts(_ value: Int, key: String, subject: Subject) -> AttributeValue? {
        switch document.nodes[value].kind {
        case .scalar:
            return checkedText(value, what: ModelMessage.whatKeyOf(["key": key, "subject": subject])).map { .text($0) }
        case .sequence:
            var texts: [String] = []
            for item in document.children(of: value) {
                guard document.nodes[item].kind == .scalar else {
                    log.error(
                        ModelMessage.notTextsItem(["key": key, "subject": subject, "found": describe(item)]),
                        at: location(of: item))
                    return nil
                }
                guard let text = checkedText(item, what: ModelMessage.whatKeyOf(["key": key, "subject": subject])) else { return nil }
                texts.append(text)
            }
            return .list(texts)
        case .mapping:
            log.error(
                ModelMessage.notTexts(["key": key, "subject": subject, "found": describe(value)]),
                at: location(of: value))
            return nil
        }
    }

    /// A scalar's text, or `nil` with an error at its place when it holds a control character
    /// (from an escape such as `"\e"` or `"\u0000"`: they break maps, XML and terminals).
    private mutating func checkedText(_ node: Int, what: @autoclosure () -> LocalizedText) -> String? {
        let text = document.nodes[node].text
        guard let control = ControlCharacters.first(in: text) else { return text }
        log.error(
            ModelMessage.controlCharacter(["what": what(), "character": ControlCharacters.name(control)]),
            advice: ModelMessage.controlCharacterAdvice.text, at: location(of: node))
        return nil
    }

    private mutating func scalarText(_ node: Int, what: @autoclosure () -> LocalizedText) -> String? {
        guard document.nodes[node].kind == .scalar else {
            log.error(ModelMessage.expectedScalar(["what": what(), "found": describe(node)]), at: location(of: node))
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

    private func describe(_ node: Int) -> LocalizedText {
        switch document.nodes[node].kind {
        case .mapping: return ModelMessage.foundMapping.text
        case .sequence: return ModelMessage.foundList.text
        case .scalar where isNull(node): return ModelMessage.foundEmpty.text
        case .scalar: return ModelMessage.foundText(["text": document.nodes[node].text])
        }
    }

    private func location(of node: Int) -> SourceLocation {
        let node = document.nodes[node]
        return SourceLocation(path: path, line: Int(node.line), column: Int(node.column), width: Int(node.width))
    }

    private func place(line: Int, column: Int) -> SourceLocation {
        SourceLocation(path: path, line: line, column: column)
    }
}

/// What an entry is, for messages: `project 'park-app'` / `Projekt 'park-app'`. Built into text
/// only when a message needs it.
struct Subject: CustomStringConvertible, MessageArgument {
    let kind: NodeKind
    let id: String

    var description: String { messageText(in: .en) }

    func messageText(in language: Language) -> String {
        ModelMessage.subject.text(in: language, ["kind": kind.noun(in: language), "id": id])
    }
}
