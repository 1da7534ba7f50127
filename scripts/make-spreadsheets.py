#!/usr/bin/env python3
"""Writes samples/tabellen/: the project list of Tabellenstadt as a CDO office keeps it in Excel.

- projekte.xlsx: an Excel workbook written by openpyxl, with a title row above the headings,
  dates formatted as dates, numbers as numbers, and a second sheet of notes;
- projekte-excel.csv: the same list as Excel in Germany saves "CSV (Trennzeichen-getrennt)":
  Windows-1252, ';' between fields, CR LF line ends, dates as shown (TT.MM.JJJJ).

Run it again after changing the rows; the files are committed, so the samples and tests do not
need it. Needs openpyxl (scripts/setup installs it).
"""
import csv
import datetime
import pathlib

import openpyxl
from openpyxl.styles import Font

HERE = pathlib.Path(__file__).resolve().parent.parent / "samples" / "tabellen"

TITLE = "Projektliste Digitalisierung Tabellenstadt – Stand März 2026"
HEADINGS = [
    "Lfd. Nr.", "Projektname", "Gestaltungsfeld", "Federführung", "Mitwirkende", "Beteiligte",
    "Informiert", "Zielgruppe(n)", "Status", "Beginn", "Ende", "Nutzen", "Budget (€)", "Bemerkung",
]
D = datetime.date
ROWS = [
    [1, "Mobilitäts-App „Tabellenstadt bewegt“", "mobilitaet", "lotsin-mobilitaet", "stadtwerke, it-dienstleister",
     "seniorenbeirat", "ob", "pendelnde", "läuft", D(2025, 9, 1), D(2026, 12, 31),
     "Bus, Rad und Parken in einer App – Fahrzeit sparen", 185000, "Förderbescheid liegt vor"],
    [2, "Schul-WLAN für alle Grundschulen", "bildung", "lotse-bildung", "it-dienstleister", "", "cdo",
     "schulen", "beginnt", D(2026, 4, 1), None, "Unterricht mit digitalen Medien in jeder Klasse", 420000,
     "Ausschreibung läuft; Kosten inkl. 19 % MwSt."],
    [3, "Kita-Platzbörse", "bildung", "lotse-bildung", "kita-traeger", "buergeramt", "ob", "buergerschaft",
     "geplant", D(2026, 9, 1), None, "Eltern finden freie Plätze ohne Behördengang", 60000, ""],
    [4, "Online-Terminvergabe Bürgeramt", "buergerservice", "lotsin-buergerservice", "buergeramt, it-dienstleister",
     "seniorenbeirat", "cdo", "buergerschaft, senioren", "abgeschlossen", D(2024, 3, 1), D(2025, 6, 30),
     "Wartezeit im Bürgeramt unter 10 Minuten", 35000, "Nachnutzung aus dem Nachbarkreis"],
    [5, "Digitaler Seniorentreff", "buergerservice", "lotsin-buergerservice", "seniorenbeirat", "", "",
     "senioren", "Idee", None, None, "Ältere Menschen üben den Umgang mit Online-Diensten", None,
     "Idee aus der Bürgerversammlung – „Digital-Paten“ gesucht"],
]


def write_workbook(path):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Projekte"
    sheet.append([TITLE])
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append([])
    sheet.append(HEADINGS)
    for cell in sheet[3]:
        cell.font = Font(bold=True)
    for row in ROWS:
        sheet.append(row)
    for row in sheet.iter_rows(min_row=4):
        for cell in row:
            if isinstance(cell.value, datetime.date):
                cell.number_format = "DD.MM.YYYY"
            elif HEADINGS[cell.column - 1] == "Budget (€)" and cell.value is not None:
                cell.number_format = '#,##0 "€"'
    notes = workbook.create_sheet("Hinweise")
    notes.append(["Federführung, Mitwirkende, Beteiligte und Informiert nennen die IDs aus stadt.yaml."])
    notes.append(["Mehrere Einträge in einer Zelle trennen Sie mit Kommas."])
    workbook.save(path)


def write_excel_csv(path):
    """As Excel saves 'CSV (Trennzeichen-getrennt)' on a German Windows."""
    with open(path, "w", encoding="cp1252", newline="") as file:
        writer = csv.writer(file, delimiter=";", lineterminator="\r\n")
        writer.writerow([TITLE] + [""] * (len(HEADINGS) - 1))
        writer.writerow([""] * len(HEADINGS))
        writer.writerow(HEADINGS)
        for row in ROWS:
            writer.writerow(["" if value is None else value.strftime("%d.%m.%Y") if isinstance(value, datetime.date) else value
                             for value in row])


if __name__ == "__main__":
    HERE.mkdir(parents=True, exist_ok=True)
    write_workbook(HERE / "projekte.xlsx")
    write_excel_csv(HERE / "projekte-excel.csv")
    print(f"wrote {HERE / 'projekte.xlsx'} and {HERE / 'projekte-excel.csv'}")
