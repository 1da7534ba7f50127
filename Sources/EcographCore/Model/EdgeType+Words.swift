import EcographMessages
import Synchronization

extension EdgeType {
    /// The relation as a map labels it (`reports-to` / `berichtet an`); a profile's type by its
    /// name and its first other name (`member of committee` / `mitglied in`); a type of the
    /// model's own (`x-…`) as written.
    public func word(in language: Language) -> String {
        if let message = EdgeMessage(rawValue: rawValue) { return message.text(in: language) }
        return Self.profileWords.withLock { $0[self] }?.text(in: language) ?? rawValue
    }

    /// Remembers the words of a profile's relation type for maps and reports.
    static func declareWords(of rule: EdgeTypeRule) {
        let english = rule.type.rawValue.replacingHyphens()
        let german = rule.aliases.first?.replacingHyphens() ?? english
        profileWords.withLock { $0[rule.type] = LocalizedText(en: english, de: german) }
    }

    private static let profileWords = Mutex<[EdgeType: LocalizedText]>([:])
}

extension String {
    fileprivate func replacingHyphens() -> String { String(map { $0 == "-" ? " " : $0 }) }
}
