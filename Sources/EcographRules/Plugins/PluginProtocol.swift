import EcographCore
import Foundation
import EcographMessages

/// The messages between ecograph and an executable rule plugin, protocol `ecograph.rule/1`.
///
/// ecograph starts the plugin once per request, writes one JSON request to its standard input,
/// closes it, and reads one JSON reply from its standard output. The contract is published as
/// `schema/ecograph-rule-plugin.schema.json` and described in `docs/plugins.md`.
public enum PluginProtocol {
    /// The version string both sides put in every message.
    public static let version = "ecograph.rule/1"

    /// The most bytes a reply may have (16 MB); a plugin that says more is stopped.
    public static let replyLimit = 16 << 20

    /// `{"protocol", "request": "describe"}`.
    struct DescribeRequest: Encodable {
        let `protocol` = PluginProtocol.version
        let request = "describe"
    }

    /// `{"protocol", "rules": [{"id", "name", "summary", "severity", "why", "fix", "options": [...]}]}`.
    struct DescribeReply: Decodable {
        let `protocol`: String
        let rules: [RuleEntry]
    }

    struct RuleEntry: Decodable {
        let id: String
        let name: LocalizableString?
        let summary: LocalizableString?
        let severity: String?
        let why: String?
        let fix: String?

        var whyText: String? { why.map(ControlCharacters.stripped) }
        var fixText: String? { fix.map(ControlCharacters.stripped) }
        let options: [OptionEntry]?
    }

    struct OptionEntry: Decodable {
        let name: String
        let summary: String?
        let `default`: OptionValue
    }

    /// A JSON value an option may have: a whole number, a text or a flag.
    enum OptionValue: Codable {
        case integer(Int), text(String), flag(Bool)

        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let flag = try? container.decode(Bool.self) {
                self = .flag(flag)
            } else if let integer = try? container.decode(Int.self) {
                self = .integer(integer)
            } else {
                self = .text(try container.decode(String.self))
            }
        }

        init(_ value: RuleOptionValue) {
            switch value {
            case .integer(let integer): self = .integer(integer)
            case .text(let text): self = .text(text)
            case .flag(let flag): self = .flag(flag)
            }
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .integer(let integer): try container.encode(integer)
            case .text(let text): try container.encode(text)
            case .flag(let flag): try container.encode(flag)
            }
        }

        var ruleOptionValue: RuleOptionValue {
            switch self {
            case .integer(let integer): return .integer(integer)
            case .text(let text): return .text(text)
            case .flag(let flag): return .flag(flag)
            }
        }
    }

    /// A text in one language for both, or `{"en", "de"}`.
    enum LocalizableString: Decodable {
        case plain(String), localized(en: String?, de: String?)

        init(from decoder: Decoder) throws {
            if let text = try? decoder.singleValueContainer().decode(String.self) {
                self = .plain(text)
                return
            }
            let pair = try decoder.singleValueContainer().decode([String: String].self)
            self = .localized(en: pair["en"], de: pair["de"])
        }

        var text: LocalizedText {
            switch self {
            case .plain(let text): return LocalizedText(ControlCharacters.stripped(text))
            case .localized(let en, let de):
                return LocalizedText(
                    en: ControlCharacters.stripped(en ?? de ?? ""), de: ControlCharacters.stripped(de ?? en ?? ""))
            }
        }
    }

    /// `{"protocol", "request": "check", "rule": ID, "options": {...}, "graph": {canonical graph}}`:
    /// the bytes a plugin receives to check `rule` (for tools that drive a plugin themselves).
    public static func checkRequest(rule: String, options: RuleOptions, graph: EcosystemGraph) throws -> Data {
        struct Header: Encodable {
            let `protocol` = PluginProtocol.version
            let request = "check"
            let rule: String
            let options: [String: OptionValue]
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let header = try encoder.encode(Header(rule: rule, options: options.all.mapValues(OptionValue.init)))
        // Splice the canonical graph in as the last member: {"options":…,"protocol":…,"request":…,"rule":…,"graph":{…}}
        var data = header.dropLast()
        data.append(contentsOf: Array(#","graph":"#.utf8))
        data.append(try CanonicalGraph(graph).jsonData())
        data.append(UInt8(ascii: "}"))
        return Data(data)
    }

    /// `{"protocol", "findings": [{"rule", "subjects", "message", "hint"}], "errors": [TEXT]}`.
    struct CheckReply: Decodable {
        let `protocol`: String
        let findings: [FindingEntry]?
        let errors: [String]?
    }

    struct FindingEntry: Decodable {
        let rule: String?
        let subjects: [String]
        let message: LocalizableString
        let hint: LocalizableString?
    }

    /// The keys each object of a reply may have, by where the object is.
    static let knownKeys: [String: Set<String>] = [
        "describe": ["protocol", "rules"],
        "describe.rules": ["id", "name", "summary", "severity", "why", "fix", "options"],
        "describe.rules.options": ["name", "summary", "default"],
        "check": ["protocol", "findings", "errors"],
        "check.findings": ["rule", "subjects", "message", "hint"],
    ]

    /// The keys of a reply that the protocol does not have, as `(key, where)`: `("defaultSeverity",
    /// "rules[0]")`. Texts in two languages (`{"en", "de"}`) are not looked into.
    static func unknownKeys(in reply: Data, request: String) -> [(key: String, place: String)] {
        guard let root = try? JSONSerialization.jsonObject(with: reply) as? [String: Any] else { return [] }
        var found: [(String, String)] = []
        func visit(_ object: [String: Any], kind: String, place: String) {
            let known = knownKeys[kind] ?? []
            for key in object.keys.sorted() {
                guard known.contains(key) else {
                    found.append((key, place))
                    continue
                }
                if let items = object[key] as? [Any], knownKeys["\(kind).\(key)"] != nil {
                    for (index, item) in items.enumerated() {
                        if let item = item as? [String: Any] {
                            visit(item, kind: "\(kind).\(key)", place: (place.isEmpty ? "" : place + ".") + "\(key)[\(index)]")
                        }
                    }
                }
            }
        }
        visit(root, kind: request, place: "")
        return found
    }

    /// The offset of the first byte that is not part of valid UTF-8, or `nil` when all are.
    static func firstInvalidUTF8Byte(in data: Data) -> Int? {
        if String(validating: data, as: UTF8.self) != nil { return nil }
        var decoder = UTF8()
        var iterator = data.makeIterator()
        var offset = 0
        while case .scalarValue(let scalar) = decoder.decode(&iterator) {
            offset += UTF8.width(scalar)
        }
        return offset
    }

    /// A decoding error in a few words.
    static func explain(_ error: Error) -> LocalizedText {
        switch error as? DecodingError {
        case .keyNotFound(let key, let context)?:
            return PluginMessage.missingKey(["path": (context.codingPath + [key]).map(\.stringValue).joined(separator: ".")])
        case .typeMismatch(_, let context)?, .valueNotFound(_, let context)?:
            return PluginMessage.wrongType(["path": context.codingPath.map(\.stringValue).joined(separator: ".")])
        case .dataCorrupted?:
            return PluginMessage.notJSON.text
        default:
            return LocalizedText("\(error)")
        }
    }
}
