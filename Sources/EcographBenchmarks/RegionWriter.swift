/// Writes a ``GeneratedModel`` as YAML or JSON text.
enum RegionWriter {
    /// - Parameter namesEcosystem: Whether the text names the ecosystem (of a region written
    ///   as many files, only the first does).
    static func yaml(_ model: GeneratedModel, namesEcosystem: Bool = true) -> String {
        var out = ""
        out.reserveCapacity(model.sections.values.reduce(0) { $0 + $1.count } * 160)
        out += "# Synthetic region written by `ecograph-benchmark generate`; every 2nd municipality in German.\n"
        if namesEcosystem { out += "ecosystem: \(quoted(model.name))\n" }
        for section in GeneratedModel.sectionOrder {
            guard let entries = model.sections[section] else { continue }
            out += "\n\(section):\n"
            for entry in entries {
                // Short entries on one line, as in the samples; projects as blocks.
                if section != "projects" {
                    let keys = entry.keys.map { key, value in "\(key): \(yamlValue(value))" }
                    out += "  \(entry.id): { \(keys.joined(separator: ", ")) }\n"
                } else {
                    out += "  \(entry.id):\n"
                    for (key, value) in entry.keys { out += "    \(key): \(yamlValue(value))\n" }
                }
            }
        }
        if !model.relations.isEmpty {
            out += "\nrelations:\n"
            for relation in model.relations {
                out += "  - { from: \(relation.from), type: \(relation.type), to: \(relation.to) }\n"
            }
        }
        return out
    }

    static func json(_ model: GeneratedModel) -> String {
        var out = ""
        out.reserveCapacity(model.sections.values.reduce(0) { $0 + $1.count } * 200)
        out += "{\n  \"ecosystem\": \(quoted(model.name))"
        for section in GeneratedModel.sectionOrder {
            guard let entries = model.sections[section] else { continue }
            out += ",\n  \"\(section)\": {"
            for (number, entry) in entries.enumerated() {
                let keys = entry.keys.map { key, value in "\(quoted(key)): \(jsonValue(value))" }
                out += (number == 0 ? "\n" : ",\n") + "    \(quoted(entry.id)): { \(keys.joined(separator: ", ")) }"
            }
            out += "\n  }"
        }
        if !model.relations.isEmpty {
            out += ",\n  \"relations\": ["
            for (number, relation) in model.relations.enumerated() {
                out += (number == 0 ? "\n" : ",\n")
                out += "    { \"from\": \(quoted(relation.from)), \"type\": \(quoted(relation.type)), \"to\": \(quoted(relation.to)) }"
            }
            out += "\n  ]"
        }
        out += "\n}\n"
        return out
    }

    private static func yamlValue(_ value: GeneratedModel.Value) -> String {
        switch value {
        case .text(let text): return needsQuotes(text) ? quoted(text) : text
        case .id(let id): return id
        case .ids(let ids): return "[\(ids.joined(separator: ", "))]"
        }
    }

    private static func jsonValue(_ value: GeneratedModel.Value) -> String {
        switch value {
        case .text(let text), .id(let text): return quoted(text)
        case .ids(let ids): return "[\(ids.map(quoted).joined(separator: ", "))]"
        }
    }

    /// Whether a text must be quoted in YAML flow context.
    private static func needsQuotes(_ text: String) -> Bool {
        text.contains { ":#,[]{}&*!|>'\"%@`".contains($0) } || text.first == " " || text.first == "-"
    }

    /// A double-quoted text, valid in both YAML and JSON.
    private static func quoted(_ text: String) -> String {
        var out = "\""
        for character in text {
            switch character {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            default: out.append(character)
            }
        }
        return out + "\""
    }
}
