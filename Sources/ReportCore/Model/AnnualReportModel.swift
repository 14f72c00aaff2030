/// The annual report's figures and texts, computed once, as plain values. The document
/// composer reads it; `finsam-report model --json` prints it.
public struct AnnualReportModel: Equatable, Sendable, Codable {
    public var association: AssociationIdentity
    public var year: Int
    public var decisionDate: CalendarDate
    public var decisionPlace: String
    public var layout: String
    public var employees: Int
    public var furniture: PageFurniture
    /// The result, equity, total assets and cash flow as the described statements give them.
    public var keyFigures: StatementKeyFigures
    public var operating: OperatingStatement?
    public var balanceRequirement: BalanceRequirement
    public var solvency: Solvency
    public var solvencyLastYear: Solvency?
    public var overview: MultiYearOverview
    /// The statements as the folder's description sets them out, in print order.
    public var statements: [ReportTable]
    /// The described notes, numbered in the order the statements refer to them.
    public var noteTables: [ReportTable]
    public var memberFinancing: MemberFinancingNote?
    public var participants: ParticipantTable?
    public var board: BoardModel
    /// Signature lines and initials boxes, or one signature field per sitting member.
    public var signing: SigningVariant
    public var texts: [ProseText]
    public var figures: [String: NamedFigure]
    /// The tkr rounding rule as a sentence the report prints.
    public var roundingRule: String
    /// Where every figure comes from (issue 18, `ReportCore/Provenance`).
    public var provenance = ModelProvenance()
}

/// A figure that prose may name: its Swedish text and its machine value.
public struct NamedFigure: Equatable, Sendable, Codable {
    public var text: String
    public var value: String

    public init(text: String, value: String) {
        self.text = text
        self.value = value
    }
}
