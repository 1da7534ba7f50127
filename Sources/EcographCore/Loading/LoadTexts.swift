/// Words of the loader's newer errors, English and German, in one place.
enum LoadTexts {
    static func controlCharacter(in what: String, _ character: String) -> String {
        "\(what) contains the control character \(character)"
    }

    static let controlCharacterAdvice =
        "remove it; control characters cannot be shown or printed (they come from escapes such as \\e or \\u0000, or from text copied out of other programs)"

    static func controlCharacterGerman(in what: String, _ character: String) -> String {
        "\(what) enthält das Steuerzeichen \(character)"
    }

    static let controlCharacterAdviceGerman =
        "entfernen Sie es; Steuerzeichen lassen sich weder anzeigen noch drucken (sie stammen aus Escapes wie \\e oder \\u0000 oder aus Text, der aus anderen Programmen kopiert wurde)"
}
