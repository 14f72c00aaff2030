"""Sjuhärads samordningsförbund 2024: the books behind the seed's annual report.

Targets are the seed's figures (shared/seed001-tables.md). Where the seed gives no account,
accounts are chosen from the municipal chart of accounts (Kommun-Bas) and kept the same in
every example:
  3611–3614  project revenue (ESF/VILJA, Män i Hälsa, PRIA, Moves), Kommun-Bas class 3, bidrag
  3811       members' contributions (Sjuhärad maps it among financial items, see mappning.yaml)
  5111 arvoden, 5611 sociala avgifter, 5711 reseersättning, 5911 inhyrd personal (kansli)
  6111 lokalhyra
  8411 ränteintäkter, 8591 övriga finansiella kostnader (bankavgifter)
  2010 eget kapital (the year's result is closed into it after the year end)
Cost centres: codes in seed 002's style (1001 Styrelse …, 3001 …); 4101–4103 the VILJA rows
of the project table, 4011/4021/4031 the 2023 projects. Revenue and financial items sit on a
cost centre too, so that the operating statement adds up to the result: contributions on
1003 (ordinary), VILJA revenue on 4102, interest and öresutjämning on 4101 (project), which
is what makes the seed's "Projektrelaterat intäkt" 4 932 = verksamhetens + finansiella intäkter.
"""

import sys

from books_builder import (AnnualBooks, Ledger, Voucher, allocate, budget_rows, day,
                           month_split, settle, supplier_invoices, verify)
from members import municipal_split


def o(text):
    """A printed amount ("−20 691 706,70") → öre."""
    text = text.replace(" ", "").replace("\u2212", "-").replace(",", "")
    return int(text)


NAME = "Sjuhärads samordningsförbund"
ORGNR = "222000-1891"
YEAR = 2024

ACCOUNTS = {
    "1511": ("Kundfordringar", "T"), "1687": ("Redovisningskonto, Ludvikamoms", "T"),
    "1712": ("Upplupna intäkter", "T"), "1920": ("Plusgiro Nordea", "T"),
    "1930": ("Bankgiro Swedbank", "T"), "1970": ("Företagskonto", "T"),
    "2010": ("Eget kapital", "S"), "2411": ("Leverantörsskulder", "S"),
    "2991": ("Upplupna kostnader", "S"),
    "3611": ("VILJA, ESF-medel", "I"), "3612": ("Män i Hälsa", "I"), "3613": ("PRIA", "I"),
    "3614": ("Moves", "I"), "3740": ("Öres- och kronutjämning", "I"), "3811": ("Bidrag från huvudmännen", "I"),
    "3919": ("Övriga intäkter", "I"),
    "5111": ("Arvoden förtroendevalda", "K"), "5538": ("Verksamhetsanknutna IT-kostnader", "K"),
    "5539": ("Övriga verksamhetsanknutna tjänster", "K"), "5540": ("Övriga verksamhetsanknutna kostnader", "K"),
    "5542": ("Verksamhetsanknutna resekostnader", "K"),
    "5544": ("Verksamhetsanknutna utbildn., kurs och konf.", "K"),
    "5611": ("Sociala avgifter enligt lag", "K"), "5711": ("Reseersättning", "K"),
    "5911": ("Inhyrd personal", "K"), "6111": ("Lokalhyra", "K"), "6230": ("Datakommunikation", "K"),
    "6419": ("Övriga förbrukningsinventarier", "K"), "6451": ("Kontorsmaterial", "K"),
    "6911": ("Kostnader för information och reklam", "K"), "7071": ("Representation (ej personal)", "K"),
    "7212": ("Tele, mobil", "K"), "7251": ("Postbefordran", "K"), "7541": ("IT-tjänster", "K"),
    "7551": ("Konsultarvoden spec utredn", "K"), "7599": ("Övriga tjänster", "K"),
    "7619": ("Övriga kostnader", "K"), "8411": ("Ränteintäkter bank", "I"),
    "8591": ("Övriga finansiella kostnader", "K"),
}

