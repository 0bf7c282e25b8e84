"""What the spreadsheet tests ask of openpyxl, a reader and writer of .xlsx that is not csdash's.

  workbooks.py dump FILE...            every sheet's cells that hold a value or have a number
                                       format (value, format, bold), the defined names and the
                                       date system, as JSON
  workbooks.py fill FORM OUT RECEIVED PLANNED SPEND NOTES
                                       fills a return form through its defined names, as a person
                                       would in Excel (RECEIVED as YYYY-MM-DD, a date cell)
  workbooks.py set FORM OUT NAME=TEXT...
                                       sets the cells of a form's defined names to text (an
                                       empty TEXT clears the cell)
  workbooks.py table OUT [--1904]      an Excel-style table of returns: shared strings, a bold
                                       header, date and money formats; in the 1904 date system

It runs in the venv scripts/ensure-deps.sh makes (.build/test-venv).
"""
import datetime
import json
import sys

import openpyxl
from openpyxl.styles import Font
from openpyxl.utils.datetime import CALENDAR_MAC_1904


def plain(value):
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


def dump(paths):
    result = {}
    for path in paths:
        book = openpyxl.load_workbook(path, data_only=True)
        sheets = {}
        for sheet in book.worksheets:
            sheets[sheet.title] = [[cell.coordinate, plain(cell.value), cell.number_format, bool(cell.font and cell.font.b)]
                                   for row in sheet.iter_rows() for cell in row
                                   if cell.value is not None or cell.number_format != "General"]
        names = {name: [f"{title}!{ref}" for title, ref in defined.destinations]
                 for name, defined in book.defined_names.items()}
        result[path] = {"sheets": sheets, "order": book.sheetnames, "names": names,
                        "epoch": "1904" if book.epoch == CALENDAR_MAC_1904 else "1900"}
    print(json.dumps(result))


def fill(form, out, received, planned, spend, notes):
    book = openpyxl.load_workbook(form)
    values = {"received": datetime.date.fromisoformat(received), "planned": float(planned), "spend": float(spend), "notes": notes}
    for name, value in values.items():
        for title, ref in book.defined_names[name].destinations:
            book[title][ref.replace("$", "")] = value
    book.save(out)


def set_names(form, out, assignments):
    book = openpyxl.load_workbook(form)
    for assignment in assignments:
        name, text = assignment.split("=", 1)
        for title, ref in book.defined_names[name].destinations:
            book[title][ref.replace("$", "")] = text or None
    book.save(out)


def table(out, mac):
    book = openpyxl.Workbook()
    if mac:
        book.epoch = CALENDAR_MAC_1904
    sheet = book.active
    sheet.title = "Returns Q2"
    sheet.append(["area_id", "year", "quarter", "received", "planned", "spend", "notes"])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.append(["solihull", "2016/17", "Q2", datetime.date(2016, 12, 5), 214454, 160000, "late"])
    sheet.append(["dudley", "2016/17", "Q3", "06/01/2017", "£176,000.00", 98765.43, None])
    for row in sheet.iter_rows(min_row=2, min_col=4, max_col=4):
        row[0].number_format = "dd/mm/yyyy"
    for row in sheet.iter_rows(min_row=2, min_col=5, max_col=6):
        for cell in row:
            cell.number_format = '"£"#,##0.00'
    book.create_sheet("Notes")["A1"] = "a second sheet, not read"
    book.save(out)


if __name__ == "__main__":
    command, arguments = sys.argv[1], sys.argv[2:]
    if command == "dump":
        dump(arguments)
    elif command == "fill":
        fill(*arguments)
    elif command == "set":
        set_names(arguments[0], arguments[1], arguments[2:])
    elif command == "table":
        table(arguments[0], "--1904" in arguments)
    else:
        sys.exit(f"unknown command {command}")
