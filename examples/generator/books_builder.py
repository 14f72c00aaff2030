"""Builds a year of vouchers, period balances and budgets that reproduce given totals exactly.

An association module gives the targets (results per account, balances per account, cost per
cost centre); this module spreads them over months and vouchers and then checks, to the öre,
that the vouchers reproduce every target. All amounts are integers in öre, SIE signs.
"""

from collections import defaultdict


class Voucher:
    def __init__(self, date, text, rows):
        self.date, self.text, self.rows = date, text, rows
        assert sum(amount for _, _, amount in rows) == 0, "obalanserad verifikation: " + text


def month_split(amount, months=12):
    """Equal monthly parts, the rounding rest in the last month."""
    part = int(amount / months) if amount >= 0 else -int(-amount / months)
    return [part] * (months - 1) + [amount - part * (months - 1)]


def allocate(account_totals, centre_targets, preferences):
    """Spreads each account's total over cost centres so that every centre reaches its target.

    preferences: [(centre, [accounts in the order they are drawn from])], processed in order.
    A negative target (a credit on a cost centre) draws only from accounts listed for it.
    Returns {(account, centre): amount} and fails loudly when anything is left over.
    """
    left = dict(account_totals)
    result = defaultdict(int)
    for centre, accounts in preferences:
        need = centre_targets[centre]
        for account in accounts:
            if need == 0:
                break
            available = left.get(account, 0)
            take = need if need < 0 else min(need, max(available, 0))
            if need < 0:
                take = need
            if take:
                result[(account, centre)] += take
                left[account] = available - take
                need -= take
        assert need == 0, "kostnadsställe %s saknar %d öre" % (centre, need)
    rest = {a: v for a, v in left.items() if v}
    assert not rest, "konton ej fördelade: %r" % rest
    return dict(result)


class Ledger:
    def __init__(self, opening):
        self.balance = defaultdict(int, opening)
        self.vouchers = []

    def post(self, voucher):
        for account, _, amount in voucher.rows:
            self.balance[account] += amount
        self.vouchers.append(voucher)


def day(year, month, dd):
    return "%04d%02d%02d" % (year, month, dd)


