"""Samordningsförbundet Kvarnsjöbygden 2023: an invented association (names, places and
figures are fictitious) on the BAS account plan. Sixteen members: the state (one member for
Försäkringskassan and Arbetsförmedlingen), Region Kvarnsjö and fourteen municipalities, each
member's contribution booked on its own account (3011–3026), the municipalities' amounts as
invoiced (the population split rounded to whole hundreds of kronor, so that the report's
population rule can warn with the differences). An ESF project with its own cost centre,
inventories that are depreciated, payroll through the tax and social-fee accounts."""

import sys

from books_builder import (AnnualBooks, Ledger, Voucher, allocate, day, month_split,
                           settle, supplier_invoices, verify)
from members import municipal_split
from sjuharad_2024 import o

NAME = "Samordningsförbundet Kvarnsjöbygden"
ORGNR = "222000-7856"
YEAR = 2023
KPTYP = "BAS2014"

MUNICIPALITIES = [("Kvarnby", 48210), ("Sjöholma", 12305), ("Ekeryd", 9870), ("Lillåsa", 6412),
                  ("Norrheda", 15540), ("Västmoa", 7230), ("Björkvika", 4980), ("Granåker", 22015),
                  ("Tallmora", 3615), ("Stenbacka", 10120), ("Ängfors", 5340), ("Rödsjö", 8760),
                  ("Bergsvik", 13450), ("Mossby", 2905)]
MEMBER_ACCOUNTS = [("3011", "Medlemsbidrag staten"), ("3012", "Medlemsbidrag Region Kvarnsjö")] + [
    ("%d" % (3013 + i), "Medlemsbidrag %s kommun" % name) for i, (name, _) in enumerate(MUNICIPALITIES)]

ACCOUNTS = dict([(a, (n, "I")) for a, n in MEMBER_ACCOUNTS] + [
    ("1220", ("Inventarier", "T")), ("1229", ("Ackumulerade avskrivningar på inventarier", "T")),
    ("1510", ("Kundfordringar", "T")), ("1790", ("Övriga förutbetalda kostnader och upplupna intäkter", "T")),
    ("1930", ("Företagskonto", "T")), ("2010", ("Eget kapital", "S")), ("2440", ("Leverantörsskulder", "S")),
    ("2710", ("Personalskatt", "S")), ("2730", ("Lagstadgade sociala avgifter", "S")),
    ("2990", ("Övriga upplupna kostnader", "S")),
    ("3987", ("Erhållna EU-bidrag (ESF)", "I")), ("3990", ("Övriga ersättningar och intäkter", "I")),
    ("4010", ("Köpta insatser", "K")), ("5010", ("Lokalhyra", "K")), ("6110", ("Kontorsmaterial", "K")),
    ("6230", ("Datakommunikation", "K")), ("6421", ("Revision, räkenskapsrevision", "K")),
    ("6422", ("Revision, förvaltningsrevision", "K")), ("6530", ("Redovisningstjänster", "K")),
    ("6550", ("Konsultarvoden", "K")), ("7210", ("Löner till tjänstemän", "K")), ("7240", ("Styrelsearvoden", "K")),
    ("7331", ("Skattefria bilersättningar", "K")), ("7410", ("Pensionsförsäkringspremier", "K")),
    ("7510", ("Arbetsgivaravgifter", "K")), ("7832", ("Avskrivningar på inventarier", "K")),
    ("8310", ("Ränteintäkter", "I")), ("8410", ("Räntekostnader", "K")),
])
CENTRES = {"1001": "Styrelse", "1002": "Kansli", "2001": "Samverkansteam Kvarnby", "2002": "Arbetsträning Norrheda",
           "2003": "Unga vuxna Granåker", "4001": "ESF-projektet Vägen vidare"}

STATE, REGION, MUNICIPAL = o("6 000 000,00"), o("3 000 000,00"), o("3 000 000,00")
STATE_LAST, REGION_LAST, MUNICIPAL_LAST = o("5 800 000,00"), o("2 900 000,00"), o("2 900 000,00")

# Printed amounts (report sign: revenue positive, costs negative) for 2023 and 2022.
REPORT_RESULTS = {
    "3987": ("1 850 000,00", "1 200 000,00"), "3990": ("45 000,00", "30 000,00"), "8310": ("38 412,00", "5 120,00"),
    "4010": ("-8 410 000,00", "-7 650 000,00"), "5010": ("-310 000,00", "-300 000,00"),
    "6110": ("-24 500,00", "-22 000,00"), "6230": ("-41 300,00", "-39 800,00"),
    "6421": ("-62 000,00", "-60 000,00"), "6422": ("-34 000,00", "-32 000,00"),
    "6530": ("-118 000,00", "-115 000,00"), "6550": ("-265 000,00", "-240 000,00"),
    "7210": ("-2 950 000,00", "-2 700 000,00"), "7240": ("-120 000,00", "-115 000,00"),
    "7331": ("-18 250,00", "-16 900,00"), "7410": ("-236 000,00", "-216 000,00"),
    "7510": ("-964 594,00", "-884 473,00"), "7832": ("-40 000,00", "-40 000,00"), "8410": ("-1 250,00", "-900,00"),
}
PAYROLL = ["7210", "7240", "7331", "7510"]

