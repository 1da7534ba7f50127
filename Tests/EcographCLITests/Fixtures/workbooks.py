#!/usr/bin/env python3
"""Workbooks for the tests of `ecograph import xlsx`, written by openpyxl (and, for the hostile
ones, by Python's zipfile around an openpyxl workbook) — never by ecograph.

    workbooks.py NAME PATH    writes the workbook NAME to PATH
"""
import datetime
import io
import struct
import sys
import zipfile

import openpyxl


def projects():
    """A project list as a CDO office keeps it: a title row, dates, numbers, a second sheet."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Projekte"
    sheet.append(["Projektliste – Stand März 2026"])
    sheet.append([])
    sheet.append(["Projektname", "Federführung", "Status", "Beginn", "Budget", "Gefördert", "Anteil", "Termin", "Bemerkung"])
    sheet.append(["Park-App „smart“", "lotse-mobilitaet", "läuft", datetime.date(2026, 3, 1), 185000, True, 0.25,
                  datetime.datetime(2026, 5, 4, 14, 30), "Förderung 12.000 €"])
    sheet.append(["Schul-WLAN", "lotse-mobilitaet", "Idee", datetime.date(1999, 12, 31), 1234.5, False, None, None, None])
    for row in sheet.iter_rows(min_row=4):
        row[3].number_format = "DD.MM.YYYY"
        row[7].number_format = "DD.MM.YYYY HH:MM"
    other = book.create_sheet("Akteure 2026")
    other.append(["Name", "Kontakt"])
    other.append(["Stadtwerke", "info@werke.example"])
    return book


def problems():
    """Mistakes in cells: an unknown status, a name where an id belongs, an error value, a formula
    openpyxl saves without its result."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Projekte"
    sheet.append(["Projektname", "Federführung", "Status", "Budget"])
    sheet.append(["Park-App", "lotse-mobilitaet", "laufend", 100])
    sheet.append(["Schul-WLAN", "Amt für Bildung", "idee", "#N/A"])
    sheet.append(["Kita-Börse", "lotse-mobilitaet", "geplant", "=D2*2"])
    return book


def saved(book):
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def rewritten(book, replace):
    """The workbook with parts replaced (`None` removes a part); `replace` maps part names to bytes
    or to a function that writes the part into an open zip entry."""
    source = zipfile.ZipFile(io.BytesIO(saved(book)))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            if item.filename in replace:
                content = replace[item.filename]
                if content is None:
                    continue
                if callable(content):
                    with target.open(item.filename, "w", force_zip64=True) as entry:
                        content(entry)
                    continue
                target.writestr(item.filename, content)
            else:
                target.writestr(item, source.read(item.filename))
    return buffer.getvalue()


def zip_bomb_entry(entry):
    """A sheet that unpacks to 200 MB of spaces inside a valid start, from about 200 KB."""
    entry.write(b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
    block = b" " * (1 << 20)
    for _ in range(200):
        entry.write(block)
    entry.write(b"</sheetData></worksheet>")


XXE = b"""<?xml version="1.0"?>
<!DOCTYPE worksheet [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><t>Projektname</t></is></c></row>
<row r="2"><c r="A2" t="inlineStr"><is><t>&secret;</t></is></c></row>
</sheetData></worksheet>"""

INLINE = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><t>Projektname</t></is></c><c r="B1" t="inlineStr"><is><t>Zielgruppe</t></is></c></row>
<row r="2"><c r="A2" t="inlineStr"><is><r><t>Bürger</t></r><r><t>portal</t></r></is></c><c r="C2" t="inlineStr"><is><t>ohne Überschrift</t></is></c></row>
</sheetData></worksheet>""".encode("utf-8")

SHARED_SHEET = b"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>
<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="s"><x:v>1</x:v></x:c><x:c r="C1" t="s"><x:v>2</x:v></x:c></x:row>
<x:row r="2"><x:c r="A2" t="s"><x:v>3</x:v></x:c><x:c r="B2" t="s"><x:v>4</x:v></x:c><x:c r="C2" t="str"><x:f>"l"&amp;"\u00e4uft"</x:f><x:v>l\xc3\xa4uft</x:v></x:c></x:row>
</x:sheetData></x:worksheet>"""

SHARED_STRINGS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="5" uniqueCount="5">
<si><t>Projektname</t></si><si><t>Zielgruppe</t></si><si><t>Status</t></si>
<si><r><rPr><b/></rPr><t>Bürger</t></r><r><t xml:space="preserve">portal &amp; Co</t></r><rPh sb="0" eb="1"><t>ふりがな</t></rPh></si>
<si><t>pendler</t></si>
</sst>""".encode("utf-8")


def shared_strings():
    """As Excel writes texts: once in xl/sharedStrings.xml (rich text in runs, a phonetic guide),
    cells referring to them by number; a formula with its saved text result; namespace prefixes."""
    book = projects()
    source = zipfile.ZipFile(io.BytesIO(saved(book)))
    relations = source.read("xl/_rels/workbook.xml.rels").decode().replace(
        "</Relationships>",
        '<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" '
        'Target="sharedStrings.xml" Id="rId9" /></Relationships>')
    types = source.read("[Content_Types].xml").decode().replace(
        "</Types>",
        '<Override PartName="/xl/sharedStrings.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            content = {
                "xl/_rels/workbook.xml.rels": relations.encode(),
                "[Content_Types].xml": types.encode(),
                "xl/worksheets/sheet1.xml": SHARED_SHEET,
            }.get(item.filename, source.read(item.filename))
            target.writestr(item.filename, content)
        target.writestr("xl/sharedStrings.xml", SHARED_STRINGS)
    return buffer.getvalue()


def pointing_past_the_end(signature, field):
    """The workbook with one offset of its zip structure (`field` bytes into the first record
    with `signature`) pointing 100,000 bytes past the end of the file, as a damaged copy has."""
    data = bytearray(saved(projects()))
    record = data.find(signature)
    struct.pack_into("<I", data, record + field, len(data) + 100_000)
    return bytes(data)


BUILDERS = {
    "shared-strings": shared_strings,
    "projects": lambda: saved(projects()),
    "problems": lambda: saved(problems()),
    "zip-bomb": lambda: rewritten(projects(), {"xl/worksheets/sheet1.xml": zip_bomb_entry}),
    "xxe": lambda: rewritten(projects(), {"xl/worksheets/sheet1.xml": XXE}),
    "missing-sheet": lambda: rewritten(projects(), {"xl/worksheets/sheet1.xml": None}),
    "inline-strings": lambda: rewritten(projects(), {"xl/worksheets/sheet1.xml": INLINE}),
    # The end record's offset of the central directory; the first central directory entry's
    # offset of its local header.
    # A byte that is not UTF-8 in an element name: swift-corelibs-foundation's XMLParser traps on it.
    "name-not-utf8": lambda: rewritten(projects(), {"xl/worksheets/sheet1.xml":
        b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/'
        b'spreadsheetml/2006/main"><sheetData><row\xff r="1"/></sheetData></worksheet>'}),
    "directory-past-the-end": lambda: pointing_past_the_end(b"PK\x05\x06", 16),
    "entry-past-the-end": lambda: pointing_past_the_end(b"PK\x01\x02", 42),
}

if __name__ == "__main__":
    name, path = sys.argv[1], sys.argv[2]
    with open(path, "wb") as file:
        file.write(BUILDERS[name]())
