#!/usr/bin/env python3
"""Sjuhärads samordningsförbund, January–April 2017: the books behind seed 002's tertial report.

    python3 examples/generator/sjuharad_2017_t1.py          # writes examples/sjuharad-2017-t1/bokforing.se
    python3 examples/generator/sjuharad_2017_t1.py --check  # fails if the checked-in file differs

A SIE 4 export (PC8) as an accounting system writes it on 2017-05-10: #RAR for 2017, #IB for
2017, #UB and #RES as of the end of April, #PSALDO per month (201701–201704) per account and
per cost centre, #PBUDGET with the annual budget per cost centre spread over twelve months,
and the vouchers.

Targets are the seed's figures: the accumulated income statement line by line, and the
follow-up per cost centre (budget Jan–Dec and outcome to April, tkr). Accounts are those of
the 2024 example (Kommun-Bas); new here: 3615 Space, ESF-medel. Only costs are booked on
cost centres: ESF revenue, öresutjämning, the members' contributions and bank fees carry no
cost centre, which is why the seed's follow-up adds up to the statement's costs
(−7 392 809,15 kr → −7 393 tkr) rather than to the result. The seed's "Positiv Rörelse /
Medfinansiering till ESF Projekt" row has no code in the seed; it gets 3047 here. Each
member's contribution is booked on an account of its own (3811–3813, 3821–3828, invented),
and #PBUDGET also holds the account totals without object, the contributions included.
"""

import os
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from books_builder import Voucher, allocate, budget_rows, day, month_split, period_rows  # noqa: E402
from members import municipal_split  # noqa: E402
from sie_writer import SIEFile  # noqa: E402

YEAR = 2017
MONTHS = range(1, 5)
FOLDER = os.path.join(os.path.dirname(HERE), "sjuharad-2017-t1")


def o(text):
    """A printed amount ("−20 691 706,70") → öre."""
    return int(text.replace(" ", "").replace("\u2212", "-").replace(",", ""))


ACCOUNTS = {
    "1511": ("Kundfordringar", "T"), "1930": ("Bankgiro Swedbank", "T"),
    "2010": ("Eget kapital", "S"), "2411": ("Leverantörsskulder", "S"), "2991": ("Upplupna kostnader", "S"),
    "3615": ("Space, ESF-medel", "I"), "3740": ("Öres- och kronutjämning", "I"),
    "5111": ("Arvoden förtroendevalda", "K"), "5539": ("Övriga verksamhetsanknutna tjänster", "K"),
    "5544": ("Verksamhetsanknutna utbildn., kurs och konf.", "K"),
    "5611": ("Sociala avgifter enligt lag", "K"), "5711": ("Reseersättning", "K"),
    "5911": ("Inhyrd personal", "K"), "6230": ("Datakommunikation", "K"), "6451": ("Kontorsmaterial", "K"),
    "6911": ("Kostnader för information och reklam", "K"), "7212": ("Tele, mobil", "K"),
    "7599": ("Övriga tjänster", "K"), "7619": ("Övriga kostnader", "K"),
    "8591": ("Övriga finansiella kostnader", "K"),
}

# Each member's contribution on an account of its own (invented: the seed shows only the
# total 5 889 335,00), so that a letter can state what is booked for the member so far.
MEMBER_ACCOUNTS = {
    "Försäkringskassan": "3811", "Arbetsförmedlingen": "3812", "Västra Götalandsregionen": "3813",
    "Bollebygds kommun": "3821", "Borås Stad": "3822", "Herrljunga kommun": "3823", "Marks kommun": "3824",
    "Svenljunga kommun": "3825", "Tranemo kommun": "3826", "Ulricehamns kommun": "3827", "Vårgårda kommun": "3828",
}
ACCOUNTS.update({account: ("Medlemsbidrag %s" % name, "I") for name, account in MEMBER_ACCOUNTS.items()})

