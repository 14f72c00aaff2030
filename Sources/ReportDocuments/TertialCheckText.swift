import ReportCore

/// The tertial report's check report as text lines: the checks' findings, how the two
/// participant tables differ, and how the cost centres meet the income statement. These
/// are for the office and the auditors; the members' report and letters print neither
/// (issue 15: check captions and reconciliation notes go to the check report).
public enum TertialCheckText {
    public static func lines(_ model: TertialReportModel, findings: [Finding], files: [String]) -> [String] {
        var lines = ["Kontrollrapport: \(model.associationName), \(model.title)",
                     "Filerna: " + files.joined(separator: ", ") + ".", "",
                     "1. Kontrollernas fynd"]
        lines += findings.isEmpty ? ["  Inga fel eller varningar."] : findings.map { "  " + $0.description }
        lines += ["", "2. Deltagartabellerna mot varandra"]
        let reconciliations = model.participants.reconciliations
        lines += reconciliations.isEmpty ? ["  Flödestabellen och månadstabellen räknar samma in- och utflöde."]
            : ["  Flödestabellen och månadstabellen räknar olika grupper av deltagare, därför skiljer sig deras totaler."]
                + reconciliations.map { "  " + $0.explanation }
        lines += ["", "3. Kostnadsställena mot resultaträkningen"] + costCentres(model.costCentres, result: model.incomeStatement.result).map { "  " + $0 }
        return lines
    }

    /// The cost centres' total, what is booked outside them line by line, and the result
    /// the two give together, which must be the income statement's.
    static func costCentres(_ followUp: CostCentreFollowUp, result statementResult: Money) -> [String] {
        var lines = ["Kostnadsställena summerar till \(followUp.totalOutcome.formattedKronor) kr."]
        if !followUp.outsideCostCentres.isZero {
            let parts = followUp.outsideByLine.map { "\($0.label) \($0.amount.formattedKronor) kr" }
            let result = followUp.totalOutcome + followUp.outsideCostCentres
            lines.append("Utan kostnadsställe är \(followUp.outsideCostCentres.formattedKronor) kr bokfört ("
                + TertialParticipantTables.list(parts) + ").")
            let agreement = result == statementResult ? "som i resultaträkningen"
                : "men resultaträkningen visar \(statementResult.formattedKronor) kr"
            lines.append("Med dem blir periodens resultat \(result.formattedKronor) kr, \(agreement).")
        }
        return lines
    }
}
