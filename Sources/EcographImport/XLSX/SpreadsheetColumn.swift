/// Spreadsheet column letters: `A` is column 0, `Z` 25, `AA` 26, `XFD` 16,383 (Excel's last).
public enum SpreadsheetColumn {
    /// The letters of a column (0 is `A`).
    public static func letters(_ index: Int) -> String {
        var number = index + 1
        var letters = ""
        while number > 0 {
            let remainder = (number - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + remainder))) + letters
            number = (number - 1) / 26
        }
        return letters
    }

    /// The column and row of a cell reference (`C7` → column 2, row 7); `nil` when it is none.
    static func position(of reference: String) -> (column: Int, row: Int)? {
        var column = 0
        var row = 0
        var letters = 0
        var digits = 0
        for scalar in reference.unicodeScalars {
            switch scalar {
            case "A"..."Z" where digits == 0:
                letters += 1
                guard letters <= 3 else { return nil }
                column = column * 26 + Int(scalar.value - 64)
            case "0"..."9" where letters > 0:
                digits += 1
                guard digits <= 7 else { return nil }
                row = row * 10 + Int(scalar.value - 48)
            default:
                return nil
            }
        }
        guard letters > 0, digits > 0, row > 0 else { return nil }
        return (column - 1, row)
    }
}