CENTRES = {
    "1001": "Styrelse (arvoden, konferenser, bilers etc)",
    "1003": "Gemensamma kostnader (revision, SUS, ek service)",
    "1010": "Kansli (personal, hyra, IT, div mtrl)",
    "2000": "Information (del av VG-informatör, trycksaker)",
    "3001": "Verksamheter i Borås", "3002": "Aktiv hälsa Borås", "3004": "Sociala företag",
    "3005": "Utbildning/Utveckling", "3006": "Gröna Vägen i Borås", "3007": "Aktiv hälsa Mark",
    "3008": "Ny kraft Mark", "3010": "Aktiv hälsa Bollebygd", "3011": "Ny kraft Bollebygd",
    "3012": "Aktiv hälsa Svenljunga", "3013": "Ny kraft i Svenljunga", "3015": "Ny kraft i Tranemo",
    "3016": "Ny kraft i Ulricehamn", "3018": "Vårgårda arbetslivsinriktad verksamhet",
    "3019": "Herrljunga arbetslivsinriktad verksamhet", "3020": "Tranemo Aktiv hälsa",
    "3021": "Ulricehamn Aktiv hälsa", "3036": "Uppåt-framåt", "3041": "Space genomförande, faktiska",
    "3042": "Space, Schablonbaserade", "3044": "Point genomförande, faktiska",
    "3045": "Point Schablonbaserade", "3047": "Positiv Rörelse, medfinansiering till ESF Projekt",
}

# The seed's accumulated income statement (report sign: revenue +, costs −), per account.
REPORT_RESULTS = {
    "3615": "203 809,45", "3740": "-4,61", "8591": "-1 570,00",
    "5111": "-17 682,42", "5711": "-33 389,69", "5611": "-6 203,00", "5911": "-264 589,88",
    "6230": "-21 418,00", "6451": "-6 730,52", "6911": "-9 865,00", "7212": "-12 944,60",
    "7599": "-38 906,25", "7619": "-8 911,49",
}
CONTRIBUTIONS_BOOKED = o("5 889 335,00")  # the seed's "Erhållna bidrag från huvudmännen", all members
VERKSAMHETSANKNUTNA = o("6 972 168,30")  # 5539 + 5544, split below by the cost centres

# Outcome per cost centre to April (costs, kr): rounds to the seed's tkr, sums to the costs.
CENTRE_COSTS = {
    "1001": "74 187,53", "1003": "38 906,25", "1010": "304 211,40", "3001": "1 617 240,00",
    "3002": "199 998,00", "3004": "120 310,00", "3005": "55 062,50", "3006": "416 664,00",
    "3007": "74 999,00", "3008": "624 996,00", "3010": "24 999,00", "3011": "143 210,00",
    "3012": "24 999,00", "3013": "183 330,00", "3015": "216 663,00", "3016": "416 664,00",
    "3018": "163 450,00", "3019": "191 664,00", "3020": "24 999,00", "3021": "49 998,00",
    "3036": "184 020,00", "3041": "43 871,12", "3042": "444 049,00", "3044": "188 704,20",
    "3045": "1 565 614,15",
}
PREFERENCES = [
    ("1001", ["5111", "5711", "5611", "5544"]), ("1003", ["7599"]),
    ("1010", ["6230", "6451", "6911", "7212", "7619", "5911"]), ("3041", ["5911", "5539"]),
    ("3005", ["5544"]),
] + [(c, ["5539"]) for c in sorted(CENTRE_COSTS) if c not in ("1001", "1003", "1010", "3041", "3005")]

# Annual budget per cost centre (tkr in the seed, costs), on the centre's main account.
CENTRE_BUDGETS = {
    "1001": (200, "5111"), "1003": (200, "7599"), "1010": (1550, "5911"), "2000": (44, "6911"),
    "3001": (4850, "5539"), "3002": (600, "5539"), "3004": (500, "5539"), "3005": (1068, "5544"),
    "3006": (1250, "5539"), "3007": (225, "5539"), "3008": (1875, "5539"), "3010": (75, "5539"),
    "3011": (450, "5539"), "3012": (75, "5539"), "3013": (550, "5539"), "3015": (650, "5539"),
    "3016": (1250, "5539"), "3018": (675, "5539"), "3019": (575, "5539"), "3020": (75, "5539"),
    "3021": (150, "5539"), "3036": (500, "5539"), "3047": (281, "5539"),
}

