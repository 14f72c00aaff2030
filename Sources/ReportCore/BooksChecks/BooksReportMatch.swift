/// The books matched to the report they are for: the fiscal year (#RAR 0) is the report's
/// calendar year, the organisation number (#ORGNR) and name (#FNAMN) are the
/// association's, and every voucher lies inside the year. Each finding names its line and
/// the record's field by its SIE name (`start`, `verdatum`, `orgnr`, `företagsnamn`).
public enum BooksReportMatch {
    /// What the report says the books should be: its year and the association.
    public struct Report: Sendable {
        public var year: Int
        public var association: AssociationIdentity
        /// Where rapport.yaml names the year (for the finding when the books lack #RAR).
        public var location: SourceLocation

        public init(year: Int, association: AssociationIdentity, location: SourceLocation) {
            self.year = year
            self.association = association
            self.location = location
        }
    }

    public static func run(_ books: Books, file: String, report: Report) -> [Finding] {
        fiscalYear(books, file: file, report: report) + vouchersInYear(books, file: file, year: report.year)
            + organisationNumber(books, file: file, report: report) + name(books, file: file, report: report)
    }

    static func fiscalYear(_ books: Books, file: String, report: Report) -> [Finding] {
        guard let year = books.fiscalYear(0) else {
            // A 4I file (vouchers, no balances) takes the report's year; its vouchers are checked against it.
            if books.openingBalances.isEmpty && books.closingBalances.isEmpty && books.results.isEmpty { return [] }
            return [Finding(.error, code: "rar-saknas",
                            message: "Bokföringen saknar #RAR 0 (räkenskapsåret), så den kan inte matchas mot rapportens år "
                                + "\(report.year). Exportera filen på nytt med räkenskapsåret.", location: SourceLocation(file: file))]
        }
        let location = SourceLocation(file: file, line: year.line, field: "start")
        let calendarYear = year.start.year == year.end.year && year.start.month == 1 && year.start.day == 1
            && year.end.month == 12 && year.end.day == 31
        guard calendarYear else {
            return [Finding(.error, code: "rar-brutet",
                            message: "#RAR 0 anger ett brutet räkenskapsår, \(year.start)–\(year.end). Ett samordningsförbunds "
                                + "räkenskapsår är kalenderåret (1 januari–31 december); exportera bokföringen för \(report.year).",
                            location: location)]
        }
        guard year.start.year == report.year else {
            return [Finding(.error, code: "rar-ar",
                            message: "Bokföringen gäller räkenskapsåret \(year.start.year) (#RAR 0 \(year.start)–\(year.end)), "
                                + "men rapporten är för \(report.year) (\(report.location)).", location: location)]
        }
        return []
    }

    /// Every voucher dated inside #RAR 0, or inside the report's year when the file has none.
    static func vouchersInYear(_ books: Books, file: String, year: Int) -> [Finding] {
        let start = books.fiscalYear(0)?.start ?? CalendarDate(year: year, month: 1, day: 1)
        let end = books.fiscalYear(0)?.end ?? CalendarDate(year: year, month: 12, day: 31)
        guard let start, let end else { return [] }
        return books.vouchers.filter { $0.date < start || end < $0.date }.map { voucher in
            Finding(.error, code: "verifikation-utanfor-aret",
                    message: "Verifikation \(voucher.series) \(voucher.number) är daterad \(voucher.date), utanför räkenskapsåret "
                        + "\(start)–\(end).", location: SourceLocation(file: file, line: voucher.line, field: "verdatum"))
        }
    }

    static func organisationNumber(_ books: Books, file: String, report: Report) -> [Finding] {
        guard let written = books.header.organisationNumber else { return [] }
        let location = SourceLocation(file: file, line: books.header.lines["#ORGNR"], field: "orgnr")
        guard let digits = OrganisationNumber.digits(written), OrganisationNumber.hasValidCheckDigit(digits) else {
            return [Finding(.error, code: "orgnr-ogiltigt",
                            message: "#ORGNR \"\(written)\" är inte ett giltigt organisationsnummer (tio siffror med rätt kontrollsiffra).",
                            location: location)]
        }
        guard let expected = OrganisationNumber.digits(report.association.organisationNumber), expected != digits else { return [] }
        return [Finding(.error, code: "orgnr-annat",
                        message: "Bokföringen är för organisationsnummer \(OrganisationNumber.formatted(digits)), men rapport.yaml "
                            + "anger \(OrganisationNumber.formatted(expected)) för \(report.association.name): fel fil?",
                        location: location)]
    }

    static func name(_ books: Books, file: String, report: Report) -> [Finding] {
        guard let written = books.header.companyName else { return [] }
        func folded(_ text: String) -> String { text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        guard folded(written) != folded(report.association.name) else { return [] }
        return [Finding(.warning, code: "fnamn-annat",
                        message: "#FNAMN \"\(written)\" är inte förbundets namn i rapport.yaml, \"\(report.association.name)\".",
                        location: SourceLocation(file: file, line: books.header.lines["#FNAMN"], field: "företagsnamn"))]
    }
}
