/// A SIE 4 export whose balances moved during the year but which holds no voucher has
/// lost its vouchers (an export cut at a line end passes every other check): refused,
/// rather than reported as "0 verifikationer".
enum MissingVouchersCheck {
    static func run(_ context: BooksCheckContext) -> [Finding] {
        let books = context.books
        guard books.vouchers.isEmpty, books.header.sieType?.hasPrefix("4") == true else { return [] }
        let moved = books.closingBalances.filter { key, entry in
            key.year == 0 && entry.amount != (books.openingBalances[key]?.amount ?? .zero)
        }
        let results = books.results.filter { $0.key.year == 0 && !$0.value.amount.isZero }
        guard let first = (moved.values.map(\.line) + results.values.map(\.line)).min() else { return [] }
        return [Finding(.error, code: "verifikationer-saknas",
                        message: "Filen är en SIE 4-export med saldon som ändrats under året (\(moved.count + results.count) konton), "
                            + "men den har inga verifikationer: exporten är troligen avbruten. Exportera bokföringen på nytt.",
                        location: context.location(first))]
    }
}