CONTRIBUTIONS_YEAR = o("17 668 000,00")
STATE_REGION = ["Försäkringskassan", "Arbetsförmedlingen", "Västra Götalandsregionen"]
# Population 2016-06-30 (invented, of the right size); the same figures are in medlemmar.yaml.
POPULATIONS = [("Bollebygds kommun", 8878), ("Borås Stad", 109419), ("Herrljunga kommun", 9397),
               ("Marks kommun", 34196), ("Svenljunga kommun", 10555), ("Tranemo kommun", 11650),
               ("Ulricehamns kommun", 23978), ("Vårgårda kommun", 11419)]

OPENING = {"1511": o("400 000,00"), "1930": o("7 800 000,00"), "2010": -o("6 100 000,00"),
           "2411": -o("1 600 000,00"), "2991": -o("500 000,00")}


def cost_allocations():
    costs = {a: -o(v) for a, v in REPORT_RESULTS.items() if ACCOUNTS[a][1] == "K" and a != "8591"}
    targets = {c: o(v) for c, v in CENTRE_COSTS.items()}
    costs["5544"] = targets["1001"] - sum(costs[a] for a in ("5111", "5711", "5611")) + targets["3005"]
    costs["5539"] = VERKSAMHETSANKNUTNA - costs["5544"]
    return allocate(costs, targets, PREFERENCES)


def annual_contributions():
    quarter = CONTRIBUTIONS_YEAR // 4
    return [(name, quarter) for name in STATE_REGION] + municipal_split(quarter, POPULATIONS)


