"""Kvarnsjöbygden's historik.yaml: the earlier years of its multi-year overview, made from
exact amounts in öre and rounded to tkr the way each report was printed.

2022 is the books' last year (the SIE file's #RES -1 and the opening balances of 2023),
rounded as the product rounds: a sum half away from zero, the rows under it by largest
remainder so that they add up. 2021 is invented the same way; its closing equity is the
books' opening equity of 2022. The years before 2021 are the predecessor's,
Samordningsförbundet Kvarnby–Sjöholma, which printed each figure rounded on its own (one
2018's and 2019's rows therefore miss their sum by 1 tkr, which rounding explains). At the merger on
1 January 2021 Norra Kvarnsjön's equity (900 000 kr) came in, so the predecessor's closing
equity 2020 plus 2021's result is not Kvarnsjöbygden's equity 2021."""

import kvarnsjo_2023 as books
from sjuharad_2024 import o

PREDECESSOR = "Samordningsförbundet Kvarnby–Sjöholma"
MERGER_CAPITAL = o("900 000,00")

# Invented years: revenue, costs, financial net (report sign), closing total assets, employees.
OWN = [(2021, "11 740 000,00", "-11 402 815,40", "1 210,60", "3 012 480,55", 3)]
EARLIER = [(2020, "5 620 400,60", "-5 480 250,40", "850,60", "2 310 700,25", 2),
           (2019, "5 540 000,40", "-5 580 350,60", "720,55", "2 105 330,90", 2),
           (2018, "5 310 600,00", "-5 250 400,00", "600,00", "1 980 120,00", 1)]


def tkr(ore):
    """Half away from zero."""
    whole, rest = divmod(abs(ore), 100000)
    return (whole + (1 if 2 * rest >= 100000 else 0)) * (1 if ore >= 0 else -1)


def largest_remainder(lines):
    """Lines rounded so that they add up to their rounded sum (as TkrRule.column)."""
    target = tkr(sum(lines))
    floors = [line // 100000 for line in lines]
    order = sorted(range(len(lines)), key=lambda i: (-(lines[i] - floors[i] * 100000), i))
    for i in order[:target - sum(floors)]:
        floors[i] += 1
    return floors, target


def last_year():
    """2022 from the books: the results of last year and the balances at its close."""
    res = books.results(1)
    revenue = sum(-v for a, v in res.items() if books.ACCOUNTS[a][1] == "I" and not a.startswith("8"))
    costs = sum(-v for a, v in res.items() if books.ACCOUNTS[a][1] == "K" and not a.startswith("8"))
    financial = sum(-v for a, v in res.items() if a.startswith("8"))
    opening = books.opening()
    assets = sum(v for a, v in opening.items() if a.startswith("1"))
    return 2022, revenue, costs, financial, -opening["2010"], assets, 4


def own_years():
    """2022 and 2021, equity back from 2022's closing; 2021's opening is what it took over."""
    year, revenue, costs, financial, equity, assets, staff = last_year()
    years = [(year, revenue, costs, financial, equity, assets, staff)]
    equity -= revenue + costs + financial
    for year, revenue, costs, financial, assets, staff in OWN:
        revenue, costs, financial, assets = o(revenue), o(costs), o(financial), o(assets)
        years.append((year, revenue, costs, financial, equity, assets, staff))
        equity -= revenue + costs + financial
    return years, equity - MERGER_CAPITAL


def predecessor_years(closing_equity):
    years, equity = [], closing_equity
    for year, revenue, costs, financial, assets, staff in EARLIER:
        revenue, costs, financial, assets = o(revenue), o(costs), o(financial), o(assets)
        years.append((year, revenue, costs, financial, equity, assets, staff))
        equity -= revenue + costs + financial
    return years


def entry(year, revenue, costs, financial, equity, assets, staff, rounded_together):
    if rounded_together:
        (rev, cost, fin), result = largest_remainder([revenue, costs, financial])
    else:
        rev, cost, fin, result = tkr(revenue), tkr(costs), tkr(financial), tkr(revenue + costs + financial)
    return ["  - år: %d" % year, "    verksamhetens_intäkter: %d" % rev, "    verksamhetens_kostnader: %d" % cost,
            "    finansiella_poster: %d" % fin, "    årets_resultat: %d" % result, "    eget_kapital: %d" % tkr(equity),
            "    balansomslutning: %d" % tkr(assets), "    antal_anställda: %d" % staff]


def text():
    own, predecessor_equity = own_years()
    lines = ["# Tidigare års siffror till flerårsöversikten, i tkr som de trycktes (raderna i",
             "# rakningar.yaml under flerårsöversikt). Skriven av examples/generator/kvarnsjo_history.py",
             "# ur exakta belopp: 2022 är bokföringens föregående år. Soliditeten räknas av programmet.",
             "år:"]
    for year in own:
        lines += entry(*year, rounded_together=True)
    lines += ["# Åren före sammanläggningen 2021: föregångaren Kvarnby–Sjöholma, vars årsredovisningar",
              "# avrundade varje tal för sig (2018: 5 311 − 5 250 + 1 = 62 mot årets resultat 61, vilket",
              "# avrundningen förklarar). Vid sammanläggningen tillfördes Norra Kvarnsjöns eget kapital,",
              "# 900 tkr, så eget kapital 2021 följer inte av föregångarens 2020.",
              "föregångare:",
              "  - rubrik: %s" % PREDECESSOR,
              "    år:"]
    for year in predecessor_years(predecessor_equity):
        lines += ["    " + line for line in entry(*year, rounded_together=False)]
    return "\n".join(lines) + "\n"


def files():
    return {"historik.yaml": text().encode("utf-8")}
