import EcographCore
import EcographMessages

/// The metamodel as `ecograph metamodel` shows it: the kinds with their sections and the keys
/// that make relations, and the matrix of relations allowed from kind to kind — as text for
/// a terminal or as Markdown for a wiki. Words are the ones a model of the language uses
/// (`federführend` in German, `accountable` in English).
public struct MetamodelReport: Sendable {
    public let metamodel: Metamodel
    public let language: Language

    public init(metamodel: Metamodel = .builtIn, language: Language = .en) {
        self.metamodel = metamodel
        self.language = language
    }

    /// The kinds, then one line per pair of kinds with relations between them.
    public func text() -> String {
        var lines = [MetamodelMessage.title.text(in: language), "", MetamodelMessage.kindsHeading.text(in: language) + ":"]
        for kind in metamodel.kinds {
            let others = otherNames(kind.section)
            lines.append("  \(kind.kind.noun(in: language)) — \(sectionWord(kind.section))" + (others.isEmpty ? "" : " (\(others.joined(separator: ", ")))"))
            for key in kind.relationKeys {
                lines.append("      " + keyLine(key, of: kind.kind))
            }
        }
        lines += ["", MetamodelMessage.matrixHeading.text(in: language) + ":"]
        for source in kinds {
            for target in kinds {
                let types = metamodel.types(from: source, to: target)
                guard !types.isEmpty else { continue }
                lines.append("  " + MetamodelMessage.fromTo.text(in: language, [
                    "from": source.noun(in: language), "to": target.noun(in: language),
                    "list": types.map(word).joined(separator: ", "),
                ]))
            }
        }
        lines += ["", openTypesLine(), MetamodelMessage.customTypes.text(in: language)]
        return lines.joined(separator: "\n") + "\n"
    }

    /// A page: a table of the kinds, and the relation matrix with kinds as rows and columns.
    public func markdown() -> String {
        var page = "# \(MetamodelMessage.title.text(in: language))\n\n"
        page += "## \(MetamodelMessage.kindsHeading.text(in: language))\n\n\(MetamodelMessage.kindsIntro.text(in: language))\n\n"
        let columns: [MetamodelMessage] = [.kindColumn, .sectionColumn, .alsoColumn, .keysColumn]
        page += "| " + columns.map { $0.text(in: language) }.joined(separator: " | ") + " |\n"
        page += "| " + columns.map { _ in "---" }.joined(separator: " | ") + " |\n"
        for kind in metamodel.kinds {
            let keys = kind.relationKeys.map { keyLine($0, of: kind.kind) }
            page += "| \(kind.kind.noun(in: language)) | `\(sectionWord(kind.section))` | "
                + (otherNames(kind.section).isEmpty ? none : otherNames(kind.section).map { "`\($0)`" }.joined(separator: ", "))
                + " | " + (keys.isEmpty ? none : keys.joined(separator: "<br>")) + " |\n"
        }
        page += "\n## \(MetamodelMessage.matrixHeading.text(in: language))\n\n\(MetamodelMessage.matrixIntro.text(in: language))\n\n"
        page += "| \(MetamodelMessage.matrixCorner.text(in: language)) | " + kinds.map { $0.noun(in: language) }.joined(separator: " | ") + " |\n"
        page += "| --- |" + String(repeating: " --- |", count: kinds.count) + "\n"
        for source in kinds {
            let cells = kinds.map { target in
                let types = metamodel.types(from: source, to: target)
                return types.isEmpty ? none : types.map { "`\(word($0))`" }.joined(separator: ", ")
            }
            page += "| **\(source.noun(in: language))** | " + cells.joined(separator: " | ") + " |\n"
        }
        page += "\n" + openTypesLine(code: true) + " " + MetamodelMessage.customTypes.text(in: language) + "\n"
        return page
    }

    // MARK: - Words

    /// The kinds of the metamodel, in canonical order.
    private var kinds: [NodeKind] { metamodel.kinds.map(\.kind) }

    private var none: String { MetamodelMessage.none.text(in: language) }

    /// The section as a model of the language names it (`projekte`, `projects`).
    private func sectionWord(_ section: Vocabulary.Section) -> String {
        guard let kind = section.kind else { return section.name }
        // A profile's sections are named like its relation types: the first other name is the German one.
        return kind.isBuiltIn ? ModelWords.section(of: kind, in: language) : language == .de ? section.aliases.first ?? section.name : section.name
    }

    /// The section's other names.
    private func otherNames(_ section: Vocabulary.Section) -> [String] {
        ([section.name] + section.aliases).filter { $0 != sectionWord(section) }
    }

    /// A relation type as a model of the language writes it (`federführend`, `accountable`).
    private func word(_ type: EdgeType) -> String {
        // The first alias of every built-in type is its German word (`hält`, `federführend`).
        language == .de ? metamodel.rule(of: type)?.aliases.first ?? type.rawValue : type.rawValue
    }

    /// `federführend → federführend (Akteur/Rolle → Projekt)`: a key, the relation it makes, and its direction.
    private func keyLine(_ key: Metamodel.RelationKey, of kind: NodeKind) -> String {
        // A profile's keys are named like its relation types: the first other name is the German one.
        let isBuiltInKey = kind.isBuiltIn && Vocabulary.keys(of: kind).contains { $0.name == key.key.name }
        let name = isBuiltInKey || language == .en ? ModelWords.key(key.key.name, in: language) : key.key.aliases.first ?? key.key.name
        let entry = kind.noun(in: language)
        let rule = metamodel.rule(of: key.type)
        let named = (key.outgoing ? rule?.targetKinds : rule?.sourceKinds)
            .map { allowed in kinds.filter(allowed.contains).map { $0.noun(in: language) }.joined(separator: "/") } ?? MetamodelMessage.anyKind.text(in: language)
        let direction = key.outgoing ? "\(entry) → \(named)" : "\(named) → \(entry)"
        return "\(name): \(word(key.type)) (\(direction))"
    }

    private func openTypesLine(code: Bool = false) -> String {
        let list = metamodel.openTypes.map { code ? "`\(word($0))`" : word($0) }.joined(separator: ", ")
        return MetamodelMessage.openTypes.text(in: language, ["list": list])
    }
}