CENTRES = {
    "1001": "Styrelse (arvoden, konferenser, bilers etc)",
    "1003": "Gemensamma kostnader (revision, ekonomiservice)",
    "1010": "Kansli (förbundschef, hyra, IT, mtrl)",
    "1011": "Kansli, (projektledningspersonal) avräknat projektfinansiering",
    "3001": "Aktiv Kraft Borås", "3005": "Utbildning/Utveckling", "3006": "Gröna Vägen Framåt",
    "3007": "Aktiv Kraft Mark", "3010": "Aktiv Kraft Bollebygd", "3012": "Aktiv Kraft Svenljunga",
    "3015": "Aktiv Kraft Tranemo", "3016": "Aktiv Kraft Ulricehamn", "3018": "Aktiv Kraft Vårgårda",
    "3019": "Aktiv Kraft Herrljunga",
    "4011": "Män i Hälsa", "4021": "PRIA", "4031": "Moves",
    "4101": "VILJA - faktiska", "4102": "VILJA", "4103": "Återförd uppbokning ESF Projekt",
}

# Report sign (revenue +, costs −) per account, 2024 and 2023: seed001-tables.md A and RR.
REPORT_RESULTS = {
    "3611": ("4 718 108,00", "0,00"), "3612": ("0,00", "665 324,79"), "3613": ("0,00", "1 642 775,00"),
    "3614": ("0,00", "54 068,00"), "3740": ("-13,95", "-10,48"), "3919": ("0,00", "125 000,00"),
    "5111": ("-162 726,69", "-164 885,37"), "5711": ("-9 836,21", "-14 853,64"),
    "5611": ("-38 762,00", "-45 871,00"), "5911": ("-1 152 957,59", "-1 265 488,98"),
    "5538": ("-497,50", "-1 188,00"), "5539": ("-20 691 706,70", "-20 339 034,41"),
    "5540": ("387 231,50", "-5 870,00"), "5542": ("-5 632,30", "-3 511,03"),
    "5544": ("-548 856,13", "-161 165,87"), "6111": ("-177 439,99", "-181 799,98"),
    "6230": ("-32 826,00", "-28 315,50"), "6419": ("-2 522,08", "-1 717,60"),
    "6451": ("-2 081,69", "-5 384,36"), "6911": ("-22 012,03", "-30 046,44"),
    "7071": ("-3 564,68", "-3 379,94"), "7212": ("-11 682,88", "-13 530,33"),
    "7251": ("-2 550,00", "-40,00"), "7541": ("-1 235,00", "0,00"), "7551": ("-84 975,00", "-118 455,00"),
    "7599": ("-116 919,47", "-92 372,53"), "7619": ("-23 236,57", "-20 317,04"),
    "3811": ("18 022 000,00", "19 011 000,00"), "8411": ("214 285,65", "197 579,21"),
    "8591": ("-3 405,55", "-3 503,87"),
}

# Balances as SIE writes them (assets +, equity and liabilities −). 2023-01-01 is chosen so
# that last year's cash flow (seed: −1 225 817,76) and overview (2022: 3 843 / 12 802) agree.
OPENING_LAST = {"1511": o("3 950 000,00"), "1687": o("222 039,00"), "1920": o("25 000,00"),
                "1930": o("6 100 000,00"), "1970": o("2 504 863,46"), "2010": -o("3 842 877,86"),
                "2411": -o("1 959 024,60"), "2991": -o("7 000 000,00")}
OPENING = {"1511": o("2 111 000,00"), "1687": o("39 200,00"), "1712": 0, "1920": o("11 274,92"),
           "1930": o("5 127 922,32"), "1970": o("2 264 848,46"), "2010": -o("3 037 883,49"),
           "2411": -o("682 381,16"), "2991": -o("5 833 981,05")}
CLOSING = {"1511": o("1 902 900,00"), "1687": o("261 435,00"), "1712": o("2 129 842,00"), "1920": 0,
           "1930": o("5 100 251,73"), "1970": o("2 313 967,34"), "2010": -o("3 037 883,49"),
           "2411": -o("6 708 146,97"), "2991": -o("1 716 180,47")}

