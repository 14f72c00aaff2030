/// Each member's contribution for the year: members with a fixed share (`andel: 1/4`)
/// get that share of the total; the rest is split between the municipalities by
/// population, in whole kronor, by largest remainder so that the parts add up exactly.
enum MemberContributionSplit {
    static let rule = "Medlemmar med fast andel får den andelen av totalen; resten fördelas mellan kommunerna "
        + "efter folkmängd i hela kronor, med största rest så att summan blir exakt."

    static func split(_ settings: ContributionSettings, members: [MemberRecord]) -> (parts: [Money], findings: [Finding]) {
        var findings: [Finding] = []
        var parts = members.map { member -> Money in
            guard let share = member.share else { return .zero }
            let (scaled, overflow) = settings.total.ore.multipliedReportingOverflow(by: share.numerator)
            if overflow {
                findings.append(Finding(.error, code: "medlemsbidrag-andel",
                                        message: "\(member.name)s andel \(share.numerator)/\(share.denominator) av "
                                            + "\(settings.total.kronorText) kan inte räknas ut exakt.", location: member.location))
                return .zero
            }
            if scaled % share.denominator != 0 {
                findings.append(Finding(.error, code: "medlemsbidrag-andel",
                                        message: "\(member.name)s andel \(share.numerator)/\(share.denominator) av "
                                            + "\(settings.total.kronorText) blir inte ett helt antal öre.",
                                        location: member.location))
            }
            return Money(ore: scaled / share.denominator)
        }
        let rest = settings.total - parts.sum()
        let shared = members.indices.filter { members[$0].share == nil }
        if rest.isNegative {
            findings.append(Finding(.error, code: "medlemsbidrag-andelar",
                                    message: "Andelarna summerar till \(parts.sum().kronorText), mer än totalen "
                                        + "\(settings.total.kronorText).", location: settings.location))
            return (parts, findings)
        }
        let populations = shared.map { members[$0].population ?? 0 }
        for index in shared where (members[index].population ?? 0) <= 0 {
            findings.append(Finding(.error, code: "medlemsbidrag-folkmangd",
                                    message: "\(members[index].name) har varken andel eller folkmängd.", location: members[index].location))
        }
        guard !shared.isEmpty, populations.reduce(0, +) > 0, rest.ore % 100 == 0 else {
            if !rest.isZero {
                findings.append(Finding(.error, code: "medlemsbidrag-rest",
                                        message: "\(rest.kronorText) av medlemsbidragen kan inte fördelas efter folkmängd.",
                                        location: settings.location))
            }
            return (parts, findings)
        }
        let kronor = rest.ore / 100
        let weights = populations.map(Int64.init)
        let split = LargestRemainder.split(kronor, weights: weights, target: kronor)
        for (index, kronor) in zip(shared, split) {
            parts[index] = Money(kronor: kronor)
        }
        return (parts, findings)
    }
}
