/// The languages ecograph speaks: every text a user sees exists in each.
public enum Language: String, CaseIterable, Codable, Sendable {
    case en
    case de

    /// The language a user's environment asks for: `ECOGRAPH_LANG`, then `LC_ALL`,
    /// `LC_MESSAGES` and `LANG`, as the C library reads them (`de_DE.UTF-8` → German). The first
    /// variable that is set and not empty decides; English when it names no language of ours.
    ///
    /// ```swift
    /// Language.preferred(by: ["LANG": "de_DE.UTF-8"])   // .de
    /// Language.preferred(by: ["ECOGRAPH_LANG": "en", "LANG": "de_DE.UTF-8"])   // .en
    /// ```
    public static func preferred(by environment: [String: String]) -> Language {
        for name in ["ECOGRAPH_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            return Language(localeName: value) ?? .en
        }
        return .en
    }

    /// The language of a locale name: `de`, `de_DE.UTF-8`, `de-AT`, `en_GB`; `nil` for others
    /// (`C`, `POSIX`, `fr_FR`).
    public init?(localeName: String) {
        let code = localeName.prefix { $0.isLetter }.lowercased()
        guard let language = Language(rawValue: code) else { return nil }
        self = language
    }
}
