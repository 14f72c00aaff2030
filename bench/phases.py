#!/usr/bin/env python3
"""Instruction counts of a render's phases from a callgrind profile (all threads together):
the inclusive cost of the function that starts each phase, read from callgrind_annotate.
usage: phases.py CALLGRIND_OUT"""
import re
import subprocess
import sys

# (phase, regular expression on the symbol); the first symbol that matches gives the figure.
PHASES = [
    ("process start (ld.so)", r"rtld\.c:_dl_start$"),
    ("report folder read (SIE, YAML, CSV, Markdown)", r"ReportCore0A6FolderO4load4path"),
    ("  YAML tag regex (NSRegularExpression)", r"NSRegularExpressionC10firstMatch"),
    ("model and checks", r"AnnualA7BuilderO7compute"),
    ("  Markdown reader", r"MarkdownReaderO5parse"),
    ("fontconfig start", r"FcInitLoadConfigAndFonts$"),
    ("layout", r"ReportLayout0B6EngineV6layout"),
    ("  text measuring", r"ReportLayout12MeasureCacheC5width"),
    ("  hyphenation patterns loaded", r"ReportLayout15EngineResourcesC10hyphenator"),
    ("painting (writePDF)", r"CairoPDF0A7PainterC05writeB0_2to"),
    ("  shaping in the painter", r"CairoPDF12SegmentCacheC7segment"),
    ("  cairo_show_page", r"cairo_show_page$"),
    ("finishing (PDFFinish)", r"PDFFinish15CatalogLanguageO3set"),
]


def main():
    out = subprocess.run(["callgrind_annotate", "--inclusive=yes", "--threshold=100", sys.argv[1]],
                         capture_output=True, text=True, check=True).stdout
    rows = []
    total = 0
    for line in out.splitlines():
        match = re.match(r"\s*([\d,]+) \([ \d.]+%\)\s+(\S+)", line)
        if not match:
            continue
        cost, symbol = int(match.group(1).replace(",", "")), match.group(2)
        if symbol == "PROGRAM":
            total = cost
        rows.append((cost, symbol))
    print(f"| phase | M instructions |\n|---|---:|\n| **total, all threads** | **{total / 1e6:.0f}** |")
    for name, pattern in PHASES:
        cost = next((c for c, s in rows if re.search(pattern, s)), 0)
        print(f"| {name} | {cost / 1e6:.0f} |")


main()
