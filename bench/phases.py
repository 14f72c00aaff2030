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
    ("  Markdown blocks", r"ReportCore11BlockReaderV6blocks"),
    ("model and checks", r"AnnualA7BuilderO7compute"),
    ("fonts (own FcConfig)", r"PangoText15FontEnvironmentO8activate"),
    ("layout", r"ReportLayout0B6EngineV6layout"),
    ("  paragraph items (break points, hyphenation)", r"ReportLayout11ItemBuilderV5build"),
    ("    word break points", r"ReportLayout10WordBreaksV6points"),
    ("    hyphenation", r"ReportLayout10HyphenatorC6points"),
    ("    compound joints", r"ReportLayout16CompoundSplitterV6joints"),
    ("  text measuring (widths)", r"ReportLayout12MeasureCacheC5width"),
    ("  text measuring (prefix widths)", r"ReportLayout12MeasureCacheC12prefixWidths"),
    ("  hyphenation patterns loaded", r"ReportLayout15EngineResourcesC10hyphenator"),
    ("HarfBuzz shaping (layout and painter)", r"PangoText14HarfBuzzShaperC5shape"),
    ("painting (writePDF)", r"CairoPDF0A7PainterC05writeB0_2to"),
    ("  glyph runs", r"CairoPDF15GlyphRunPainterC4draw"),
    ("  cairo_show_page", r"cairo_show_page$"),
    ("finishing (PDFFinish)", r"PDFFinish15ArchiveFinisherO6finish"),
    ("self-check of the written PDF (verify), its own thread", r"ReportApp19ArchiveVerificationO5check"),
    # The check's other half runs on a second thread (PDFFinish `Concurrently`, a Foundation Thread).
    ("  and beside it on a second thread", r"Foundation6ThreadC4mainyyF$"),
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
        cost = next((c for c, s in rows if re.search(pattern, s)), None)
        # A phase whose symbol is gone is a broken table, not a zero.
        if cost is None:
            sys.exit(f"phases.py: no symbol matches {pattern!r} ({name}); a function was renamed")
        print(f"| {name} | {cost / 1e6:.1f} |" if cost < 10e6 else f"| {name} | {cost / 1e6:.0f} |")


main()
