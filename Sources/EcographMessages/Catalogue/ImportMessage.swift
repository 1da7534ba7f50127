/// What `ecograph import` says: reading CSV files and Excel workbooks, matching their columns to
/// the model's keys, the problems of rows and cells, and what was written.
public enum ImportMessage: String, MessageArea {
    public static let area = "import"

    // Reading text.
    case cannotRead = "cannot-read"
    case noSuchFile = "no-such-file"
    case isDirectory = "is-directory"
    case notReadable = "not-readable"
    case standardInput = "standard-input"
    case utf16
    case notUTF8 = "not-utf8"
    case utf8ReadAsSingleByte = "utf8-read-as-single-byte"
    case notWindows1252 = "not-windows-1252"
    case latin1Control = "latin1-control"
    case readAsWindows1252 = "read-as-windows-1252"
    case mojibake
    case emptyFile = "empty-file"
    case unclosedQuote = "unclosed-quote"
    case textAfterQuote = "text-after-quote"
    // Reading workbooks.
    case isWorkbook = "is-workbook"
    case isOldWorkbook = "is-old-workbook"
    case isNotWorkbook = "is-not-workbook"
    case tooLarge = "too-large"
    case notAZip = "not-a-zip"
    case partDamaged = "part-damaged"
    case noSheets = "no-sheets"
    case badCellReference = "bad-cell-reference"
    case badSharedString = "bad-shared-string"
    case tooManyCells = "too-many-cells"
    case formulaWithoutResult = "formula-without-result"
    case partMissing = "part-missing"
    case partTooLarge = "part-too-large"
    case partNotXML = "part-not-xml"
    case partDeclaresDoctype = "part-declares-doctype"
    case partNotUTF8 = "part-not-utf8"
    case workbookTimedOut = "workbook-timed-out"
    case unknownSheet = "unknown-sheet"
    case sheetsAre = "sheets-are"
    case sheetEmpty = "sheet-empty"
    case tooManyRows = "too-many-rows"
    case tooManyColumns = "too-many-columns"
    case tooManyStrings = "too-many-strings"
    case cellError = "cell-error"
    case valueWithoutHeading = "value-without-heading"
    case sheetRow = "sheet-row"
    case noSheetForCSV = "no-sheet-for-csv"
    case noEncodingForWorkbook = "no-encoding-for-workbook"
    // Columns.
    case headingsInRow = "headings-in-row"
    case columnSkipped = "column-skipped"
    case columnSkippedSuggestion = "column-skipped-suggestion"
    case columnWaivers = "column-waivers"
    case twoColumnsOneKey = "two-columns-one-key"
    case noNameColumn = "no-name-column"
    case mapNotPair = "map-not-pair"
    case mapUnknownColumn = "map-unknown-column"
    case mapUnknownKey = "map-unknown-key"
    case mapBadAttribute = "map-bad-attribute"
    // Rows and cells.
    case fieldCount = "field-count"
    case unknownTerm = "unknown-term"
    case unknownTermSuggestion = "unknown-term-suggestion"
    case notAnId = "not-an-id"
    case notAnIdExample = "not-an-id-example"
    case rowWithoutIdOrName = "row-without-id-or-name"
    case invalidId = "invalid-id"
    case duplicateId = "duplicate-id"
    // Outcome.
    case outputExists = "output-exists"
    case problemCount = "problem-count"
    case wroteProjects = "wrote.projects"
    case wroteActors = "wrote.actors"
    case wroteRoles = "wrote.roles"
    case yamlHeader = "yaml-header"

