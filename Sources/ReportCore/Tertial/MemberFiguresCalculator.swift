/// Each member's figures for its letter (`MemberFigures`), and the checks of what
/// medlemmar.yaml names for them: a `bidragskonto` must be an account of the books and
/// belong to one member only, a cost centre must be an object of the books.
enum MemberFiguresCalculator {
    struct Context {
        var inputs: TertialInputs
        var participants: ParticipantTables
        var costCentres: CostCentreFollowUp
        var forecast: ResultForecast?
    }

    static func compute(_ context: Context, contributions: ContributionSummary) -> (figures: [MemberFigures], findings: [Finding]) {
        let members = context.inputs.members
        let findings = check(members, books: context.inputs.books, booksFile: context.inputs.booksFile)
        let all = zip(members, contributions.perMember).map { member, part in
            memberFigures(member, contribution: part.amount, context)
        }
        return (all, findings)
    }

    private static func memberFigures(_ member: MemberRecord, contribution: Money, _ context: Context) -> MemberFigures {
        let inputs = context.inputs, period = inputs.period
        let bookedSoFar = member.contributionAccount.map { booked($0.code, inputs.books, period) }
        let contributionFigures = MemberFigures.Contribution(
            year: inputs.contributions.year, forYear: contribution, bookedInPeriod: bookedSoFar,
            account: member.contributionAccount?.code, bookedPermille: bookedSoFar.flatMap { permille($0.ore, of: contribution.ore) })
        let ownMunicipality = member.kind == .municipality
        let flow = ownMunicipality ? context.participants.flows?.rows.first { $0.municipality == member.shortName }
            : context.participants.flows?.totals
        let activityRow = ownMunicipality ? context.participants.activity?.rows.first { $0.municipality == member.shortName && $0.offered }
            : context.participants.activity?.totals
        let codes = Set(member.costCentres.map(\.code))
        let centres = ownMunicipality ? context.costCentres.rows.filter { codes.contains($0.code) }.map {
            MemberFigures.CostCentre(code: $0.code, name: $0.name, hasBudget: $0.hasBudget, periodBudget: $0.periodBudget,
                                     outcome: $0.outcome)
        } : []
        return MemberFigures(
            scope: ownMunicipality ? .member : .association, subject: ownMunicipality ? member.shortName : inputs.association.name,
            participants: flow.map {
                .init(total: $0.total, expectedAnnual: $0.expectedAnnual, unique: $0.unique, inflow: $0.inflow, outflow: $0.outflow,
                      monthsElapsed: period.months.count, monthsInYear: 12,
                      shareOfExpectedPermille: permille(Int64($0.total), of: Int64($0.expectedAnnual)),
                      elapsedPermille: permille(Int64(period.months.count), of: 12) ?? 0)
            },
            activity: activityRow.map {
                .init(name: context.participants.activity?.activity ?? "", count: $0.total, budgetedPlaces: $0.budget,
                      sharePermille: permille(Int64($0.total), of: Int64($0.budget)))
            },
            costCentres: centres,
            costCentreOutcome: ownMunicipality ? centres.map(\.outcome).sum() : context.costCentres.totalOutcome,
            costCentrePeriodBudget: ownMunicipality ? centres.map(\.periodBudget).sum() : context.costCentres.totalPeriodBudget,
            costCentreOutcomeWithoutBudget: (ownMunicipality ? centres.filter { !$0.hasBudget }.map(\.outcome)
                : context.costCentres.rows.filter { !$0.hasBudget }.map(\.outcome)).sum(),
            contribution: contributionFigures, forecast: context.forecast)
    }

    /// The contribution booked on the account in the period's months (#PSALDO without object), revenue positive.
    private static func booked(_ account: String, _ books: Books, _ period: ReportPeriod) -> Money {
        -books.periodBalances.filter { $0.objects.isEmpty && $0.account == account && period.contains($0.period) }.map(\.amount).sum()
    }

    static func check(_ members: [MemberRecord], books: Books, booksFile: String) -> [Finding] {
        var findings: [Finding] = []
        var owners: [String: String] = [:]
        for member in members {
            if let account = member.contributionAccount {
                if books.accounts[account.code] == nil {
                    findings.append(Finding(.error, code: "medlem-bidragskonto-okant",
                                            message: "Bidragskontot \(account.code) för \(member.name) finns inte bland kontona (#KONTO) i \(booksFile).",
                                            location: account.location))
                }
                if let other = owners.updateValue(member.name, forKey: account.code) {
                    findings.append(Finding(.error, code: "medlem-bidragskonto-delat",
                                            message: "Bidragskontot \(account.code) står både för \(other) och \(member.name); "
                                                + "varje medlems bidrag ska bokas på ett eget konto.",
                                            location: account.location))
                }
            }
            for centre in member.costCentres where books.objects[ObjectRef(dimension: CostCentreCalculator.dimension, id: centre.code)] == nil {
                findings.append(Finding(.error, code: "medlem-kostnadsstalle-okant",
                                        message: "Kostnadsstället \(centre.code) för \(member.name) finns inte bland kostnadsställena "
                                            + "(#OBJEKT 1) i \(booksFile).",
                                        location: centre.location))
            }
        }
        return findings
    }
}
