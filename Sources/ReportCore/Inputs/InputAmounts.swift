/// The largest amount an input file may type. Larger is a typo, and sums of such amounts
/// would overflow the exact öre arithmetic.
extension Money {
    static let largestInputOre: Int64 = 100_000_000_000_000
    static let largestInputKronor = "1 000 000 000 000"

    var isWithinInputRange: Bool { ore.magnitude <= Money.largestInputOre.magnitude }
}
