/// The contributions typed in medlemmar.yaml (`medlemsbidrag`: the year and the total, and
/// each member's part of it by share or population) against the books: the year's budget on
/// each member's `bidragskonto` (#PBUDGET), or what is booked there when the period is the
/// whole year. A letter must never tell a member an amount the books disagree with.
enum ContributionBooksChecks {
    struct Member {
        var record: MemberRecord
        /// The member's part for the year, as the typed total, share and population give it.
        var typed: Money
    }

    static func tertial(_ settings: ContributionSettings, members: [Member], books: Books, booksFile: String,
                        period: ReportPeriod) -> [Finding] {
        if settings.year != period.end.year {
            return [Finding(.error, code: "medlemsbidrag-ar",
                            message: "medlemsbidrag.år är \(settings.year), men perioden \(period) gäller \(period.end.year).",
                            location: settings.yearLocation ?? settings.location)]
        }
        let references = members.map { reference($0.record, books: books, year: settings.year, period: period) }
        let known = zip(members, references).compactMap { member, reference in reference.map { (member, $0) } }
        if known.count == members.count, !members.isEmpty {
            let booked = known.map(\.1.amount).sum()
            if booked != settings.total {
                let accounts = known.compactMap { $0.0.record.contributionAccount?.code }.joined(separator: ", ")
                return [Finding(.error, code: "medlemsbidrag-bokforing",
                                message: "Medlemsbidragen för \(settings.year) är \(settings.total.kronorText) i \(settings.location.file) (totalt), "
                                    + "men \(booksFile) har \(booked.kronorText) \(known[0].1.kind) på medlemmarnas bidragskonton (\(accounts)).",
                                location: settings.totalLocation ?? settings.location)]
            }
        }
        return known.compactMap { member, reference in
            guard member.typed != reference.amount, let account = member.record.contributionAccount else { return nil }
            return Finding(.error, code: "medlemsbidrag-bokforing",
                           message: "\(member.record.name) ska enligt \(member.record.location.file) bidra med \(member.typed.kronorText) under \(settings.year) "
                               + "(\(basis(member.record))), men \(booksFile) har \(reference.amount.kronorText) \(reference.kind) "
                               + "på bidragskontot \(account.code).",
                           location: member.record.location)
        }
    }

    /// What the books say the member gives in the year: the year's budget on its account,
    /// or, for a whole-year period without budget, what is booked there. Revenue positive.
    private static func reference(_ member: MemberRecord, books: Books, year: Int, period: ReportPeriod)
        -> (amount: Money, kind: String)? {
        guard let account = member.contributionAccount?.code else { return nil }
        let budget = books.periodBudgets.filter { $0.objects.isEmpty && $0.account == account && $0.period.year == year }
        if !budget.isEmpty { return (-budget.map(\.amount).sum(), "budgeterat för \(year) (#PBUDGET)") }
        guard period.months.count == 12 else { return nil }
        let booked = books.periodBalances.filter { $0.objects.isEmpty && $0.account == account && period.contains($0.period) }
        guard !booked.isEmpty else { return nil }
        return (-booked.map(\.amount).sum(), "bokfört för \(year)")
    }

    private static func basis(_ member: MemberRecord) -> String {
        if let share = member.share { return "andel \(share.numerator)/\(share.denominator) av totalen" }
        if let population = member.population { return "efter folkmängd, \(SwedishNumberFormat.integer(Int64(population))) invånare" }
        return "varken andel eller folkmängd"
    }

    /// The annual report: a typed `medlemsbidrag` must name the report's year and the total
    /// booked on the members' line (or on their `bidragskonto` when the note is described).
    static func annual(_ inputs: ReportInputs, booked noteTotal: Money?, ledger: LedgerView) -> [Finding] {
        guard let settings = inputs.contributions else { return [] }
        let year = inputs.settings.year
        if settings.year != year {
            return [Finding(.error, code: "medlemsbidrag-ar",
                            message: "medlemsbidrag.år är \(settings.year), men årsredovisningen gäller \(year).",
                            location: settings.yearLocation ?? settings.location)]
        }
        let accounts = inputs.members.compactMap(\.contributionAccount?.code)
        let onAccounts = accounts.count == inputs.members.count && !accounts.isEmpty
            ? accounts.map { -ledger.result(0, $0) }.sum() : nil
        guard let booked = noteTotal ?? onAccounts, booked != settings.total else { return [] }
        return [Finding(.error, code: "medlemsbidrag-bokforing",
                        message: "Medlemsbidragen för \(year) är \(settings.total.kronorText) i \(settings.location.file) (totalt), "
                            + "men \(inputs.booksFile) har \(booked.kronorText) bokfört som medlemsbidrag.",
                        location: settings.totalLocation ?? settings.location)]
    }
}
