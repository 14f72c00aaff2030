import Foundation
import ReportCore

/// `--period 2017-01:2017-08` (also `2017-01..2017-08`): the first and last month of a
/// tertial report's period.
enum PeriodArgument {
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