# Cost per cost centre (cost accounts incl. financial costs), kr with öre, costs positive.
# The seed prints tkr (D2, D3); 194,56 kr of financial costs and rounding sit on the kansli.
CENTRE_COSTS = {
    "1001": o("223 000,00"), "1003": o("174 000,00"), "1010": o("1 425 194,56"), "1011": o("1 131 000,00"),
    "3001": o("6 340 000,00"), "3005": o("281 000,00"), "3006": o("1 835 000,00"), "3007": o("2 225 000,00"),
    "3010": o("610 000,00"), "3012": o("705 000,00"), "3015": o("750 000,00"), "3016": o("1 550 000,00"),
    "3018": o("750 000,00"), "3019": o("610 000,00"),
    "4101": o("570 000,00"), "4102": o("4 129 000,00"), "4103": -o("600 000,00"),
}
CENTRE_BUDGETS = {  # tkr in the seed's D2, as annual kr: (centre, account) → SIE amount
    ("1001", "5111"): o("280 000,00"), ("1003", "7599"): o("195 000,00"), ("1010", "5911"): o("1 780 000,00"),
    ("1011", "5911"): o("1 675 000,00"), ("3001", "5539"): o("6 340 000,00"), ("3005", "5544"): o("380 000,00"),
    ("3006", "5539"): o("1 835 000,00"), ("3007", "5539"): o("2 225 000,00"), ("3010", "5539"): o("610 000,00"),
    ("3012", "5539"): o("705 000,00"), ("3015", "5539"): o("750 000,00"), ("3016", "5539"): o("1 550 000,00"),
    ("3018", "5539"): o("750 000,00"), ("3019", "5539"): o("610 000,00"),
    ("1003", "3811"): -o("18 022 000,00"),
}
OTHER_COSTS = ["6230", "6419", "6451", "6911", "7071", "7212", "7251", "7541", "7619"]
PREFERENCES = [
    ("4103", ["5540"]),
    ("1001", ["5111", "5611", "5711", "5544"]),
    ("1003", ["7599", "8591", "7551"]),
    ("4102", ["5540", "5539"]),
    ("3001", ["5539"]), ("3006", ["5539"]), ("3007", ["5539"]), ("3010", ["5539"]), ("3012", ["5539"]),
    ("3015", ["5539"]), ("3016", ["5539"]), ("3018", ["5539"]), ("3019", ["5539"]),
    ("1010", ["6111"] + OTHER_COSTS + ["7551", "5538", "5542", "5911"]),
    ("3005", ["5544"]),
    ("1011", ["5539"]),
    ("4101", ["5544", "5911", "5539"]),
]

# Last year: the seed gives only the type totals (Ordinarie −19 816, Projektrelaterat −2 685).
CENTRE_COSTS_LAST = {
    "1001": o("231 000,00"), "1003": o("182 000,00"), "1010": o("1 498 000,00"), "1011": o("1 020 000,00"),
    "3005": o("150 000,00"), "3006": o("1 800 000,00"), "3007": o("2 200 000,00"), "3010": o("600 000,00"),
    "3012": o("700 000,00"), "3015": o("740 000,00"), "3016": o("1 530 000,00"), "3018": o("740 000,00"),
    "3019": o("600 000,00"),
    "4011": o("700 000,00"), "4021": o("1 900 000,00"), "4031": o("84 736,52"),
}
PREFERENCES_LAST = [
    ("1001", ["5111", "5611", "5711", "5544"]),
    ("1003", ["7599", "8591", "7551"]),
    ("1010", ["6111"] + OTHER_COSTS + ["7551", "5538", "5542", "5540", "5911"]),
    ("3005", ["5544"]),
    ("4011", ["5544", "5539"]), ("4021", ["5911", "5539"]), ("4031", ["5539"]),
    ("1011", ["5911", "5539"]),
    ("3006", ["5539"]), ("3007", ["5539"]), ("3010", ["5539"]), ("3012", ["5539"]), ("3015", ["5539"]),
    ("3016", ["5539"]), ("3018", ["5539"]), ("3019", ["5539"]), ("3001", ["5539"]),
]

MEMBERS_STATE_REGION = ["Försäkringskassan", "Arbetsförmedlingen", "Västra Götalandsregionen"]
POPULATIONS = [("Bollebygds kommun", 9668), ("Borås Stad", 114001), ("Herrljunga kommun", 9446),
               ("Marks kommun", 35085), ("Svenljunga kommun", 10726), ("Tranemo kommun", 11855),
               ("Ulricehamns kommun", 25027), ("Vårgårda kommun", 12260)]


def results(column):
    """#RES amounts (SIE sign) for one year: 0 = 2024, 1 = 2023."""
    return {account: -o(pair[column]) for account, pair in REPORT_RESULTS.items() if o(pair[column])}


def cost_totals(res):
    return {a: v for a, v in res.items() if ACCOUNTS[a][1] == "K"}


def last_year_allocations(res_last):
    targets = dict(CENTRE_COSTS_LAST)
    targets["3001"] = sum(cost_totals(res_last).values()) - sum(v for k, v in targets.items())
    allocations = allocate(cost_totals(res_last), targets, PREFERENCES_LAST)
    for account, centre in (("3612", "4011"), ("3613", "4021"), ("3614", "4031"), ("3740", "4021"),
                            ("3919", "4021"), ("8411", "4021"), ("3811", "1003")):
        if res_last.get(account):
            allocations[(account, centre)] = res_last[account]
    return allocations


