import ReportCore

/// The creation date a document's PDF carries: a date from the report's own data (the
/// decision date, the letters' date), never the clock, so that rendering the same folder
/// twice gives the same bytes.
public enum PDFDate {
    /// "2025-02-03T12:00:00", as Cairo takes it.
    public static func noon(_ date: CalendarDate) -> String { "\(date)T12:00:00" }
}
