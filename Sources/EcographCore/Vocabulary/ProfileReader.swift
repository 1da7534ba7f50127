import EcographMessages
internal import EcographSyntax

extension Metamodel {
    /// This metamodel extended by profile files, read in order (see `docs/profiles.md`): their
    /// kinds, keys and relation types. Throws ``InvalidModel`` with every mistake at its place —
    /// including any attempt to redefine a built-in word — and nothing is extended then.
    public func adding(profiles files: [String], limits: LoadLimits = LoadLimits()) throws(InvalidModel) -> Metamodel {
        var metamodel = self
        var problems: [Diagnostic] = []
        for file in files {
            do {
                let root = try SyntaxStage.document(ofFile: file, cannotRead: ProfileMessage.cannotRead.text, limits: limits).rootValue
                var reader = ProfileReader(file: file, base: metamodel)
                if let extended = reader.read(root) { metamodel = extended }
                problems += reader.problems
            } catch {
                problems += error.diagnostics
            }
        }
        if !problems.isEmpty { throw InvalidModel(diagnostics: problems) }
        return metamodel
    }

    /// The top-level keys a profile file may have; `rules` is read by the rule-file loader.
    public static let profileKeys = ["kinds", "keys", "relations", "words", "rules"]
}

/// Walks one profile file against the metamodel it extends, collecting problems.
private struct ProfileReader {
    let file: String
    let base: Metamodel
    var problems: [Diagnostic] = []
    /// Every word of the vocabulary so far (sections, kinds, relation types), normalised, with what it names.
    private var taken: [String: LocalizedText] = [:]
    /// Kinds declared with mistakes: named elsewhere in the file, they are not reported again as unknown.
    private var failedKinds: Set<String> = []
    /// Relation types declared with mistakes: keys that make them are not reported again.
    private var failedRelations: Set<String> = []

    static let kindKeys = ["section", "aliases", "noun", "plural", "style", "keys"]
    static let keyKeys = ["aliases", "relation", "direction"]
    static let relationKeys = ["aliases", "from", "to"]
    static let styleKeys = ["shape", "color"]

    init(file: String, base: Metamodel) {
        self.file = file
        self.base = base
        for section in base.sections {
            for word in [section.name] + section.aliases {
                taken[Vocabulary.normalise(word)] = ProfileMessage.whatSection(["name": section.name])
            }
        }
        for rule in base.relations {
            for word in [rule.type.rawValue] + rule.aliases {
                taken[Vocabulary.normalise(word)] = ProfileMessage.whatRelation(["name": rule.type.rawValue])
            }
        }
    }

    mutating func error(_ message: LocalizedText, advice: LocalizedText? = nil, at node: YAMLValue?) {
        problems.append(Diagnostic(.error, message, advice: advice, at: SourceLocation(file: file, at: node)))
    }

    /// The extended metamodel, or `nil` when the file has mistakes.
    mutating func read(_ root: YAMLValue?) -> Metamodel? {
        guard let root else { return base }
        guard root.kind == .mapping else {
            error(ProfileMessage.notMapping.text, at: root)
            return nil
        }
        for (key, _) in root.pairs where !Metamodel.profileKeys.contains(key.string ?? "") {
            error(
                ProfileMessage.unknownTopKey(["key": key.string ?? ""]),
                advice: Suggestion.advice(key.string ?? "", in: Metamodel.profileKeys) ?? ProfileMessage.topKeysAre.text, at: key)
        }
        // Kinds first, so that relations may name them; relations next, so that keys may make them.
        var kinds: [(kind: NodeKind, section: Vocabulary.Section, style: Metamodel.Style?, keys: YAMLValue?)] = []
        if let node = root["kinds"], let entries = mapping(node, what: LocalizedText("kinds")) {
            for (nameNode, body) in entries {
                if let kind = declareKind(nameNode, body) { kinds.append(kind) }
            }
        }
        let known = base.kinds.map(\.kind) + kinds.map(\.kind)
        var relations: [EdgeTypeRule] = []
        if let node = root["relations"], let entries = mapping(node, what: LocalizedText("relations")) {
            for (nameNode, body) in entries {
                if let rule = relation(nameNode, body, kinds: kinds.map(\.kind)) { relations.append(rule) }
            }
        }
        let types = base.relations + relations
        var newKinds: [Metamodel.Kind] = []
        for declared in kinds {
            let keys = declared.keys.map { readKeys($0, of: declared.kind, existing: Vocabulary.commonKeys, types: types) } ?? []
            newKinds.append(Metamodel.Kind(
                kind: declared.kind, section: declared.section, keys: Vocabulary.commonKeys + keys, style: declared.style))
        }
        var extendedBase = base.kinds
        if let node = root["keys"], let entries = mapping(node, what: LocalizedText("keys")) {
            for (kindNode, body) in entries {
                guard let word = text(kindNode, what: ProfileMessage.whatKind(["name": ""])) else { continue }
                guard let named = base.kind(named: word), let position = extendedBase.firstIndex(where: { $0.kind == named }) else {
                    unknownKind(word, at: kindNode, known: known)
                    continue
                }
                let kind = extendedBase[position]
                let added = readKeys(body, of: kind.kind, existing: kind.keys, types: types)
                extendedBase[position] = Metamodel.Kind(kind: kind.kind, section: kind.section, keys: kind.keys + added, style: kind.style)
            }
        }
        if let node = root["words"] {
            extendedBase = words(node, kinds: extendedBase)
        }
        guard problems.isEmpty else { return nil }
        relations.forEach(EdgeType.declareWords(of:))
        return Metamodel(kinds: extendedBase + newKinds, relations: types, profileFiles: base.profileFiles + [file])
    }

