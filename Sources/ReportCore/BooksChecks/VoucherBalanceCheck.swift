/// Every voucher balances: its effective transactions (#TRANS) sum to zero.
enum VoucherBalanceCheck {
    static func run(_ context: BooksCheckContext) -> [Finding] {
        var findings: [Finding] = []
        for voucher in context.books.vouchers {
            var debit = CheckedSum()
            var credit = CheckedSum()
            for transaction in voucher.transactions where transaction.kind == .normal {
                if transaction.amount.isNegative { credit.add(-transaction.amount) } else { debit.add(transaction.amount) }
            }
            let name = "Verifikation \(voucher.label) (\(voucher.date))"
            if debit.overflowed || credit.overflowed {
                findings.append(CheckMessages.overflow(name, context, line: voucher.line))
                continue
            }
            guard debit.ore != credit.ore else { continue }
            let difference = debit.money.difference(to: credit.money).map { ", skillnad \($0.kronorText)" } ?? ""
            let message = "\(name) balanserar inte: debet \(debit.money.kronorText), kredit \(credit.money.kronorText)\(difference)"
            findings.append(Finding(.error, code: "verifikation-obalans", message: message, location: context.location(voucher.line)))
        }
        return findings
    }
}
