/// `numerator / denominator` rounded half away from zero, exactly: the one rounding the
/// reports use for a single figure (tkr, millions, percent, per mille). Lines that must add
/// up to a total use `LargestRemainder` instead.
func roundedQuotient(_ numerator: Int64, _ denominator: Int64) -> Int64 {
    precondition(denominator != 0, "division by zero")
    let magnitude = (2 * numerator.magnitude + denominator.magnitude) / (2 * denominator.magnitude)
    return (numerator < 0) != (denominator < 0) ? -Int64(magnitude) : Int64(magnitude)
}
