import EcographMessages

extension NodeKind {
    /// The noun for one node of this kind in a language, for messages and labels
    /// (`project` / `Projekt`).
    public func noun(in language: Language) -> String { localizedNoun.text(in: language) }

    /// The plural noun in a language (`projects` / `Projekte`).
    public func pluralNoun(in language: Language) -> String { localizedPluralNoun.text(in: language) }

    /// The noun in both languages.
    public var localizedNoun: LocalizedText {
        nounMessage?.text ?? KindRegistry.shared.entry(at: Int(index) - NodeKind.builtInNames.count).noun
    }

    /// The plural noun in both languages.
    public var localizedPluralNoun: LocalizedText {
        pluralMessage?.text ?? KindRegistry.shared.entry(at: Int(index) - NodeKind.builtInNames.count).plural
    }

    /// `3 Projekte`, `1 Rolle`: a count with the noun in its number.
    public func counted(_ count: Int, in language: Language) -> String {
        NumberWords.grouped(count, in: language) + " " + (count == 1 ? noun(in: language) : pluralNoun(in: language))
    }

    /// The kinds as options and rules take them, each with its German word: `system (System),
    /// field (Gestaltungsfeld), …`; by default the built-in ones, then those of profiles read.
    public static func allowedWords(_ kinds: [NodeKind] = known) -> LocalizedText {
        LocalizedText(
            en: kinds.map(\.rawValue).joined(separator: ", "),
            de: kinds.map { "\($0.rawValue) (\($0.noun(in: .de)))" }.joined(separator: ", "))
    }

    private var nounMessage: WordMessage? {
        switch self {
        case .system: return .kindSystem
        case .field: return .kindField
        case .targetGroup: return .kindTargetGroup
        case .role: return .kindRole
        case .actor: return .kindActor
        case .format: return .kindFormat
        case .project: return .kindProject
        default: return nil
        }
    }

    private var pluralMessage: WordMessage? {
        switch self {
        case .system: return .kindsSystem
        case .field: return .kindsField
        case .targetGroup: return .kindsTargetGroup
        case .role: return .kindsRole
        case .actor: return .kindsActor
        case .format: return .kindsFormat
        case .project: return .kindsProject
        default: return nil
        }
    }
}