def contribution_invoices():
    """Quarterly invoices to every member: state and region a quarter each, municipalities
    their population share of the last quarter (kr, largest remainder)."""
    total = o("18 022 000,00")
    quarter = total // 4
    shares = [(name, quarter) for name in MEMBERS_STATE_REGION]
    shares += municipal_split(quarter, POPULATIONS)
    vouchers = []
    for q in range(4):
        for name, annual in shares:
            part = month_split(annual, 4)[q]
            vouchers.append(Voucher(day(YEAR, 3 * q + 1, 10), "Medlemsbidrag kv%d %s" % (q + 1, name),
                                    [("1511", "", part), ("3811", "1003", -part)]))
    return vouchers


def scheduled_vouchers():
    vouchers = contribution_invoices()
    vouchers.append(Voucher(day(YEAR, 1, 15), "Upplupna kostnader 2023 fakturerade",
                            [("2991", "", o("5 233 981,00") + 5), ("2411", "", -(o("5 233 981,00") + 5))]))
    vouchers.append(Voucher(day(YEAR, 2, 12), "Ludvikamoms, ersättning 2023",
                            [("1930", "", o("39 200,00")), ("1687", "", -o("39 200,00"))]))
    for month, part in enumerate(month_split(o("261 435,00")), start=1):
        vouchers.append(Voucher(day(YEAR, month, 21), "Ludvikamoms, begärd ersättning",
                                [("1687", "", part), ("2411", "", -part)]))
    for q, part in enumerate(month_split(o("2 588 266,00"), 3)):
        vouchers.append(Voucher(day(YEAR, 4 + 3 * q, 30), "Rekvisition ESF-medel VILJA",
                                [("1511", "", part), ("3611", "4102", -part)]))
    vouchers.append(Voucher(day(YEAR, 12, 31), "Upparbetade ej rekvirerade ESF-medel VILJA",
                            [("1712", "", o("2 129 842,00")), ("3611", "4102", -o("2 129 842,00"))]))
    vouchers.append(Voucher(day(YEAR, 12, 31), "Återförd uppbokning ESF-projekt",
                            [("2991", "", o("600 000,00")), ("5540", "4103", -o("600 000,00"))]))
    for q, part in enumerate(month_split(o("214 285,65"), 4)):
        vouchers.append(Voucher(day(YEAR, 3 * q + 3, 31 if q in (0, 3) else 30), "Ränta företagskonto",
                                [("1970", "", part), ("8411", "4101", -part)]))
    vouchers.append(Voucher(day(YEAR, 6, 28), "Öres- och kronutjämning",
                            [("3740", "4101", o("13,95")), ("1930", "", -o("13,95"))]))
    vouchers.append(Voucher(day(YEAR, 9, 30), "Avslut Plusgiro Nordea",
                            [("1930", "", o("11 274,92")), ("1920", "", -o("11 274,92"))]))
    vouchers.append(Voucher(day(YEAR, 12, 20), "Överföring från företagskonto",
                            [("1930", "", o("165 166,77")), ("1970", "", -o("165 166,77"))]))
    return vouchers


def cost_allocations(res):
    costs = cost_totals(res)
    costs["5540"] = res["5540"]
    return allocate(costs, CENTRE_COSTS, PREFERENCES)


def build():
    res, res_last = results(0), results(1)
    ledger = Ledger(OPENING)
    costs = cost_allocations(res)
    vouchers = scheduled_vouchers()
    regular = {k: v for k, v in costs.items() if k != ("5540", "4103")}
    vouchers += supplier_invoices(YEAR, regular, "2411", {"8591": "1930"}, ("2991", o("1 716 180,47")))
    vouchers.sort(key=lambda v: v.date)
    for voucher in vouchers:
        ledger.post(voucher)
    for payment in settle(ledger, "2411", "1930", CLOSING["2411"], YEAR, "Betalning leverantörsskulder"):
        ledger.post(payment)
    for payment in settle(ledger, "1511", "1930", CLOSING["1511"], YEAR, "Inbetalning kundfordringar"):
        ledger.post(payment)
    ledger.vouchers.sort(key=lambda v: v.date)
    verify(ledger, OPENING, CLOSING, res, {a for a, (_, k) in ACCOUNTS.items() if k in "IK"})
    return AnnualBooks(sys.modules[__name__], "20250115", res, res_last, ledger.vouchers,
                       last_year_allocations(res_last), budget_rows(YEAR, CENTRE_BUDGETS))
