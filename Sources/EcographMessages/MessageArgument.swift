/// A value that fills a placeholder of a message: text as it is, a number grouped by the
/// language's custom (`1,234` / `1.234`), a ``LocalizedText`` in the message's language.
public protocol MessageArgument {
    /// The value as it reads in a language.
    func messageText(in language: Language) -> String
    /// The number that chooses between singular and plural in `{name|one|many}`; `nil` for text.
    var pluralCount: Int? { get }
}

extension MessageArgument {
    public var pluralCount: Int? { nil }
}

extension String: MessageArgument {
    public func messageText(in language: Language) -> String { self }
}

extension Substring: MessageArgument {
    public func messageText(in language: Language) -> String { String(self) }
}

extension LocalizedText: MessageArgument {
    public func messageText(in language: Language) -> String { text(in: language) }
}

extension Int: MessageArgument {
    public func messageText(in language: Language) -> String { NumberWords.grouped(self, in: language) }
    public var pluralCount: Int? { self }
}

/// Numbers as people write them in a language.
public enum NumberWords {
    /// `12345` → `12,345` in English, `12.345` in German; numbers below 1,000 as they are.
    public static func grouped(_ number: Int, in language: Language) -> String {
        let digits = String(number.magnitude)
        guard digits.count > 3 else { return String(number) }
        let separator: Character = language == .de ? "." : ","
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(separator) }
            result.append(digit)
        }
        return number < 0 ? "-" + result : result
    }

    /// A decimal with one digit after the point: `2.5` / `2,5`.
    public static func decimal(_ number: Double, digits: Int = 1, in language: Language) -> String {
        var factor = 1.0
        for _ in 0..<digits { factor *= 10 }
        let scaled = Int((number * factor).rounded())
        let whole = grouped(scaled / Int(factor), in: language)
        guard digits > 0 else { return whole }
        var fraction = String(abs(scaled) % Int(factor))
        while fraction.count < digits { fraction = "0" + fraction }
        let sign = scaled < 0 && scaled / Int(factor) == 0 ? "-" : ""
        return sign + whole + (language == .de ? "," : ".") + fraction
    }
}
