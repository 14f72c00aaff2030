import ReportCore
import ReportLayout

/// The blocks for a `{{ tabell.… }}` line of the office's text. A table the period has no
/// data for becomes a sentence saying so, never a silent gap.
enum TertialTableBlocks {
    static func blocks(_ table: TertialTable, model: TertialReportModel) -> [Block] {
        let participants = model.participants
        switch table {
        case .flows:
            guard let flows = participants.flows else { return missing("Deltagarflöden per kommun", model) }
            return [.table(TertialParticipantTables.flows(flows, period: model.periodName))]
        case .activity:
            guard let activity = participants.activity else { return missing("Antal deltagare i aktiviteten", model) }
            return TertialParticipantTables.activity(activity, period: model.periodName)
        case .monthly:
            guard let monthly = participants.monthly else { return missing("In- och utregistreringar per månad", model) }
            // How it differs from the flows table goes to the check report (TertialCheckText):
            // the two captions name the two populations.
            return [.table(TertialParticipantTables.monthly(monthly, period: model.periodName))]
        case .incomeStatement:
            return [.table(TertialFinanceTables.incomeStatement(model.incomeStatement, period: model.periodName))]
        case .costCentres:
            return TertialFinanceTables.costCentres(model.costCentres, roundingRule: model.roundingRule)
        case .memberFigures:
            return []  // letters only: the template reader refuses it in the report's text
        }
    }

    private static func missing(_ what: String, _ model: TertialReportModel) -> [Block] {
        [.paragraph(Paragraph("\(what) för \(model.periodName) saknas i underlaget.", style: "bildtext"))]
    }
}