OPENING_LAST = {"1220": o("200 000,00"), "1229": -o("40 000,00"), "1510": o("150 000,00"), "1790": o("180 000,00"),
                "1930": o("2 452 300,00"), "2010": -o("2 471 600,00"), "2440": -o("310 000,00"),
                "2710": -o("62 300,00"), "2730": -o("58 400,00"), "2990": -o("40 000,00")}
OPENING = {"1220": o("200 000,00"), "1229": -o("80 000,00"), "1510": o("120 000,00"), "1790": o("300 000,00"),
           "1930": None, "2010": None, "2440": -o("420 000,00"), "2710": -o("69 360,00"), "2730": -o("61 080,00"),
           "2990": -o("45 000,00")}
CLOSING_TARGETS = {"1510": o("240 000,00"), "2440": -o("515 000,00")}

CENTRE_COSTS = {"1001": o("150 000,00"), "1002": o("2 584 094,00"), "2001": o("3 900 000,00"),
                "2002": o("2 250 000,00"), "2003": o("1 160 000,00"), "4001": o("3 550 800,00")}
CENTRE_COSTS_LAST = {"1001": o("140 000,00"), "1002": o("2 431 173,00"), "2001": o("3 600 000,00"),
                     "2002": o("2 100 000,00"), "2003": o("1 000 000,00"), "4001": o("3 160 900,00")}
PREFERENCES = [("1001", ["7240", "7510", "7331"]), ("2001", ["4010"]), ("2002", ["4010"]), ("2003", ["4010"]),
               ("4001", ["4010", "7210", "7510", "7331"]),
               ("1002", ["7210", "7510", "7331", "5010", "6110", "6230", "6421", "6422", "6530", "6550", "7410",
                         "7832", "8410", "4010"])]
REVENUE_CENTRE = "1002"
PROJECT_CENTRE = "4001"