def supplier_invoices(year, allocations, counter, direct, accrual, months=range(1, 13)):
    """Monthly supplier invoices per cost centre (credit `counter`); accounts in `direct` are
    paid straight from the bank. December rows up to `accrual` (account, amount) are booked
    as accrued costs instead. Returns the vouchers in date order."""
    per_month = defaultdict(list)
    for (account, centre), amount in sorted(allocations.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        for month, part in zip(months, month_split(amount, len(months))):
            per_month[month].append((account, centre, part))
    vouchers = []
    accrual_account, accrual_left = accrual
    for month in months:
        rows = per_month[month]
        if month == 12 and accrual_left:
            rows, accrued = take_accrual(rows, accrual_left)
            vouchers.append(Voucher(day(year, 12, 31), "Upplupna kostnader december",
                                    accrued + [(accrual_account, "", -accrual_left)]))
        vouchers += invoices_for_month(year, month, rows, counter, direct)
    return vouchers


def take_accrual(rows, amount):
    """Moves positive rows (largest first) into an accrual until `amount` is reached."""
    rows = list(rows)
    accrued = []
    for index in sorted(range(len(rows)), key=lambda i: -rows[i][2]):
        if amount == 0:
            break
        account, centre, part = rows[index]
        take = min(part, amount)
        if take <= 0:
            continue
        accrued.append((account, centre, take))
        rows[index] = (account, centre, part - take)
        amount -= take
    assert amount == 0
    return [r for r in rows if r[2]], accrued


def invoices_for_month(year, month, rows, counter, direct):
    by_centre = defaultdict(list)
    bank_rows = []
    for account, centre, part in rows:
        if part == 0:
            continue
        (bank_rows if account in direct else by_centre[centre]).append((account, centre, part))
    vouchers = []
    for centre in sorted(by_centre):
        items = by_centre[centre]
        total = sum(p for _, _, p in items)
        vouchers.append(Voucher(day(year, month, 20), "Leverantörsfakturor kostnadsställe %s" % centre,
                                items + [(counter, "", -total)]))
    if bank_rows:
        total = sum(p for _, _, p in bank_rows)
        account = direct[bank_rows[0][0]]
        vouchers.append(Voucher(day(year, month, 28), "Bankavgifter", bank_rows + [(account, "", -total)]))
    return vouchers


def settle(ledger, account, bank, target, year, text, months=range(1, 13)):
    """Pays (or collects) an account down to its target closing balance, month by month in
    the order the amounts arose, so that the closing balance is exactly `target`."""
    movements = defaultdict(int)
    for voucher in ledger.vouchers:
        month = int(voucher.date[4:6])
        for acc, _, amount in voucher.rows:
            if acc == account:
                movements[month] += amount
    remaining = ledger.balance[account] - target
    opening_first = ledger.balance[account] - sum(movements.values())
    queue = [(0, opening_first)] + [(m, movements[m]) for m in months]
    payments = []
    for origin, amount in queue:
        if remaining == 0:
            break
        pay = amount if abs(amount) <= abs(remaining) and (amount > 0) == (remaining > 0) else remaining
        if (pay > 0) != (remaining > 0):
            continue
        month = min(origin + 1, 12)
        payments.append(Voucher(day(year, month, 25), "%s %02d" % (text, month),
                                [(account, "", -pay), (bank, "", pay)]))
        remaining -= pay
    assert remaining == 0, "%s kunde inte regleras: %d kvar" % (account, remaining)
    return payments


def period_rows(vouchers, year_index, result_accounts):
    """#PSALDO rows for result accounts: per month, per account total and per cost centre."""
    rows = defaultdict(int)
    for voucher in vouchers:
        period = voucher.date[:6]
        for account, centre, amount in voucher.rows:
            if account in result_accounts:
                rows[(year_index, period, account, "")] += amount
                if centre:
                    rows[(year_index, period, account, centre)] += amount
    return rows


def allocation_period_rows(year, year_index, allocations):
    """#PSALDO rows for a year without vouchers (last year): the allocations spread by month."""
    rows = defaultdict(int)
    for (account, centre), amount in allocations.items():
        for month, part in enumerate(month_split(amount), start=1):
            period = "%04d%02d" % (year, month)
            rows[(year_index, period, account, "")] += part
            rows[(year_index, period, account, centre)] += part
    return rows


def budget_rows(year, budgets):
    """#PBUDGET rows: {(centre, account): annual} spread over the months."""
    rows = {}
    for (centre, account), amount in budgets.items():
        for month, part in enumerate(month_split(amount), start=1):
            rows[(0, "%04d%02d" % (year, month), account, centre)] = part
    return rows


def verify(ledger, opening, closing, results, result_accounts):
    """Every balance account ends at its target and every result account at its #RES."""
    for account in sorted(set(opening) | set(closing) | set(ledger.balance)):
        if account in result_accounts:
            continue
        assert ledger.balance[account] == closing.get(account, 0), \
            "konto %s: %d, väntat %d" % (account, ledger.balance[account], closing.get(account, 0))
    totals = defaultdict(int)
    for voucher in ledger.vouchers:
        for account, _, amount in voucher.rows:
            if account in result_accounts:
                totals[account] += amount
    for account in sorted(set(totals) | set(results)):
        assert totals[account] == results.get(account, 0), \
            "#RES %s: %d, väntat %d" % (account, totals[account], results.get(account, 0))


class AnnualBooks:
    """The books an annual report reads: this year with vouchers and period balances, last
    year as exported after its closing (the result already in equity, so #UB -1 equals
    #IB 0 for every account, the equity account included).

    spec: the association's module (NAME, ORGNR, YEAR, ACCOUNTS, CENTRES, OPENING,
    OPENING_LAST, CLOSING); budgets: #PBUDGET rows, or {} when the budget comes as csv.
    """

    def __init__(self, spec, generated, res, res_last, vouchers, last_allocations, budgets):
        self.name, self.orgnr, self.generated = spec.NAME, spec.ORGNR, generated
        self.kptyp = getattr(spec, "KPTYP", "KOMMUN")
        self.years = {0: (f"{spec.YEAR}0101", f"{spec.YEAR}1231"), -1: (f"{spec.YEAR - 1}0101", f"{spec.YEAR - 1}1231")}
        self.accounts, self.centres = spec.ACCOUNTS, spec.CENTRES
        self.results = {0: res, -1: res_last}
        self.opening = {0: spec.OPENING, -1: spec.OPENING_LAST}
        self.closing = {0: spec.CLOSING, -1: dict(spec.OPENING)}
        self.vouchers = vouchers
        result_accounts = {a for a, (_, k) in spec.ACCOUNTS.items() if k in "IK"}
        self.period_balances = period_rows(vouchers, 0, result_accounts)
        self.period_balances.update(allocation_period_rows(spec.YEAR - 1, -1, last_allocations))
        self.period_budgets = budgets