def contribution_invoices():
    """One invoice per member and tertial: a third of the annual contribution, whole kronor,
    the thirds' rounding spread by largest remainder so that the seed's 5 889 335,00 is hit."""
    target = o("5 889 335,00")
    shares = annual_contributions()
    floors = [(name, annual // 300 * 100, annual % 300) for name, annual in shares]
    extra = (target - sum(f for _, f, _ in floors)) // 100
    order = sorted(range(len(floors)), key=lambda i: (-floors[i][2], i))[:extra]
    vouchers = []
    for index, (name, part, _) in enumerate(floors):
        part += 100 if index in order else 0
        vouchers.append(Voucher(day(YEAR, 1, 10), "Medlemsbidrag tertial 1 %s" % name,
                                [("1511", "", part), (MEMBER_ACCOUNTS[name], "", -part)]))
    assert sum(v.rows[0][2] for v in vouchers) == target
    return vouchers


def other_vouchers():
    vouchers = [Voucher(day(YEAR, 1, 16), "Upplupna kostnader 2016 fakturerade",
                        [("2991", "", o("500 000,00")), ("2411", "", -o("500 000,00"))]),
                Voucher(day(YEAR, 1, 25), "Inbetalning kundfordringar 2016",
                        [("1930", "", o("400 000,00")), ("1511", "", -o("400 000,00"))]),
                Voucher(day(YEAR, 2, 15), "Inbetalning medlemsbidrag tertial 1",
                        [("1930", "", o("5 889 335,00")), ("1511", "", -o("5 889 335,00"))])]
    for month, part in zip((3, 4), month_split(o("203 809,45"), 2)):
        vouchers.append(Voucher(day(YEAR, month, 30), "Rekvisition ESF-medel Space",
                                [("1511", "", part), ("3615", "", -part)]))
    vouchers.append(Voucher(day(YEAR, 3, 31), "Öres- och kronutjämning",
                            [("3740", "", o("4,61")), ("1930", "", -o("4,61"))]))
    for month, part in zip(MONTHS, month_split(o("1 570,00"), 4)):
        vouchers.append(Voucher(day(YEAR, month, 28), "Bankavgifter", [("8591", "", part), ("1930", "", -part)]))
    return vouchers


def supplier_vouchers(allocations):
    """Invoices per month and cost centre on the 20th, paid on the 27th of the next month
    (the opening liabilities in January); April's invoices are still open at the period end."""
    per_month = defaultdict(list)
    for (account, centre), amount in sorted(allocations.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        for month, part in zip(MONTHS, month_split(amount, 4)):
            per_month[month].append((account, centre, part))
    vouchers, unpaid = [], o("2 100 000,00")
    for month in MONTHS:
        vouchers.append(Voucher(day(YEAR, month, 27), "Betalning leverantörsskulder",
                                [("2411", "", unpaid), ("1930", "", -unpaid)]))
        unpaid = 0
        for centre in sorted({c for _, c, _ in per_month[month]}):
            rows = [r for r in per_month[month] if r[1] == centre and r[2]]
            total = sum(p for _, _, p in rows)
            vouchers.append(Voucher(day(YEAR, month, 20), "Leverantörsfakturor kostnadsställe %s" % centre,
                                    rows + [("2411", "", -total)]))
            unpaid += total
    return vouchers


def build():
    allocations = cost_allocations()
    vouchers = contribution_invoices() + other_vouchers() + supplier_vouchers(allocations)
    vouchers.sort(key=lambda v: v.date)
    return Books(vouchers)


class Books:
    name, orgnr, generated = "Sjuhärads samordningsförbund", "222000-1891", "20170510"
    years = {0: ("20170101", "20171231")}
    accounts, centres = ACCOUNTS, CENTRES

    def __init__(self, vouchers):
        self.vouchers = vouchers
        balance = defaultdict(int, OPENING)
        for voucher in vouchers:
            for account, _, amount in voucher.rows:
                balance[account] += amount
        result_accounts = {a for a, (_, k) in ACCOUNTS.items() if k in "IK"}
        self.results = {0: {a: balance[a] for a in sorted(result_accounts) if balance[a]}}
        self.opening = {0: OPENING}
        self.closing = {0: {a: balance[a] for a in sorted(balance) if a not in result_accounts}}
        self.period_balances = period_rows(vouchers, 0, result_accounts)
        self.period_budgets = period_budgets()
        verify(self)


def period_budgets():
    """#PBUDGET: the cost budget per cost centre and, without object, per account: the costs'
    totals and each member's contribution (the year's budget of the result is then zero,
    as the seed's plan says)."""
    rows = budget_rows(YEAR, {(c, a): tkr * 100000 for c, (tkr, a) in CENTRE_BUDGETS.items()})
    totals = defaultdict(int)
    for (year, period, account, _), amount in rows.items():
        totals[(year, period, account, "")] += amount
    for name, annual in annual_contributions():
        for month, part in enumerate(month_split(-annual), start=1):
            totals[(0, "%04d%02d" % (YEAR, month), MEMBER_ACCOUNTS[name], "")] += part
    rows.update(totals)
    return rows


def verify(books):
    """The seed's figures, to the öre: every account's result and every centre's outcome."""
    for account, text in REPORT_RESULTS.items():
        assert books.results[0].get(account, 0) == -o(text), account
    assert books.results[0]["5539"] + books.results[0]["5544"] == VERKSAMHETSANKNUTNA
    assert sum(books.results[0][a] for a in MEMBER_ACCOUNTS.values()) == -CONTRIBUTIONS_BOOKED
    per_centre = defaultdict(int)
    for (_, _, account, centre), amount in books.period_balances.items():
        if centre:
            per_centre[centre] += amount
    assert {c: v for c, v in per_centre.items() if v} == {c: o(v) for c, v in CENTRE_COSTS.items()}
    assert sum(per_centre.values()) == o("7 392 809,15")


def render(books):
    sie = SIEFile()
    sie.header(books)
    sie.chart(books)
    sie.balances(books)
    sie.periods("#PSALDO", books.period_balances)
    sie.periods("#PBUDGET", books.period_budgets)
    sie.vouchers(books.vouchers)
    return sie.encoded()


def main(argv):
    data = render(build())
    path = os.path.join(FOLDER, "bokforing.se")
    if "--check" in argv:
        with open(path, "rb") as handle:
            if handle.read() != data:
                print("%s skiljer sig från generatorns utdata" % path, file=sys.stderr)
                return 1
        return 0
    with open(path, "wb") as handle:
        handle.write(data)
    print("skrev %s (%d byte)" % (path, len(data)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
