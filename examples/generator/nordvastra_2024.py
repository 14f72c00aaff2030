"""Samordningsförbundet Nordvästra Ängsdalen 2024: an invented association (names, places
and figures are fictitious) that differs where associations differ: three municipalities,
members' contributions booked as operating revenue (the Finsam default mapping, no
override), a negative result, no #PBUDGET (its budget is a csv). Same accounts as the
Sjuhärad example (see sjuharad_2024.py for the choices)."""

import sys

from books_builder import (AnnualBooks, Ledger, Voucher, allocate, day, month_split,
                           settle, supplier_invoices, verify)
from members import municipal_split
from sjuharad_2024 import o

NAME = "Samordningsförbundet Nordvästra Ängsdalen"
ORGNR = "222000-4242"
YEAR = 2024

ACCOUNTS = {
    "1511": ("Kundfordringar", "T"), "1930": ("Bankgiro", "T"), "2010": ("Eget kapital", "S"),
    "2411": ("Leverantörsskulder", "S"), "2991": ("Upplupna kostnader", "S"),
    "3811": ("Bidrag från medlemmarna", "I"), "3919": ("Övriga intäkter", "I"),
    "5111": ("Arvoden förtroendevalda", "K"), "5539": ("Köpta verksamhetstjänster", "K"),
    "5611": ("Sociala avgifter enligt lag", "K"), "5711": ("Reseersättning", "K"), "5911": ("Inhyrd personal", "K"),
    "6111": ("Lokalhyra", "K"), "7599": ("Övriga tjänster", "K"), "8411": ("Ränteintäkter bank", "I"),
    "8591": ("Övriga finansiella kostnader", "K"),
}
CENTRES = {"1001": "Styrelse", "1003": "Gemensamma kostnader", "1010": "Kansli",
           "3001": "Steg framåt Ängsby", "3002": "Steg framåt Norrvik", "3003": "Arbetsträning Bäckfors"}

REPORT_RESULTS = {
    "3811": ("6 000 000,00", "5 800 000,00"), "3919": ("150 000,00", "90 000,00"), "8411": ("12 654,33", "8 100,00"),
    "5111": ("-180 000,00", "-170 000,00"), "5611": ("-56 556,00", "-53 414,00"), "5711": ("-12 000,00", "-11 000,00"),
    "5911": ("-1 400 000,00", "-1 350 000,00"), "5539": ("-4 700 000,00", "-4 100 000,00"),
    "6111": ("-150 000,00", "-145 000,00"), "7599": ("-75 444,00", "-70 000,00"), "8591": ("-1 000,00", "-900,00"),
}
OPENING_LAST = {"1511": o("300 000,00"), "1930": o("2 000 000,00"), "2010": -o("1 900 000,00"),
                "2411": -o("250 000,00"), "2991": -o("150 000,00")}
OPENING = {"1511": o("250 000,00"), "1930": o("1 987 786,00"), "2010": -o("1 897 786,00"),
           "2411": -o("240 000,00"), "2991": -o("100 000,00")}
CLOSING = {"1511": o("200 000,00"), "1930": o("1 705 440,33"), "2010": -o("1 897 786,00"),
           "2411": -o("300 000,00"), "2991": -o("120 000,00")}

CENTRE_COSTS = {"1001": o("248 556,00"), "1003": o("76 444,00"), "1010": o("1 550 000,00"),
                "3001": o("2 500 000,00"), "3002": o("1 400 000,00"), "3003": o("800 000,00")}
CENTRE_COSTS_LAST = {"1001": o("234 414,00"), "1003": o("70 900,00"), "1010": o("1 495 000,00"),
                     "3001": o("2 200 000,00"), "3002": o("1 200 000,00"), "3003": o("700 000,00")}
PREFERENCES = [("1001", ["5111", "5611", "5711"]), ("1003", ["7599", "8591"]), ("1010", ["6111", "5911"]),
               ("3001", ["5539"]), ("3002", ["5539"]), ("3003", ["5539"])]
REVENUE_CENTRES = {"3811": "1003", "3919": "1010", "8411": "1003"}

MEMBERS = ["Försäkringskassan", "Arbetsförmedlingen", "Region Ängsdalen"]
POPULATIONS = [("Ängsby kommun", 21480), ("Norrvik kommun", 8950), ("Bäckfors kommun", 4310)]


def results(column):
    return {a: -o(pair[column]) for a, pair in REPORT_RESULTS.items() if o(pair[column])}


def costs_of(res):
    return {a: v for a, v in res.items() if ACCOUNTS[a][1] == "K"}


def scheduled_vouchers(res):
    vouchers = []
    quarter = -res["3811"] // 4
    shares = [(name, quarter) for name in MEMBERS] + municipal_split(quarter, POPULATIONS)
    for q in range(4):
        for name, annual in shares:
            part = month_split(annual, 4)[q]
            vouchers.append(Voucher(day(YEAR, 3 * q + 1, 10), "Medlemsbidrag kv%d %s" % (q + 1, name),
                                    [("1511", "", part), ("3811", "1003", -part)]))
        other = month_split(-res["3919"], 4)[q]
        vouchers.append(Voucher(day(YEAR, 3 * q + 2, 15), "Uthyrning av lokal och utbildningsplatser",
                                [("1511", "", other), ("3919", "1010", -other)]))
        interest = month_split(-res["8411"], 4)[q]
        vouchers.append(Voucher(day(YEAR, 3 * q + 3, 28), "Ränta bankgiro",
                                [("1930", "", interest), ("8411", "1003", -interest)]))
    vouchers.append(Voucher(day(YEAR, 1, 15), "Upplupna kostnader 2023 fakturerade",
                            [("2991", "", o("100 000,00")), ("2411", "", -o("100 000,00"))]))
    return vouchers


def build():
    res, res_last = results(0), results(1)
    ledger = Ledger(OPENING)
    vouchers = scheduled_vouchers(res)
    costs = allocate(costs_of(res), CENTRE_COSTS, PREFERENCES)
    vouchers += supplier_invoices(YEAR, costs, "2411", {"8591": "1930"}, ("2991", o("120 000,00")))
    vouchers.sort(key=lambda v: v.date)
    for voucher in vouchers:
        ledger.post(voucher)
    for account, text in (("2411", "Betalning leverantörsskulder"), ("1511", "Inbetalning kundfordringar")):
        for payment in settle(ledger, account, "1930", CLOSING[account], YEAR, text):
            ledger.post(payment)
    ledger.vouchers.sort(key=lambda v: v.date)
    verify(ledger, OPENING, CLOSING, res, {a for a, (_, k) in ACCOUNTS.items() if k in "IK"})
    last = allocate(costs_of(res_last), CENTRE_COSTS_LAST, PREFERENCES)
    for account, centre in REVENUE_CENTRES.items():
        last[(account, centre)] = res_last[account]
    return AnnualBooks(sys.modules[__name__], "20250120", res, res_last, ledger.vouchers, last, {})
