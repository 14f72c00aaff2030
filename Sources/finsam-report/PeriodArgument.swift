import Foundation
import ReportCore

/// `--period 2017-01:2017-08` (also `2017-01..2017-08`): the first and last month of a
/// tertial report's period. A malformed period is an input error (exit code 2), like
/// every other unusable input.
enum PeriodArgument {
    static func read(_ text: String) throws -> ReportPeriod {
        guard let period = parse(text) else {
            throw InputError("Ska vara första och sista månad som 2017-01:2017-08, med den första före den sista, men är \"\(text)\".",
                             file: "--period")
        }
        return period
    }

    static func parse(_ text: String) -> ReportPeriod? {
        let parts = text.contains("..") ? text.components(separatedBy: "..") : text.components(separatedBy: ":")
        guard parts.count == 2, let start = month(parts[0]), let end = month(parts[1]) else { return nil }
        return ReportPeriod(start: start, end: end)
    }

    /// "2017-04" or "201704".
    private static func month(_ text: String) -> YearMonth? {
        YearMonth(compact: Substring(text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "-", with: "")))
    }
}
