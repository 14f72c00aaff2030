import Foundation

/// `finsam-report model FOLDER --json` for a tertial report: the period, the result against
/// budget with the forecast, and each letter's member-specific figures, so that a member's
/// controller can take them into their own follow-up. Same conventions as `ModelJSON`:
/// sorted keys, amounts as exact decimal strings in kronor, report signs.
public enum TertialModelJSON {
    struct Summary: Encodable {
        var association: String
        var organisationNumber: String?
        var period: Period
        var periodResult: Money
        var forecast: ResultForecast?
        var contributionsTotal: Money
        var letters: [Letter]
    }

    struct Period: Encodable {
        var from: String
        var to: String
        var name: String
    }

    struct Letter: Encodable {
        var member: String
        var shortName: String
        var kind: MemberKind
        var figures: MemberFigures
    }

    public static func encode(_ model: TertialReportModel) throws -> String {
        let summary = Summary(
            association: model.associationName, organisationNumber: model.organisationNumber,
            period: Period(from: model.period.start.description, to: model.period.end.description, name: model.periodName),
            periodResult: model.incomeStatement.result, forecast: model.forecast, contributionsTotal: model.contributions.total,
            letters: model.letters.map { Letter(member: $0.memberName, shortName: $0.shortName, kind: $0.kind, figures: $0.figures) })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(summary), as: UTF8.self)
    }
}