    // MARK: - Kinds

    private mutating func declareKind(
        _ nameNode: YAMLValue, _ body: YAMLValue
    ) -> (kind: NodeKind, section: Vocabulary.Section, style: Metamodel.Style?, keys: YAMLValue?)? {
        guard let name = validName(nameNode, what: ProfileMessage.whatKind(["name": nameNode.string ?? ""])) else { return nil }
        let what = ProfileMessage.whatKind(["name": name])
        if let existing = NodeKind(rawValue: name), existing.isBuiltIn || base.kind(existing) != nil {
            if existing.isBuiltIn {
                error(ProfileMessage.builtInName(["name": name]), advice: ProfileMessage.builtInAdvice.text, at: nameNode)
            } else {
                error(ProfileMessage.declaredElsewhere(["name": name, "place": base.profileFiles.joined(separator: ", ")]), at: nameNode)
            }
            return nil
        }
        failedKinds.insert(name)
        guard let fields = fields(body, allowed: Self.kindKeys, what: what) else { return nil }
        let before = problems.count
        let sectionNode = fields["section"]
        let section = sectionNode.flatMap { validName($0, what: ProfileMessage.whatSection(["name": $0.string ?? ""])) }
        if sectionNode == nil { error(ProfileMessage.missing(["what": what, "key": "section"]), at: nameNode) }
        let aliases = fields["aliases"].map { words($0, what: LocalizedText("aliases")) } ?? []
        let noun = localized(fields["noun"], what: what, key: "noun", at: nameNode)
        let plural = localized(fields["plural"], what: what, key: "plural", at: nameNode)
        let style = fields["style"].flatMap { readStyle($0, what: what) }
        var sectionWords: [(String, YAMLValue?)] = section.map { [($0, sectionNode)] } ?? []
        sectionWords += aliases.map { ($0.word, $0.node) }
        for (word, node) in sectionWords { take(word, for: ProfileMessage.whatSection(["name": section ?? name]), at: node) }
        // Mistakes in its style or keys leave the kind declared, so that the rest of the file is checked against it.
        guard let section, let noun, let plural, !problems[before...].contains(where: { $0.location?.line == sectionNode?.line }) else { return nil }
        guard let kind = NodeKind.declare(name, noun: noun, plural: plural, style: style) else {
            error(
                ProfileMessage.tooManyKinds(["name": name, "max": NodeKind.capacity]),
                advice: ProfileMessage.tooManyKindsAdvice.text, at: nameNode)
            return nil
        }
        failedKinds.remove(name)
        return (kind, Vocabulary.Section(name: section, aliases: aliases.map(\.word), kind: kind), style, fields["keys"])
    }

