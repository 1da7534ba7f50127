import EcographMessages

extension EdgeType {
    /// The relation as a map labels it (`reports-to` / `berichtet an`); a type of the model's
    /// own (`x-…`) as written.
    public func word(in language: Language) -> String {
        EdgeMessage(rawValue: rawValue)?.text(in: language) ?? rawValue
    }
}
