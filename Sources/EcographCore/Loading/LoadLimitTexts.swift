/// The words of the load limits' errors, in English and German, in one place.
enum LoadLimitTexts {
    static func tooDeep(_ limit: Int) -> String {
        "the file nests collections deeper than \(limit) levels"
    }

    static let tooDeepAdvice =
        "a model needs a few levels; if this nesting is intended, raise the limit with --max-depth (at most \(LoadLimits.maxDepthCeiling))"

    static func aliasBudget(_ limit: Int) -> String {
        "the aliases in the file expand to more than \(limit) nodes"
    }

    static let aliasBudgetAdvice =
        "aliases (*name) copy what their anchor (&name) holds; write the entries out, or raise the limit with --max-alias-nodes"

    static func tooDeepGerman(_ limit: Int) -> String {
        "die Datei schachtelt Sammlungen tiefer als \(limit) Ebenen"
    }

    static let tooDeepAdviceGerman =
        "ein Modell braucht wenige Ebenen; ist die Schachtelung gewollt, erhöhen Sie die Grenze mit --max-depth (höchstens \(LoadLimits.maxDepthCeiling))"

    static func aliasBudgetGerman(_ limit: Int) -> String {
        "die Aliasse der Datei ergeben mehr als \(limit) Knoten"
    }

    static let aliasBudgetAdviceGerman =
        "Aliasse (*name) kopieren, was ihr Anker (&name) enthält; schreiben Sie die Einträge aus oder erhöhen Sie die Grenze mit --max-alias-nodes"
}
