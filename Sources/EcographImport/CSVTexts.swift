/// The words of the spreadsheet reader's errors, English and German, in one place.
enum CSVTexts {
    static func unclosedQuote(quoteLine: Int, quoteColumn: Int) -> String {
        "the quote that opens the field at line \(quoteLine), column \(quoteColumn) is never closed; a '\"' is missing, or the field should not start with one"
    }

    static func textAfterQuote(quoteLine: Int, quoteColumn: Int, closedOn line: Int) -> String {
        "the quote that opens the field at line \(quoteLine), column \(quoteColumn) is closed only on line \(line), with more text after it; a '\"' is missing, or the field should not start with one (write a quote inside a quoted field as \"\")"
    }

    static func unclosedQuoteGerman(quoteLine: Int, quoteColumn: Int) -> String {
        "das Anführungszeichen, das das Feld in Zeile \(quoteLine), Spalte \(quoteColumn) öffnet, wird nie geschlossen; es fehlt ein '\"', oder das Feld sollte nicht mit einem beginnen"
    }

    static func textAfterQuoteGerman(quoteLine: Int, quoteColumn: Int, closedOn line: Int) -> String {
        "das Anführungszeichen, das das Feld in Zeile \(quoteLine), Spalte \(quoteColumn) öffnet, wird erst in Zeile \(line) geschlossen, und danach folgt weiterer Text; es fehlt ein '\"', oder das Feld sollte nicht mit einem beginnen (ein Anführungszeichen in einem Feld schreiben Sie als \"\")"
    }
}
