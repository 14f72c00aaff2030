#!/usr/bin/env python3
"""Writes the members' workbooks from the examples' medlemmar.yaml, with openpyxl as an
independent writer and PyYAML (python3-yaml) as an independent reader: one row per
member, the list's keys as columns, the address in "adress 1".."adress 6", the population
date as an Excel date, populations and accounts as numbers (also a
population the yaml writes with a space). medlemmar.xlsx holds the
annual example (sheet "Medlemmar") and the tertial one (sheet "Medlemmar 2017") after an
instruction sheet, so the tests pick the sheet by name; medlemmar-fel.xlsx is the annual
sheet with one population typed as words. Run from anywhere: python3 make_members_xlsx.py [FOLDER]
(FOLDER: where to write them, this folder by default; a test regenerates them into a
temporary one and compares them with the committed ones)."""
import datetime
import pathlib
import sys

import yaml
from openpyxl import Workbook

HERE = pathlib.Path(__file__).resolve().parent
OUT = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
EXAMPLES = HERE.parents[3] / "examples"
KEYS = ["namn", "kortnamn", "typ", "benämning_i_not", "andel", "folkmängd", "folkmängd_datum", "bidragskonto",
        "kostnadsställen"]


def members(path):
    with open(path, encoding="utf-8") as handle:
        return yaml.safe_load(handle)["medlemmar"]


def cell(key, value):
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    if isinstance(value, datetime.date):
        return datetime.datetime(value.year, value.month, value.day)
    if key == "folkmängd" and isinstance(value, str) and value.replace(" ", "").isdigit():
        return int(value.replace(" ", ""))  # "8 878" in the yaml, a number in Excel
    return value


def fill(sheet, rows):
    keys = [key for key in KEYS if any(key in row for row in rows)]
    lines = max(len(row.get("adress", [])) for row in rows)
    sheet.append(keys + [f"adress {number}" for number in range(1, lines + 1)])
    for row in rows:
        address = row.get("adress", [])
        sheet.append([cell(key, row.get(key)) for key in keys] + address + [None] * (lines - len(address)))
        if "folkmängd_datum" in keys:
            sheet.cell(row=sheet.max_row, column=keys.index("folkmängd_datum") + 1).number_format = "yyyy-mm-dd"


def book(sheets):
    workbook = Workbook()
    guide = workbook.active
    guide.title = "Anvisning"
    guide["A1"] = "En rad per medlem; rubrikraden ska stå kvar."
    for name, rows in sheets:
        fill(workbook.create_sheet(name), rows)
    return workbook


def main():
    annual = members(EXAMPLES / "sjuharad-2024" / "medlemmar.yaml")
    tertial = members(EXAMPLES / "sjuharad-2017-t1" / "medlemmar.yaml")
    book([("Medlemmar", annual), ("Medlemmar 2017", tertial)]).save(OUT / "medlemmar.xlsx")
    broken = [dict(row) for row in annual]
    broken[4]["folkmängd"] = "etthundrafjortontusen"
    book([("Medlemmar", broken)]).save(OUT / "medlemmar-fel.xlsx")


if __name__ == "__main__":
    main()
