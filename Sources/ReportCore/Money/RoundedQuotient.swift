/// `numerator / denominator` rounded half away from zero, exactly: the one rounding the
/// reports use for a single figure (tkr, millions, percent, per mille). Lines that must add
/// up to a total use `LargestRemainder` instead. Total over every Int64: a zero denominator
/// gives 0 (no share of nothing; the callers that print a share check for it first), and
/// the half is compared through the remainder, so no intermediate value can overflow.
func roundedQuotient(_ numerator: Int64, _ denominator: Int64) -> Int64 {
    guard denominator != 0 else { return 0 }
    let divisor = denominator.magnitude
    var (quotient, remainder) = numerator.magnitude.quotientAndRemainder(dividingBy: divisor)
    if remainder >= divisor - remainder { quotient += 1 }
    let negative = (numerator < 0) != (denominator < 0)
    // |Int64.min / -1| is the one quotient past Int64.max: it saturates.
    guard quotient <= UInt64(Int64.max) else { return negative ? Int64.min : Int64.max }
    return negative ? -Int64(quotient) : Int64(quotient)
}
