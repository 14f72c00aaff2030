/// Everything the tertial report and its letters show, computed and checked: the
/// document side only arranges it.
public struct TertialReportModel: Equatable, Sendable {
    public var associationName: String
    public var organisationNumber: String?
    public var period: ReportPeriod
    /// "januari–april 2017".
    public var periodName: String
    /// "Tertialrapport januari–april 2017".
    public var title: String
    /// The association's name, "tertialrapport" and the period name.
    public var footerText: String
    /// The office's text in order, with the tables where the text places them.
    public var body: [TertialBodyPart]
    public var incomeStatement: TertialIncomeStatement
    public var costCentres: CostCentreFollowUp
    public var participants: ParticipantTables
    public var contributions: ContributionSummary
    public var letters: [MemberLetter]
    /// The result against budget and the year's forecast; nil when the period does not start in January.
    public var forecast: ResultForecast?
    /// The tkr rounding rule, as the report states it.
    public var roundingRule: String
}

/// A piece of the report's body: Markdown (figures already filled in) or a table.
public enum TertialBodyPart: Equatable, Sendable {
    /// Text read by the shared Markdown reader, its figures filled in.
    case prose([ProseBlock])
    case table(TertialTable)
}

/// The tables a text can place with `{{ tabell.namn }}`.
public enum TertialTable: String, Equatable, Sendable, CaseIterable {
    case flows = "flöden"
    case activity = "aktivitet"
    case monthly = "månadsvis"
    case incomeStatement = "resultaträkning"
    case costCentres = "kostnadsställen"
    /// The member's own figures (`MemberFigures`), in letters only.
    case memberFigures = "nyckeltal"

    /// The tables the report's text may place.
    public static let reportTables: Set<TertialTable> = [.flows, .activity, .monthly, .incomeStatement, .costCentres]
}

/// The members' contributions for the year: the total and each member's part.
public struct ContributionSummary: Equatable, Sendable {
    public var year: Int
    public var total: Money
    public var perMember: [MemberContribution]
    /// How the parts were made, for a note under a table.
    public var rule: String
}

public struct MemberContribution: Equatable, Sendable {
    public var memberName: String
    public var kind: MemberKind
    public var amount: Money
}

/// One letter: the member's address for the window envelope, its own figures and the
/// greeting with them filled in.
public struct MemberLetter: Equatable, Sendable {
    public var memberName: String
    public var shortName: String
    public var kind: MemberKind
    /// The address block, validated: no blank line, the last line "503 38 BORÅS".
    public var addressLines: [String]
    public var contributionForYear: Money
    /// For a municipality: its participants in the period ("totalt perioden" of the flow table).
    public var participantsInPeriod: Int?
    /// The member's figures, each computed from the inputs (also in `model --json`).
    public var figures: MemberFigures
    /// The greeting with every `{{ … }}` resolved and paragraphs for other kinds removed;
    /// `{{ tabell.nyckeltal }}` places the figures.
    public var greeting: [TertialBodyPart]
    public var date: CalendarDate
    public var senderName: String
    public var senderTitle: String
    public var senderAddressLines: [String]
    /// The letterhead's contact line: phone and e-mail from rapport.yaml.
    public var senderPhone: String?
    public var senderEmail: String?

    /// The greeting's words alone, without the tables.
    public var greetingText: String {
        greeting.compactMap { if case .prose(let blocks) = $0 { return ProsePlainText.text(blocks) } else { return nil } }
            .joined(separator: "\n\n")
    }
}