def contributions(state, region, municipal):
    """Booked per member: the municipalities' population shares rounded to whole hundreds of
    kronor, the rounding rest on the largest municipality (as the invoices were sent)."""
    exact = municipal_split(municipal, MUNICIPALITIES)
    booked = [(name, (amount + 5000) // 10000 * 10000) for name, amount in exact]
    largest = max(range(len(booked)), key=lambda i: booked[i][1])
    rest = municipal - sum(amount for _, amount in booked)
    booked[largest] = (booked[largest][0], booked[largest][1] + rest)
    amounts = [state, region] + [amount for _, amount in booked]
    return {account: amount for (account, _), amount in zip(MEMBER_ACCOUNTS, amounts)}


def results(column):
    res = {a: -o(pair[column]) for a, pair in REPORT_RESULTS.items() if o(pair[column])}
    booked = contributions(STATE, REGION, MUNICIPAL) if column == 0 else contributions(STATE_LAST, REGION_LAST, MUNICIPAL_LAST)
    res.update({account: -amount for account, amount in booked.items()})
    return res


def costs_of(res):
    return {a: v for a, v in res.items() if ACCOUNTS[a][1] == "K"}


def opening():
    """Last year's closing after its result went to equity; the bank balances the rest."""
    balances = dict(OPENING)
    balances["2010"] = OPENING_LAST["2010"] + sum(results(1).values())
    balances["1930"] = 0
    balances["1930"] = -sum(balances.values())
    return balances


def member_invoices(res):
    vouchers = []
    for q in range(4):
        for account, name in MEMBER_ACCOUNTS:
            part = month_split(-res[account], 4)[q]
            vouchers.append(Voucher(day(YEAR, 3 * q + 1, 10), "Faktura kv%d: %s" % (q + 1, name.lower()),
                                    [("1510", "", part), (account, REVENUE_CENTRE, -part)]))
        other = month_split(-res["3990"], 4)[q]
        vouchers.append(Voucher(day(YEAR, 3 * q + 2, 15), "Ersättning för utbildningsplatser",
                                [("1510", "", other), ("3990", REVENUE_CENTRE, -other)]))
        interest = month_split(-res["8310"], 4)[q]
        vouchers.append(Voucher(day(YEAR, 3 * q + 3, 28), "Ränta företagskonto",
                                [("1930", "", interest), ("8310", REVENUE_CENTRE, -interest)]))
    return vouchers


def esf_and_openings(res, balances):
    accrued = o("550 000,00")
    received = [(day(YEAR, 4, 20), o("600 000,00")), (day(YEAR, 9, 20), -res["3987"] - accrued - o("600 000,00"))]
    vouchers = [Voucher(date, "Utbetalning ESF-rådet, Vägen vidare", [("1930", "", amount), ("3987", PROJECT_CENTRE, -amount)])
                for date, amount in received]
    vouchers.append(Voucher(day(YEAR, 12, 31), "Upplupet ESF-stöd december", [("1790", "", accrued), ("3987", PROJECT_CENTRE, -accrued)]))
    vouchers.append(Voucher(day(YEAR, 2, 15), "ESF-stöd 2022 utbetalt", [("1930", "", balances["1790"]), ("1790", "", -balances["1790"])]))
    vouchers.append(Voucher(day(YEAR, 1, 12), "Skatt och arbetsgivaravgifter december 2022",
                            [("2710", "", -balances["2710"]), ("2730", "", -balances["2730"]), ("1930", "", balances["2710"] + balances["2730"])]))
    vouchers.append(Voucher(day(YEAR, 1, 15), "Upplupna kostnader 2022 fakturerade",
                            [("2990", "", -balances["2990"]), ("2440", "", balances["2990"])]))
    vouchers.append(Voucher(day(YEAR, 12, 31), "Avskrivning inventarier",
                            [("7832", REVENUE_CENTRE, res["7832"]), ("1229", "", -res["7832"])]))
    return vouchers


def payroll(allocations):
    """Monthly salaries (30 % preliminary tax to 2710) and social fees (2730), each month's
    tax and fees paid on the 12th of the next."""
    vouchers = []
    for month in range(1, 13):
        rows = [(a, c, month_split(v)[month - 1]) for (a, c), v in sorted(allocations.items()) if a in PAYROLL]
        wages = [r for r in rows if r[0] != "7510"]
        taxable = sum(p for a, _, p in wages if a != "7331")
        tax = taxable * 30 // 100
        vouchers.append(Voucher(day(YEAR, month, 25), "Löner %02d" % month,
                                wages + [("2710", "", -tax), ("1930", "", -(sum(p for _, _, p in wages) - tax))]))
        fees = [r for r in rows if r[0] == "7510"]
        fee = sum(p for _, _, p in fees)
        vouchers.append(Voucher(day(YEAR, month, 25), "Arbetsgivaravgifter %02d" % month, fees + [("2730", "", -fee)]))
        if month < 12:
            vouchers.append(Voucher(day(YEAR, month + 1, 12), "Skatt och arbetsgivaravgifter %02d" % month,
                                    [("2710", "", tax), ("2730", "", fee), ("1930", "", -(tax + fee))]))
    return vouchers


def build():
    global OPENING, CLOSING
    res, res_last = results(0), results(1)
    OPENING = opening()
    ledger = Ledger(OPENING)
    costs = allocate(costs_of(res), CENTRE_COSTS, PREFERENCES)
    invoiced = {key: v for key, v in costs.items() if key[0] not in PAYROLL and key[0] != "7832"}
    vouchers = member_invoices(res) + esf_and_openings(res, OPENING) + payroll(costs)
    vouchers += supplier_invoices(YEAR, invoiced, "2440", {"8410": "1930"}, ("2990", o("52 000,00")))
    vouchers.sort(key=lambda v: v.date)
    for voucher in vouchers:
        ledger.post(voucher)
    for account, text in (("2440", "Betalning leverantörsskulder"), ("1510", "Inbetalning kundfordringar")):
        for payment in settle(ledger, account, "1930", CLOSING_TARGETS[account], YEAR, text):
            ledger.post(payment)
    ledger.vouchers.sort(key=lambda v: (v.date, v.text))
    result_accounts = {a for a, (_, k) in ACCOUNTS.items() if k in "IK"}
    CLOSING = {a: v for a, v in sorted(ledger.balance.items()) if a not in result_accounts and v}
    verify(ledger, OPENING, CLOSING, res, result_accounts)
    last = allocate(costs_of(res_last), CENTRE_COSTS_LAST, PREFERENCES)
    for account, amount in res_last.items():
        if ACCOUNTS[account][1] == "I":
            last[(account, PROJECT_CENTRE if account == "3987" else REVENUE_CENTRE)] = amount
    return AnnualBooks(sys.modules[__name__], "20240125", res, res_last, ledger.vouchers, last, {})
