import Foundation

/// The parts of an annual report model that a reader sees, read from the model itself or
/// from a file that `finsam-report model --json` wrote. Keys the comparison does not use
/// (provenance, the fixed-shape views) are ignored, so a file from a later version that
/// adds keys still compares.
public struct ComparedReport: Equatable, Sendable, Decodable {
    public var association: AssociationIdentity
    public var year: Int
    public var layout: String
    public var statements: [ReportTable]
    public var noteTables: [ReportTable]
    public var operating: OperatingStatement?
    public var overview: MultiYearOverview
    public var balanceRequirement: BalanceRequirement
    public var memberFinancing: MemberFinancingNote?
    public var participants: ParticipantTable?
    public var board: BoardModel
    public var texts: [ProseText]

    /// The same projection of a computed model (through its JSON, so that a folder and a
    /// model file of the same report compare equal).
    public init(_ model: AnnualReportModel) throws {
        self = try Self.decode(Data(try ModelJSON.encode(model).utf8))
    }

    public static func decode(_ data: Data) throws -> ComparedReport {
        try JSONDecoder().decode(ComparedReport.self, from: data)
    }

    /// Every table the report prints figures in, in print order.
    public var figureTables: [FigureTable] {
        var tables = statements.map(FigureTables.table)
        tables += FigureTables.overview(overview)
        tables += participants.map(FigureTables.participants) ?? []
        tables += FigureTables.balanceRequirement(balanceRequirement)
        tables += operating.map(FigureTables.operating) ?? []
        tables += noteTables.map(FigureTables.table)
        tables += memberFinancing.map(FigureTables.memberFinancing) ?? []
        return tables
    }
}
