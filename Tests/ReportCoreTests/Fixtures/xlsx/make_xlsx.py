#!/usr/bin/env python3
"""Writes the .xlsx fixtures (and one csv as Swedish Excel saves it) from the examples' csv
tables, with openpyxl as an independent writer of Office Open XML: texts become shared
strings, one cell an inline rich string, counts and amounts numbers, months Excel date
serials with a date format. Each workbook starts with an instruction sheet, so the tests
must pick the data sheet by name. Run from anywhere: python3 make_xlsx.py [FOLDER]
(FOLDER: where to write them, this folder by default; a test regenerates them into a
temporary one and compares them with the committed ones)."""
import csv
import datetime
import pathlib
import sys
import re
import zipfile

from openpyxl import Workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont

HERE = pathlib.Path(__file__).resolve().parent
OUT = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
EXAMPLES = HERE.parents[3] / "examples"


def rows(path):
    with open(path, encoding="utf-8") as handle:
        lines = [line for line in handle.read().splitlines() if line.strip()]
    comments = [line for line in lines if line.startswith("#")]
    body = [line for line in lines if not line.startswith("#")]
    return comments, list(csv.reader(body, delimiter=";"))


def fill(sheet, comments, table, formats=None, rich=()):
    """The csv's comment lines as rows starting with "#", the header, then the rows: months
    as dates with the column's number format, whole numbers as numbers, the rest as text."""
    formats = formats or {}
    for comment in comments:
        sheet.append([comment])
    header, *body = table
    sheet.append(header)
    for values in body:
        cells = []
        for column, value in zip(header, values):
            if column in formats:
                year, number = map(int, value.split("-"))
                cells.append(datetime.datetime(year, number, 1))
            else:
                try:
                    cells.append(int(value))
                except ValueError:
                    cells.append(value)
        sheet.append(cells)
        for index, column in enumerate(header):
            if column in formats:
                sheet.cell(row=sheet.max_row, column=index + 1).number_format = formats[column]
    for reference in rich:
        # One text as a rich inline string (t="inlineStr"), as Excel writes formatted text.
        plain = sheet[reference].value
        sheet[reference].value = CellRichText([TextBlock(InlineFont(b=True), plain[:2]), plain[2:]])


def share_strings(path):
    """openpyxl writes every text inline (t="inlineStr"); Excel keeps them in one table,
    xl/sharedStrings.xml, and the cells hold indexes (t="s"). Rewrites the saved workbook
    the way Excel would, so the reader meets both forms."""
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    table, index = [], {}
    inline = re.compile(rb'<c r="([A-Z]+[0-9]+)"((?: s="[0-9]+")?) t="inlineStr"><is><t>(.*?)</t></is></c>')

    def shared(match):
        text = match.group(3)
        if text not in index:
            index[text] = len(table)
            table.append(text)
        return b'<c r="%s"%s t="s"><v>%d</v></c>' % (match.group(1), match.group(2), index[text])

    for name in [name for name in parts if name.startswith("xl/worksheets/sheet")]:
        parts[name] = inline.sub(shared, parts[name])
    items = b"".join(b"<si><t>%s</t></si>" % text for text in table)
    parts["xl/sharedStrings.xml"] = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">%s</sst>'
        % (len(table), len(table), items))
    parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(b"</Relationships>",
        b'<Relationship Id="rIdShared" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" '
        b'Target="sharedStrings.xml"/></Relationships>')
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(b"</Types>",
        b'<Override PartName="/xl/sharedStrings.xml" '
        b'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)


def book_with_guide(first_sheet):
    book = Workbook()
    guide = book.active
    guide.title = "Anvisning"
    guide["A1"] = "Fyll i bladet " + first_sheet + "; rubrikraden ska stå kvar."
    return book


def main():
    comments, table = rows(EXAMPLES / "nordvastra-2024" / "budget.csv")
    book = book_with_guide("Budget")
    fill(book.create_sheet("Budget"), comments, table)
    book.save(OUT / "budget.xlsx")
    share_strings(OUT / "budget.xlsx")
    # The same budget as Swedish Excel's "CSV (semikolonavgränsad)": Windows-1252, CRLF,
    # semicolons and amounts with a decimal comma.
    lines = [";".join(table[0])] + [";".join([values[0]] + [f"{int(v)},00" for v in values[1:]]) for values in table[1:]]
    (OUT / "budget-excel.csv").write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))

    comments, table = rows(EXAMPLES / "sjuharad-2024" / "deltagare.csv")
    book = book_with_guide("Deltagare 2024")
    fill(book.create_sheet("Deltagare 2024"), comments, table, rich=["A6"])
    book.save(OUT / "deltagare.xlsx")

    folder = EXAMPLES / "sjuharad-2017-t1" / "deltagare"
    book = book_with_guide("Flöden")
    for name, sheet_name, formats in [("floden.csv", "Flöden", {"till_och_med": "yyyy-mm"}),
                                      ("aktiv-halsa.csv", "Aktiv hälsa", {"till_och_med": "yyyy-mm-dd"}),
                                      ("manadsvis.csv", "Månadsvis", {"månad": "mmm yyyy"})]:
        comments, table = rows(folder / name)
        fill(book.create_sheet(sheet_name), comments, table, formats)
    book.save(OUT / "tertial-deltagare.xlsx")
    share_strings(OUT / "tertial-deltagare.xlsx")


if __name__ == "__main__":
    main()
