#!/usr/bin/env python3
"""Writes the example associations' SIE 4 files (PC8), and Kvarnsjöbygden's historik.yaml,
deterministically.

    python3 examples/generator/generate.py          # writes examples/*/bokforing.se
    python3 examples/generator/generate.py --check  # fails if a checked-in file differs

Standard library only, independent of the Swift code, so that the Swift reader and model are
tested against books made by other means.
"""

import os
import sys

from sie_writer import SIEFile

HERE = os.path.dirname(os.path.abspath(__file__))
EXAMPLES = os.path.dirname(HERE)


def render(books):
    sie = SIEFile()
    sie.header(books)
    sie.chart(books)
    sie.balances(books)
    sie.periods("#PSALDO", books.period_balances)
    if books.period_budgets:
        sie.periods("#PBUDGET", books.period_budgets)
    sie.vouchers(books.vouchers)
    return sie.encoded()


def targets():
    import kvarnsjo_2023
    import kvarnsjo_history
    import nordvastra_2024
    import sjuharad_2017_t1
    import sjuharad_2024
    return [("sjuharad-2024", sjuharad_2024), ("nordvastra-2024", nordvastra_2024),
            ("sjuharad-2017-t1", sjuharad_2017_t1), ("kvarnsjo-2023", kvarnsjo_2023), ("kvarnsjo-2023", kvarnsjo_history)]


def outputs(module):
    """The files a module makes: the books (build), or other files by name (files)."""
    if hasattr(module, "files"):
        return sorted(module.files().items())
    return [("bokforing.se", render(module.build()))]


def main(argv):
    check = "--check" in argv
    failed = False
    for folder, module, name, data in [(f, m, n, d) for f, m in targets() for n, d in outputs(m)]:
        path = os.path.join(EXAMPLES, folder, name)
        if check:
            with open(path, "rb") as handle:
                if handle.read() != data:
                    print("%s skiljer sig från generatorns utdata" % path, file=sys.stderr)
                    failed = True
        else:
            with open(path, "wb") as handle:
                handle.write(data)
            print("skrev %s (%d byte)" % (path, len(data)))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.path.insert(0, HERE)
    sys.exit(main(sys.argv[1:]))
