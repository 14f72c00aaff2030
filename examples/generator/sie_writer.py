"""Writes a SIE 4 file in PC8 (IBM code page 437), as Swedish accounting systems export it.

Deterministic: the same books give the same bytes (no clock, no dict-order surprises).
Amounts are integers in öre; SIE's sign convention: debit positive, credit negative.
"""


def kr(ore):
    """öre → SIE's machine form: -6708146.97"""
    sign = "-" if ore < 0 else ""
    ore = abs(ore)
    return "%s%d.%02d" % (sign, ore // 100, ore % 100)


def quote(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def objects(centre):
    return '{1 %s}' % quote(centre) if centre else "{}"


class SIEFile:
    def __init__(self):
        self.lines = []

    def add(self, *fields):
        self.lines.append(" ".join(fields))

    def header(self, books):
        self.add("#FLAGGA", "0")
        self.add("#PROGRAM", quote("finsam-report exempelgenerator"), quote("1.0"))
        self.add("#FORMAT", "PC8")
        self.add("#GEN", books.generated, quote("exempelgenerator"))
        self.add("#SIETYP", "4")
        self.add("#ORGNR", books.orgnr)
        self.add("#FNAMN", quote(books.name))
        for index, (start, end) in sorted(books.years.items(), reverse=True):
            self.add("#RAR", str(index), start, end)
        self.add("#KPTYP", getattr(books, "kptyp", "KOMMUN"))
        self.add("#VALUTA", "SEK")

    def chart(self, books):
        for number in sorted(books.accounts):
            name, kind = books.accounts[number]
            self.add("#KONTO", number, quote(name))
            self.add("#KTYP", number, kind)
        self.add("#DIM", "1", quote("Kostnadsställe"))
        for code in sorted(books.centres):
            self.add("#OBJEKT", "1", quote(code), quote(books.centres[code]))

    def balances(self, books):
        for year in (0, -1):
            for label, table in (("#IB", books.opening), ("#UB", books.closing)):
                for account in sorted(table.get(year, {})):
                    self.add(label, str(year), account, kr(table[year][account]))
        for year in (0, -1):
            for account in sorted(books.results.get(year, {})):
                amount = books.results[year][account]
                if amount != 0:
                    self.add("#RES", str(year), account, kr(amount))

    def periods(self, label, rows):
        """rows: {(year, yyyymm, account, centre): amount}; centre '' = account total."""
        for (year, period, account, centre) in sorted(rows, key=lambda k: (-k[0], k[1], k[2], k[3])):
            amount = rows[(year, period, account, centre)]
            if amount != 0:
                self.add(label, str(year), period, account, objects(centre), kr(amount))

    def vouchers(self, vouchers):
        for number, voucher in enumerate(vouchers, start=1):
            self.add("#VER", "A", str(number), voucher.date, quote(voucher.text), voucher.date)
            self.lines.append("{")
            for account, centre, amount in voucher.rows:
                self.lines.append("   " + " ".join(["#TRANS", account, objects(centre), kr(amount)]))
            self.lines.append("}")

    def encoded(self):
        text = "\r\n".join(self.lines) + "\r\n"
        return text.encode("cp437")