    public var wording: Wording {
        switch self {
        case .cannotRead:
            Wording(en: "{file}: cannot read the file: {reason}", de: "{file}: Die Datei kann nicht gelesen werden: {reason}")
        case .noSuchFile: Wording(en: "there is no such file", de: "diese Datei gibt es nicht")
        case .isDirectory: Wording(en: "it is a folder", de: "das ist ein Ordner")
        case .notReadable: Wording(en: "you may not read it", de: "Sie dürfen sie nicht lesen")
        case .standardInput: Wording(en: "(standard input)", de: "(Standardeingabe)")
        case .utf16:
            Wording(
                en: "the file is UTF-16 (Excel's 'Unicode Text', separated by tabs); save it as 'CSV UTF-8' instead",
                de: "die Datei ist in UTF-16 gespeichert (Excels 'Unicode-Text', mit Tabulatoren getrennt); speichern Sie sie stattdessen als 'CSV UTF-8'")
        case .notUTF8:
            Wording(
                en: "byte {byte} is not UTF-8; leave out --encoding to have the file read as Windows-1252, as Excel saves CSV, or give --encoding windows-1252",
                de: "das Byte {byte} ist kein UTF-8; lassen Sie --encoding weg, dann wird die Datei wie von Excel gespeichert als Windows-1252 gelesen, oder geben Sie --encoding windows-1252 an")
        case .utf8ReadAsSingleByte:
            Wording(
                en: "the file is UTF-8; read as {encoding} its letters would be garbled ({example}); leave out --encoding or give --encoding utf-8",
                de: "die Datei ist in UTF-8 gespeichert; als {encoding} gelesen würden ihre Buchstaben verfälscht ({example}); lassen Sie --encoding weg oder geben Sie --encoding utf-8 an")
        case .notWindows1252:
            Wording(
                en: "byte {byte} is no character in Windows-1252, so the file is in another encoding; save it as 'CSV UTF-8' (Excel) or with the character set 'Unicode (UTF-8)' (LibreOffice)",
                de: "das Byte {byte} ist in Windows-1252 kein Zeichen, die Datei hat also eine andere Kodierung; speichern Sie sie als 'CSV UTF-8' (Excel) oder mit dem Zeichensatz 'Unicode (UTF-8)' (LibreOffice)")
        case .latin1Control:
            Wording(
                en: "byte {byte} is a control character in Latin-1 ('{character}' in Windows-1252); give --encoding windows-1252",
                de: "das Byte {byte} ist in Latin-1 ein Steuerzeichen (in Windows-1252 '{character}'); geben Sie --encoding windows-1252 an")
        case .readAsWindows1252:
            Wording(
                en: "{file} is not UTF-8; it is read as Windows-1252, the way Excel saves 'CSV (comma delimited)'; --encoding names another encoding",
                de: "{file} ist nicht in UTF-8 gespeichert; die Datei wird als Windows-1252 gelesen, wie Excel 'CSV (Trennzeichen-getrennt)' speichert; mit --encoding legen Sie eine andere Kodierung fest")
        case .mojibake:
            Wording(
                en: "'{found}' in column '{column}' is '{meant}' garbled by an earlier wrong conversion; correct it in the spreadsheet",
                de: "'{found}' in der Spalte '{column}' ist ein durch eine frühere falsche Umwandlung verfälschtes '{meant}'; korrigieren Sie es in der Tabelle")
        case .emptyFile:
            Wording(
                en: "the file is empty; it needs a heading row with the column names",
                de: "die Datei ist leer; sie braucht eine Kopfzeile mit den Spaltennamen")
        case .unclosedQuote:
            Wording(
                en: "the quote that opens the field at line {line}, column {column} is never closed; a '\"' is missing, or the field should not start with one",
                de: "das Anführungszeichen, das das Feld in Zeile {line}, Spalte {column} öffnet, wird nie geschlossen; es fehlt ein '\"', oder das Feld sollte nicht mit einem beginnen")
        case .textAfterQuote:
            Wording(
                en: "the quote that opens the field at line {line}, column {column} is closed only on line {closed}, with more text after it; a '\"' is missing, or the field should not start with one (write a quote inside a quoted field as \"\")",
                de: "das Anführungszeichen, das das Feld in Zeile {line}, Spalte {column} öffnet, wird erst in Zeile {closed} geschlossen, und danach folgt weiterer Text; es fehlt ein '\"', oder das Feld sollte nicht mit einem beginnen (ein Anführungszeichen in einem Feld schreiben Sie als \"\")")
        case .isWorkbook:
            Wording(
                en: "{file} is an Excel workbook (.xlsx); import it with 'ecograph import xlsx'",
                de: "{file} ist eine Excel-Arbeitsmappe (.xlsx); übernehmen Sie sie mit 'ecograph import xlsx'")
        case .isOldWorkbook:
            Wording(
                en: "{file} is a workbook of Excel 97–2003 (.xls); save it as 'Excel Workbook (*.xlsx)' or as CSV",
                de: "{file} ist eine Arbeitsmappe von Excel 97–2003 (.xls); speichern Sie sie als 'Excel-Arbeitsmappe (*.xlsx)' oder als CSV")
        case .isNotWorkbook:
            Wording(
                en: "{file} is no Excel workbook (.xlsx is a zip archive, this is not); save it from Excel as 'Excel Workbook (*.xlsx)', or import a CSV file with 'ecograph import csv'",
                de: "{file} ist keine Excel-Arbeitsmappe (.xlsx ist ein Zip-Archiv, diese Datei nicht); speichern Sie sie in Excel als 'Excel-Arbeitsmappe (*.xlsx)' oder übernehmen Sie eine CSV-Datei mit 'ecograph import csv'")
        case .tooLarge:
            Wording(
                en: "{file} is larger than {limit} MB; ecograph imports spreadsheets up to that size",
                de: "{file} ist größer als {limit} MB; ecograph übernimmt Tabellen bis zu dieser Größe")
        case .notAZip:
            Wording(
                en: "this is no Excel workbook (an .xlsx file is a zip archive, this is not); save it from Excel as 'Excel Workbook (*.xlsx)', or import a CSV file with 'ecograph import csv'",
                de: "das ist keine Excel-Arbeitsmappe (eine .xlsx-Datei ist ein Zip-Archiv, diese nicht); speichern Sie sie in Excel als 'Excel-Arbeitsmappe (*.xlsx)' oder übernehmen Sie eine CSV-Datei mit 'ecograph import csv'")
        case .partDamaged:
            Wording(
                en: "the part '{part}' of the workbook is damaged and cannot be unpacked; open the workbook in Excel or LibreOffice and save it again",
                de: "der Teil '{part}' der Arbeitsmappe ist beschädigt und lässt sich nicht entpacken; öffnen Sie die Arbeitsmappe in Excel oder LibreOffice und speichern Sie sie neu")
        case .noSheets: Wording(en: "the workbook has no sheets", de: "die Arbeitsmappe hat keine Tabellenblätter")
        case .badCellReference:
            Wording(
                en: "a cell of the sheet has the reference '{reference}', which names no cell; the workbook is damaged",
                de: "eine Zelle des Tabellenblatts hat den Bezug '{reference}', der keine Zelle bezeichnet; die Arbeitsmappe ist beschädigt")
        case .badSharedString:
            Wording(
                en: "a cell refers to text number {index}, which the workbook does not have; the workbook is damaged",
                de: "eine Zelle verweist auf den Text Nummer {index}, den die Arbeitsmappe nicht enthält; die Arbeitsmappe ist beschädigt")
        case .tooManyCells:
            Wording(
                en: "the sheet spans more than {limit} cells; ecograph imports sheets up to that size — delete the rows and columns you do not need",
                de: "das Tabellenblatt umfasst mehr als {limit} Zellen; ecograph übernimmt Blätter bis zu dieser Größe – löschen Sie die Zeilen und Spalten, die Sie nicht brauchen")
        case .formulaWithoutResult:
            Wording(
                en: "the cell in column '{column}' holds a formula whose result was not saved; open the workbook in Excel or LibreOffice and save it again, or enter the value",
                de: "die Zelle in der Spalte '{column}' enthält eine Formel, deren Ergebnis nicht gespeichert ist; öffnen Sie die Arbeitsmappe in Excel oder LibreOffice und speichern Sie sie neu, oder tragen Sie den Wert ein")
        case .partMissing:
            Wording(
                en: "the workbook lacks its part '{part}'; it is damaged or was not saved by a spreadsheet program",
                de: "der Arbeitsmappe fehlt ihr Teil '{part}'; sie ist beschädigt oder wurde nicht von einem Tabellenprogramm gespeichert")
        case .partTooLarge:
            Wording(
                en: "the part '{part}' unpacks to more than {limit} MB; ecograph refuses it (a workbook of that size is no list of projects, or the file is a zip bomb)",
                de: "der Teil '{part}' wird entpackt größer als {limit} MB; ecograph lehnt ihn ab (eine so große Arbeitsmappe ist keine Projektliste, oder die Datei ist eine Zip-Bombe)")
        case .partNotXML:
            Wording(
                en: "the part '{part}' is no well-formed XML (line {line}): {reason}; the workbook is damaged",
                de: "der Teil '{part}' ist kein wohlgeformtes XML (Zeile {line}): {reason}; die Arbeitsmappe ist beschädigt")
        case .workbookTimedOut:
            Wording(
                en: "reading the workbook did not end within {seconds} s; it is damaged or far larger than a list of projects — open it in Excel or LibreOffice and save it again, or allow more time with --timeout",
                de: "das Lesen der Arbeitsmappe war nach {seconds} s nicht beendet; sie ist beschädigt oder weit größer als eine Projektliste – öffnen Sie sie in Excel oder LibreOffice und speichern Sie sie neu, oder geben Sie mit --timeout mehr Zeit")
        case .partNotUTF8:
            Wording(
                en: "the part '{part}' is not UTF-8 text, as every spreadsheet program writes it, so the workbook is damaged; open it in Excel or LibreOffice and save it again",
                de: "der Teil '{part}' ist kein UTF-8-Text, wie ihn jedes Tabellenprogramm schreibt – die Arbeitsmappe ist beschädigt; öffnen Sie sie in Excel oder LibreOffice und speichern Sie sie neu")
        case .partDeclaresDoctype:
            Wording(
                en: "the part '{part}' declares a DOCTYPE, which no spreadsheet program writes; ecograph refuses it",
                de: "der Teil '{part}' enthält eine DOCTYPE-Deklaration, die kein Tabellenprogramm schreibt; ecograph lehnt sie ab")
        case .unknownSheet:
            Wording(en: "the workbook has no sheet '{sheet}'", de: "die Arbeitsmappe hat kein Tabellenblatt '{sheet}'")
        case .sheetsAre:
            Wording(en: "its sheets are {sheets}; choose one with --sheet NAME", de: "ihre Tabellenblätter sind {sheets}; wählen Sie eines mit --sheet NAME")
        case .sheetEmpty:
            Wording(
                en: "the sheet '{sheet}' is empty; it needs a heading row with the column names",
                de: "das Tabellenblatt '{sheet}' ist leer; es braucht eine Kopfzeile mit den Spaltennamen")
        case .tooManyRows:
            Wording(
                en: "more than {limit} rows; ecograph imports up to that many at a time — split the table",
                de: "mehr als {limit} Zeilen; ecograph übernimmt höchstens so viele auf einmal – teilen Sie die Tabelle auf")
        case .tooManyColumns:
            Wording(
                en: "more than {limit} columns; ecograph imports up to that many — delete the columns you do not need",
                de: "mehr als {limit} Spalten; ecograph übernimmt höchstens so viele – löschen Sie die Spalten, die Sie nicht brauchen")
        case .tooManyStrings:
            Wording(
                en: "the workbook holds more than {limit} texts; ecograph imports workbooks up to that size",
                de: "die Arbeitsmappe enthält mehr als {limit} Texte; ecograph übernimmt Arbeitsmappen bis zu dieser Größe")
        case .cellError:
            Wording(
                en: "the cell in column '{column}' shows the error {value}; correct its formula or enter the value",
                de: "die Zelle in der Spalte '{column}' zeigt den Fehler {value}; korrigieren Sie die Formel oder tragen Sie den Wert ein")
        case .valueWithoutHeading:
            Wording(
                en: "the cell holds '{value}' but its column has no heading; give the column a heading or empty the cell",
                de: "die Zelle enthält '{value}', aber ihre Spalte hat keine Überschrift; geben Sie der Spalte eine Überschrift oder leeren Sie die Zelle")
        case .sheetRow: Wording(en: "{sheet}, row {row}", de: "{sheet}, Zeile {row}")
        case .noSheetForCSV:
            Wording(en: "--sheet is for workbooks; a CSV file has one table", de: "--sheet gilt für Arbeitsmappen; eine CSV-Datei hat nur eine Tabelle")
        case .noEncodingForWorkbook:
            Wording(
                en: "--encoding is for CSV files; a workbook names its own",
                de: "--encoding gilt für CSV-Dateien; eine Arbeitsmappe legt ihre Kodierung selbst fest")
        case .headingsInRow:
            Wording(
                en: "the headings are in row {row}; the rows above them are not imported",
                de: "die Überschriften stehen in Zeile {row}; die Zeilen darüber werden nicht übernommen")
        case .columnSkipped:
            Wording(
                en: "column '{column}' is not imported; keep it with --map \"{column}={attribute}\" (or all such columns with --keep-unmapped), fill a key with --map \"{column}=KEY\" (keys: {keys}), or silence this with --map \"{column}=-\"",
                de: "die Spalte '{column}' wird nicht übernommen; behalten Sie sie mit --map \"{column}={attribute}\" (oder alle solchen Spalten mit --keep-unmapped), füllen Sie einen Schlüssel mit --map \"{column}=SCHLÜSSEL\" (Schlüssel: {keys}) oder unterdrücken Sie diesen Hinweis mit --map \"{column}=-\"")
        case .columnSkippedSuggestion:
            Wording(
                en: "column '{column}' is not imported; did you mean '{word}'? Then rename the heading or give --map \"{column}={word}\"; keep it as it is with --map \"{column}={attribute}\" or --keep-unmapped",
                de: "die Spalte '{column}' wird nicht übernommen; meinten Sie '{word}'? Dann benennen Sie die Überschrift um oder geben Sie --map \"{column}={word}\" an; unverändert behalten Sie sie mit --map \"{column}={attribute}\" oder --keep-unmapped")
        case .columnWaivers:
            Wording(
                en: "column '{column}': waivers cannot be imported from a table; skip it with --map \"{column}=-\"",
                de: "Spalte '{column}': Ausnahmen lassen sich nicht aus einer Tabelle übernehmen; überspringen Sie die Spalte mit --map \"{column}=-\"")
        case .twoColumnsOneKey:
            Wording(
                en: "the columns {columns} both fill the key '{key}'; keep one and skip the others with --map \"COLUMN=-\"",
                de: "die Spalten {columns} füllen alle den Schlüssel '{key}'; behalten Sie eine und überspringen Sie die anderen mit --map \"SPALTE=-\"")
        case .noNameColumn:
            Wording(
                en: "no column gives a name or an id; call one 'Name' (or 'Bezeichnung', 'Projektname') or map one with --map \"COLUMN=name\"",
                de: "keine Spalte gibt einen Namen oder eine ID an; nennen Sie eine 'Bezeichnung' (oder 'Name', 'Projektname') oder ordnen Sie eine mit --map \"SPALTE=bezeichnung\" zu")
        case .mapNotPair:
            Wording(
                en: "--map '{mapping}' should be COLUMN=KEY (or COLUMN=- to skip a column)",
                de: "--map '{mapping}' sollte SPALTE=SCHLÜSSEL lauten (oder SPALTE=-, um eine Spalte zu überspringen)")
        case .mapUnknownColumn:
            Wording(
                en: "--map names the column '{column}', which the table does not have; its columns are {columns}",
                de: "--map nennt die Spalte '{column}', die es in der Tabelle nicht gibt; ihre Spalten sind {columns}")
        case .mapUnknownKey:
            Wording(
                en: "--map \"{column}={key}\": '{key}' is no key of {kind}; use one of {keys}, an own attribute 'x-…', or '-' to skip the column",
                de: "--map \"{column}={key}\": '{key}' ist kein Schlüssel für {kind}; verwenden Sie einen von {keys}, ein eigenes Attribut 'x-…' oder '-', um die Spalte zu überspringen")
        case .mapBadAttribute:
            Wording(
                en: "--map \"{column}={key}\": an own attribute is 'x-' followed by letters, digits and hyphens, such as 'x-bemerkung'",
                de: "--map \"{column}={key}\": ein eigenes Attribut ist 'x-', gefolgt von Buchstaben, Ziffern und Bindestrichen, etwa 'x-bemerkung'")
        case .fieldCount:
            Wording(
                en: "{count} fields where the heading row has {expected}; a separator inside a field needs quotes",
                de: "{count} Felder, die Kopfzeile hat aber {expected}; ein Trennzeichen innerhalb eines Felds braucht Anführungszeichen")
        case .unknownTerm:
            Wording(
                en: "unknown {term} '{word}' in column '{column}'; use one of {allowed}",
                de: "unbekannter Wert für {term} '{word}' in der Spalte '{column}'; erlaubt sind {allowed}")
        case .unknownTermSuggestion:
            Wording(
                en: "unknown {term} '{word}' in column '{column}'; did you mean '{suggestion}'?",
                de: "unbekannter Wert für {term} '{word}' in der Spalte '{column}'; meinten Sie '{suggestion}'?")
        case .notAnId:
            Wording(
                en: "'{value}' in column '{column}' is not an id (letters, digits, '-', '_', '.', no spaces); write the ids of the other entries",
                de: "'{value}' in der Spalte '{column}' ist keine ID (Buchstaben, Ziffern, '-', '_', '.', keine Leerzeichen); tragen Sie die IDs der anderen Einträge ein")
        case .notAnIdExample:
            Wording(
                en: "'{value}' in column '{column}' is not an id (letters, digits, '-', '_', '.', no spaces); write the id of the entry it names, such as '{example}'",
                de: "'{value}' in der Spalte '{column}' ist keine ID (Buchstaben, Ziffern, '-', '_', '.', keine Leerzeichen); tragen Sie die ID des gemeinten Eintrags ein, etwa '{example}'")
        case .rowWithoutIdOrName:
            Wording(en: "the row has neither an id nor a name", de: "die Zeile hat weder eine ID noch einen Namen")
        case .invalidId:
            Wording(
                en: "'{id}' is not a valid id (letters, digits, '-', '_', '.', no spaces)",
                de: "'{id}' ist keine gültige ID (Buchstaben, Ziffern, '-', '_', '.', keine Leerzeichen)")
        case .duplicateId:
            Wording(en: "the id '{id}' is already used in row {row}", de: "die ID '{id}' wird schon in Zeile {row} verwendet")
        case .outputExists:
            Wording(
                en: "'{path}' already exists; use --force to replace it, or another -o",
                de: "'{path}' gibt es schon; ersetzen Sie die Datei mit --force oder wählen Sie eine andere mit -o")
        case .problemCount:
            Wording(en: "{n} {n|problem|problems}; nothing written", de: "{n} {n|Problem|Probleme}; nichts geschrieben")
        case .wroteProjects:
            Wording(en: "wrote {n} {n|project|projects} to {path}", de: "{n} {n|Projekt|Projekte} nach {path} geschrieben")
        case .wroteActors:
            Wording(en: "wrote {n} {n|actor|actors} to {path}", de: "{n} {n|Akteur|Akteure} nach {path} geschrieben")
        case .wroteRoles:
            Wording(en: "wrote {n} {n|role|roles} to {path}", de: "{n} {n|Rolle|Rollen} nach {path} geschrieben")
        case .yamlHeader:
            Wording(
                en: "# Imported from {source} by 'ecograph import' ({n} of {rows} rows). Check it with 'ecograph validate'.",
                de: "# Aus {source} übernommen mit 'ecograph import' ({n} von {rows} Zeilen). Prüfen Sie es mit 'ecograph validate'.")
        }
    }
}
