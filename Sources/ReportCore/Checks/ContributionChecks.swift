/// The members' contributions as booked (each member's `bidragskonto`) against the
/// population rule: the state half, the region a quarter, the municipalities a quarter by
/// population. A difference is a warning per member, with the amounts: the report prints
/// what was booked, the rule no longer replaces it.
enum ContributionChecks {
    static func rule(_ members: [MemberRecord], ledger: LedgerView) -> [Finding] {
        let booked = members.compactMap { member in
            member.contributionAccount.map { (member, $0, -ledger.result(0, $0.code)) }
        }
        guard !booked.isEmpty, booked.count == members.count else { return [] }
        let expected = expectedShares(members, total: booked.map(\.2).sum())
        return booked.compactMap { member, account, amount in
            guard let rule = expected[member.name], rule != amount else { return nil }
            let difference = amount - rule
            return Finding(.warning, code: "medlemsbidrag-regel",
                           message: "\(member.name) har bokfört \(amount.kronorText) på konto \(account.code), men befolkningsregeln "
                               + "(staten hälften, regionen en fjärdedel, kommunerna en fjärdedel efter folkmängd) ger "
                               + "\(rule.kronorText) (skillnad \(difference.isNegative ? "\u{2212}" : "+")\(Money(ore: Int64(difference.ore.magnitude)).kronorText)).",
                           location: account.location)
        }
    }

    /// Each member's share of `total` by the rule, to the öre.
    static func expectedShares(_ members: [MemberRecord], total: Money) -> [String: Money] {
        let state = members.filter { $0.kind == .state }
        let regions = members.filter { $0.kind == .region }
        let municipalities = members.filter { $0.kind == .municipality }
        var weights = state.map { _ in Int64(2 * max(1, regions.count)) }
        if !municipalities.isEmpty { weights.append(Int64(max(1, state.count) * max(1, regions.count))) }
        weights += regions.map { _ in Int64(max(1, state.count)) }
        let amounts = MemberFinancingBuilder.split(total, weights: weights)
        var shares: [String: Money] = [:]
        for (index, member) in state.enumerated() { shares[member.name] = amounts[index] }
        let offset = state.count + (municipalities.isEmpty ? 0 : 1)
        for (index, member) in regions.enumerated() { shares[member.name] = amounts[offset + index] }
        if !municipalities.isEmpty {
            let split = MemberFinancingBuilder.municipalSplit(amounts[state.count], municipalities)
            for (member, row) in zip(municipalities, split.rows) { shares[member.name] = row.amount }
        }
        return shares
    }
}
