/// Which account plan the books follow, inferred from the accounts they use. The rule
/// (stated in rapport.yaml and in `init`'s output): the members' contributions are the
/// largest revenue of every samordningsförbund, and the two plans put them in different
/// places, Kommun-Bas on 3800–3899 and BAS on 3000–3099. The range with more revenue
/// this year decides. With revenue on neither, #KPTYP decides (BAS…/EUBAS… is BAS,
/// KOMMUN… is Kommun-Bas); when that says nothing either, the office chooses.
public struct AccountPlanInference: Equatable, Sendable {
    /// `kommun-bas` or `bas`; nil when the books do not tell.
    public var plan: String?
    /// Why, in Swedish, with the figures.
    public var reason: String

    static let kommunBasContributions = AccountRange(first: "3800", last: "3899")
    static let basContributions = AccountRange(first: "3000", last: "3099")

    public static func infer(_ books: Books) -> AccountPlanInference {
        let revenue = yearRevenue(books)
        let onKommunBas = revenue.filter { kommunBasContributions.contains($0.key) }.map(\.value).sum()
        let onBAS = revenue.filter { basContributions.contains($0.key) }.map(\.value).sum()
        let figures = "intäkter på 3800–3899 \(onKommunBas.kronorText), på 3000–3099 \(onBAS.kronorText)"
        if onKommunBas.ore > onBAS.ore {
            return AccountPlanInference(plan: "kommun-bas", reason: "medlemsbidragen står på 3800–3899 som i Kommun-Bas (\(figures))")
        }
        if onBAS.ore > onKommunBas.ore {
            return AccountPlanInference(plan: "bas", reason: "medlemsbidragen står på 3000–3099 som i BAS (\(figures))")
        }
        let declared = (books.header.chartOfAccountsType ?? "").uppercased()
        if declared.hasPrefix("BAS") || declared.hasPrefix("EUBAS") {
            return AccountPlanInference(plan: "bas", reason: "inga intäkter på 3800–3899 eller 3000–3099; #KPTYP är \(declared)")
        }
        if declared.hasPrefix("KOMMUN") || declared.hasPrefix("KBAS") {
            return AccountPlanInference(plan: "kommun-bas", reason: "inga intäkter på 3800–3899 eller 3000–3099; #KPTYP är \(declared)")
        }
        return AccountPlanInference(plan: nil, reason: "bokföringen visar inte vilken kontoplan den följer (inga intäkter på 3800–3899 eller 3000–3099 och ingen #KPTYP som säger det)")
    }

    /// This year's revenue per account, positive: #RES 0 where the file has it, else the
    /// vouchers' transactions.
    static func yearRevenue(_ books: Books) -> [String: Money] {
        var amounts: [String: Money] = [:]
        for (key, entry) in books.results where key.year == 0 { amounts[key.account, default: .zero] -= entry.amount }
        if amounts.isEmpty {
            for voucher in books.vouchers {
                for transaction in voucher.effectiveTransactions { amounts[transaction.account, default: .zero] -= transaction.amount }
            }
        }
        return amounts.filter { $0.key.hasPrefix("3") }
    }
}
