/// A sum of amounts that notices overflow instead of trapping: the checks run on
/// whatever a file contains.
struct CheckedSum: Equatable {
    private(set) var ore: Int64 = 0
    private(set) var overflowed = false

    init() {}

    init(_ money: Money) { ore = money.ore }

    mutating func add(_ money: Money) {
        let (sum, overflow) = ore.addingReportingOverflow(money.ore)
        if overflow { overflowed = true } else { ore = sum }
    }

    var money: Money { Money(ore: ore) }

    static func + (lhs: CheckedSum, rhs: Money) -> CheckedSum {
        var sum = lhs
        sum.add(rhs)
        return sum
    }
}

extension Money {
    /// The difference of two amounts, or nil when it does not fit.
    func difference(to other: Money) -> Money? {
        let (value, overflow) = ore.subtractingReportingOverflow(other.ore)
        return overflow ? nil : Money(ore: value)
    }
}

enum CheckMessages {
    /// " (skillnad 0,01 kr)" for two amounts that should agree.
    static func difference(_ actual: Money, _ expected: Money) -> String {
        guard let difference = actual.difference(to: expected) else { return "" }
        return " (skillnad \(difference.kronorText))"
    }

    static func overflow(_ what: String, _ context: BooksCheckContext, line: Int?) -> Finding {
        Finding(.error, code: "belopp-for-stort", message: "\(what): summan blir för stor för att räknas ut; kontrollera beloppen i filen.",
                location: context.location(line))
    }
}