    private mutating func readStyle(_ node: YAMLValue, what: LocalizedText) -> Metamodel.Style? {
        guard let fields = fields(node, allowed: Self.styleKeys, what: LocalizedText("style")) else { return nil }
        var shape = "box"
        if let shapeNode = fields["shape"], let word = text(shapeNode, what: LocalizedText("shape")) {
            if Metamodel.Style.shapes.contains(word) {
                shape = word
            } else {
                error(
                    ProfileMessage.badShape(["shape": word]),
                    advice: Suggestion.advice(word, in: Metamodel.Style.shapes)
                        ?? ProfileMessage.shapesAre(["list": Metamodel.Style.shapes.joined(separator: ", ")]),
                    at: shapeNode)
            }
        }
        var color = "#eeeeee"
        if let colorNode = fields["color"], let word = text(colorNode, what: LocalizedText("color")) {
            let digits = word.utf8.dropFirst()
            if word.utf8.first == UInt8(ascii: "#"), digits.count == 6, digits.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x66) }) {
                color = word.lowercased()
            } else {
                error(ProfileMessage.badColor(["color": word]), advice: ProfileMessage.badColorAdvice.text, at: colorNode)
            }
        }
        return Metamodel.Style(shape: shape, color: color)
    }

    // MARK: - Relations

    private mutating func relation(_ nameNode: YAMLValue, _ body: YAMLValue, kinds: [NodeKind]) -> EdgeTypeRule? {
        guard let name = validName(nameNode, what: ProfileMessage.whatRelation(["name": nameNode.string ?? ""])) else { return nil }
        let what = ProfileMessage.whatRelation(["name": name])
        if EdgeType(word: name) != nil || name.hasPrefix("x-") {
            error(ProfileMessage.builtInName(["name": name]), advice: ProfileMessage.builtInAdvice.text, at: nameNode)
            return nil
        }
        let fields = body.isNull ? [:] : self.fields(body, allowed: Self.relationKeys, what: what) ?? [:]
        let before = problems.count
        let aliases = fields["aliases"].map { words($0, what: LocalizedText("aliases")) } ?? []
        for (word, node) in [(name, nameNode)] + aliases.map({ ($0.word, $0.node) }) { take(word, for: what, at: node) }
        let sources = fields["from"].map { kindSet($0, kinds: kinds) }
        let targets = fields["to"].map { kindSet($0, kinds: kinds) }
        guard problems.count == before else {
            failedRelations.formUnion(([name] + aliases.map(\.word)).map(Vocabulary.normalise))
            return nil
        }
        return EdgeTypeRule(type: EdgeType(rawValue: name), sourceKinds: sources, targetKinds: targets, aliases: aliases.map(\.word))
    }

    private mutating func kindSet(_ node: YAMLValue, kinds: [NodeKind]) -> Set<NodeKind> {
        var set: Set<NodeKind> = []
        for (word, place) in words(node, what: LocalizedText("from/to")) {
            let normalised = Vocabulary.normalise(word)
            if let kind = base.kind(named: word) ?? kinds.first(where: { $0.rawValue == normalised }) {
                set.insert(kind)
            } else if !failedKinds.contains(normalised) {
                unknownKind(word, at: place, known: base.kinds.map(\.kind) + kinds)
            }
        }
        return set
    }

    private mutating func unknownKind(_ word: String, at node: YAMLValue?, known: [NodeKind]) {
        let names = known.map(\.rawValue)
        error(
            ProfileMessage.unknownKind(["word": word]),
            advice: Suggestion.advice(word, in: names) ?? ProfileMessage.kindsAre(["list": names.joined(separator: ", ")]), at: node)
    }

    // MARK: - Keys

    private mutating func readKeys(_ node: YAMLValue, of kind: NodeKind, existing: [Vocabulary.Key], types: [EdgeTypeRule]) -> [Vocabulary.Key] {
        let owner = ProfileMessage.whatKind(["name": kind.rawValue])
        guard let entries = mapping(node, what: ProfileMessage.whatKeysOf(["kind": owner])) else { return [] }
        var words: [String: LocalizedText] = [:]
        for key in existing {
            for word in [key.name] + key.aliases { words[Vocabulary.normalise(word)] = ProfileMessage.whatKey(["name": key.name, "kind": owner]) }
        }
        var keys: [Vocabulary.Key] = []
        for (nameNode, body) in entries {
            guard let name = validName(nameNode, what: ProfileMessage.whatKey(["name": nameNode.string ?? "", "kind": owner])) else { continue }
            let what = ProfileMessage.whatKey(["name": name, "kind": owner])
            let fields = body.isNull ? [:] : self.fields(body, allowed: Self.keyKeys, what: what) ?? [:]
            let before = problems.count
            let aliases = fields["aliases"].map { self.words($0, what: LocalizedText("aliases")) } ?? []
            for (word, place) in [(name, nameNode)] + aliases.map({ ($0.word, $0.node) }) {
                let normalised = Vocabulary.normalise(word)
                if name.hasPrefix("x-") {
                    error(ProfileMessage.badName(["name": name, "what": what]), at: place)
                } else if let owner = words[normalised] {
                    error(ProfileMessage.wordTaken(["word": word, "owner": owner]), advice: ProfileMessage.wordTakenAdvice.text, at: place)
                } else {
                    words[normalised] = what
                }
            }
            var meaning = Vocabulary.Meaning.text
            if let relationNode = fields["relation"], let word = text(relationNode, what: LocalizedText("relation")) {
                let normalised = Vocabulary.normalise(word)
                let type = types.first { rule in
                    rule.type.rawValue == normalised || rule.aliases.contains { Vocabulary.normalise($0) == normalised }
                }?.type
                var outgoing = true
                if let directionNode = fields["direction"], let direction = text(directionNode, what: LocalizedText("direction")) {
                    switch direction {
                    case "out": outgoing = true
                    case "in": outgoing = false
                    default: error(ProfileMessage.badDirection(["word": direction]), at: directionNode)
                    }
                }
                if let type {
                    meaning = .reference(type, outgoing: outgoing)
                } else if failedRelations.contains(normalised) {
                    continue
                } else {
                    error(ProfileMessage.unknownRelation(["word": word]), advice: ProfileMessage.unknownRelationAdvice.text, at: relationNode)
                }
            } else if let directionNode = fields["direction"] {
                error(ProfileMessage.missing(["what": what, "key": "relation"]), at: directionNode)
            }
            guard problems.count == before else { continue }
            keys.append(Vocabulary.Key(name: name, aliases: aliases.map(\.word), meaning: meaning))
        }
        return keys
    }

    // MARK: - Words

    /// `words: { status: { running: [in-umsetzung] } }`: more words for the closed word sets;
    /// the kinds with every key of such a set reading them.
    private mutating func words(_ node: YAMLValue, kinds: [Metamodel.Kind]) -> [Metamodel.Kind] {
        guard let entries = mapping(node, what: LocalizedText("words")) else { return kinds }
        let terms = base.terms
        let names = terms.keys.sorted().map { $0.replacingOccurrences(of: " ", with: "-") }
        var extended: [String: Vocabulary.TermDescriptor] = [:]
        for (nameNode, body) in entries {
            guard let name = text(nameNode, what: LocalizedText("words")) else { continue }
            guard let term = terms[Vocabulary.normalise(name).replacingOccurrences(of: "-", with: " ")] else {
                error(
                    ProfileMessage.unknownWordSet(["name": name]),
                    advice: Suggestion.advice(name, in: names) ?? ProfileMessage.wordSetsAre(["list": names.joined(separator: ", ")]),
                    at: nameNode)
                continue
            }
            guard let canonicals = mapping(body, what: LocalizedText(name)) else { continue }
            var added: [(word: String, canonical: String)] = []
            var seen: [String: String] = [:]
            for (canonicalNode, wordsNode) in canonicals {
                guard let canonicalWord = text(canonicalNode, what: LocalizedText(name)) else { continue }
                guard let canonical = term.canonical(canonicalWord) else {
                    error(
                        ProfileMessage.unknownWordOfSet(["word": canonicalWord, "name": name]),
                        advice: Suggestion.advice(canonicalWord, in: term.allWords) ?? ProfileMessage.wordsAre(["list": term.words.joined(separator: ", ")]),
                        at: canonicalNode)
                    continue
                }
                for (word, place) in words(wordsNode, what: LocalizedText(canonicalWord)) {
                    let normalised = Vocabulary.normalise(word)
                    if let meaning = term.canonical(word) ?? seen[normalised] {
                        error(ProfileMessage.wordTaken(["word": word, "owner": LocalizedText("'\(meaning)'")]), advice: ProfileMessage.wordTakenAdvice.text, at: place)
                    } else {
                        seen[normalised] = canonical
                        added.append((word, canonical))
                    }
                }
            }
            extended[term.termName] = term.adding(added)
        }
        return kinds.map { kind in
            let keys = kind.keys.map { key -> Vocabulary.Key in
                guard case .term(let term) = key.meaning, let replacement = extended[term.termName] else { return key }
                return Vocabulary.Key(name: key.name, aliases: key.aliases, meaning: .term(replacement))
            }
            return Metamodel.Kind(kind: kind.kind, section: kind.section, keys: keys, style: kind.style)
        }
    }

    // MARK: - Values

    /// Records that a word names something now; a word taken before is an error.
    private mutating func take(_ word: String, for what: LocalizedText, at node: YAMLValue?) {
        let normalised = Vocabulary.normalise(word)
        if let owner = taken[normalised] {
            error(ProfileMessage.wordTaken(["word": word, "owner": owner]), advice: ProfileMessage.wordTakenAdvice.text, at: node)
        } else {
            taken[normalised] = what
        }
    }

    /// A name of a kind, key, relation type or section: lower-case letters, digits, hyphens and umlauts.
    private mutating func validName(_ node: YAMLValue, what: LocalizedText) -> String? {
        guard let word = text(node, what: what) else { return nil }
        let valid = word.first.map { $0.isLetter && $0.isLowercase } == true
            && word.allSatisfy { ($0.isLetter && $0.isLowercase) || $0.isNumber && $0.isASCII || $0 == "-" }
        guard valid else {
            error(ProfileMessage.badName(["name": word, "what": what]), at: node)
            return nil
        }
        return word
    }

    private mutating func text(_ node: YAMLValue, what: LocalizedText) -> String? {
        guard let word = node.string, !node.isNull else {
            error(ProfileMessage.notText(["what": what]), at: node)
            return nil
        }
        return word
    }

    /// One word or a list of words, each with its node.
    private mutating func words(_ node: YAMLValue, what: LocalizedText) -> [(word: String, node: YAMLValue)] {
        if node.kind == .scalar { return text(node, what: what).map { [($0, node)] } ?? [] }
        guard node.kind == .sequence else {
            error(ProfileMessage.notList(["what": what]), at: node)
            return []
        }
        return node.items.compactMap { item in text(item, what: what).map { ($0, item) } }
    }

    /// `{ en: …, de: … }`, or one text for both languages.
    private mutating func localized(_ node: YAMLValue?, what: LocalizedText, key: String, at owner: YAMLValue) -> LocalizedText? {
        guard let node else {
            error(ProfileMessage.missing(["what": what, "key": key]), at: owner)
            return nil
        }
        if node.kind == .scalar { return text(node, what: LocalizedText(key)).map { LocalizedText($0) } }
        guard let fields = fields(node, allowed: ["en", "de"], what: LocalizedText(key)) else { return nil }
        guard let en = fields["en"].flatMap({ text($0, what: LocalizedText("en")) }),
            let de = fields["de"].flatMap({ text($0, what: LocalizedText("de")) }) else {
            if fields["en"] == nil || fields["de"] == nil {
                error(ProfileMessage.missing(["what": LocalizedText(key), "key": fields["en"] == nil ? "en" : "de"]), at: node)
            }
            return nil
        }
        return LocalizedText(en: en, de: de)
    }

    private mutating func mapping(_ node: YAMLValue, what: LocalizedText) -> [(key: YAMLValue, value: YAMLValue)]? {
        if node.isNull { return [] }
        guard node.kind == .mapping else {
            error(ProfileMessage.notMappingAt(["what": what]), at: node)
            return nil
        }
        return node.pairs
    }

    /// A mapping's values by key, with unknown keys reported.
    private mutating func fields(_ node: YAMLValue, allowed: [String], what: LocalizedText) -> [String: YAMLValue]? {
        guard let pairs = mapping(node, what: what) else { return nil }
        var fields: [String: YAMLValue] = [:]
        for (key, value) in pairs {
            let word = key.string ?? ""
            guard allowed.contains(word) else {
                error(
                    ProfileMessage.unknownKey(["key": word, "what": what]),
                    advice: Suggestion.advice(word, in: allowed) ?? ProfileMessage.keysAre(["list": allowed.joined(separator: ", ")]),
                    at: key)
                continue
            }
            fields[word] = value
        }
        return fields
    }
}
