/// German letters spelt out in ASCII, as in ids and folded headings: `ä` → `ae`, `ß` → `ss`.
enum Umlauts {
    /// The ASCII spelling of a lower-case umlaut or `ß`; `nil` for other characters.
    static func spelledOut(_ character: Character) -> String? {
        switch character {
        case "ä": return "ae"
        case "ö": return "oe"
        case "ü": return "ue"
        case "ß": return "ss"
        default: return nil
        }
    }
}
