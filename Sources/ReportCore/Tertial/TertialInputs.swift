import Foundation

/// Everything a tertial report is made from, as read from a report folder
/// (`TertialFolder.load`): plain values with the place each came from.
public struct TertialInputs: Sendable {
    public var association: AssociationIdentity
    public var period: ReportPeriod
    public var books: Books
    public var booksFile: String
    public var mapping: AccountMapping
    public var members: [MemberRecord]
    /// The report folder, where the texts' images and csv tables are found.
    public var folder = ""
    public var contributions: ContributionSettings
    public var participants: ParticipantInputs
    public var reportText: TextInput
    public var letter: LetterSettings
    /// How the letters forecast the year's result (`prognos` in rapport.yaml).
    public var forecastMethod: ForecastMethod = .budgetProfile
    /// The books' checks (BooksChecks: vouchers, balances, period sums, #KSUMMA).
    public var readFindings: [Finding]

    public init(association: AssociationIdentity, period: ReportPeriod, books: Books, booksFile: String, mapping: AccountMapping,
                members: [MemberRecord], contributions: ContributionSettings, participants: ParticipantInputs,
                reportText: TextInput, letter: LetterSettings, readFindings: [Finding] = []) {
        self.association = association
        self.period = period
        self.books = books
        self.booksFile = booksFile
        self.mapping = mapping
        self.members = members
        self.contributions = contributions
        self.participants = participants
        self.reportText = reportText
        self.letter = letter
        self.readFindings = readFindings
    }
}

/// A Markdown text and the file it came from (line numbers count from the file's start).
public struct TextInput: Equatable, Sendable {
    public var file: String
    public var text: String

    public init(file: String, text: String) {
        self.file = file
        self.text = text
    }
}

/// A fraction of the total contribution, such as 1/4.
public struct ContributionShare: Equatable, Sendable {
    public var numerator: Int64
    public var denominator: Int64

    public init(numerator: Int64, denominator: Int64) {
        self.numerator = numerator
        self.denominator = denominator
    }

    /// The largest denominator a share may have: larger is a typo, and would overflow
    /// the share of the total in öre.
    static let largestDenominator: Int64 = 1_000_000

    /// Reads "1/4" (or "25 %").
    public init?(_ text: String) {
        let compact = text.replacingOccurrences(of: " ", with: "")
        if compact.hasSuffix("%") {
            guard let percent = Int64(compact.dropLast()), (0...100).contains(percent) else { return nil }
            self.init(numerator: percent, denominator: 100)
            return
        }
        let parts = compact.split(separator: "/")
        guard parts.count == 2, let top = Int64(parts[0]), let bottom = Int64(parts[1]), bottom > 0, top >= 0, top <= bottom,
              bottom <= ContributionShare.largestDenominator else { return nil }
        self.init(numerator: top, denominator: bottom)
    }
}

public struct ContributionSettings: Equatable, Sendable {
    public var year: Int
    public var total: Money
    public var populationDate: CalendarDate?
    public var location: SourceLocation
    /// Where `år` and `totalt` were typed, for the checks against the books.
    public var yearLocation: SourceLocation?
    public var totalLocation: SourceLocation?

    public init(year: Int, total: Money, populationDate: CalendarDate? = nil, location: SourceLocation,
                yearLocation: SourceLocation? = nil, totalLocation: SourceLocation? = nil) {
        self.year = year
        self.total = total
        self.populationDate = populationDate
        self.location = location
        self.yearLocation = yearLocation
        self.totalLocation = totalLocation
    }
}

public struct LetterSettings: Equatable, Sendable {
    public var date: CalendarDate
    public var template: TextInput
    public var senderName: String
    public var senderTitle: String
    public var senderAddress: AddressInput
    /// The office's phone and e-mail for the letterhead.
    public var senderPhone: String?
    public var senderEmail: String?

    public init(date: CalendarDate, template: TextInput, senderName: String, senderTitle: String, senderAddress: AddressInput) {
        self.date = date
        self.template = template
        self.senderName = senderName
        self.senderTitle = senderTitle
        self.senderAddress = senderAddress
    }
}
