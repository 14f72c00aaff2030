import Foundation
import ReportCore
import ReportDocuments
import ReportLayout

/// `finsam-report spara MAPP RAD`: a row of a statement, a note or the operating statement,
/// or a named figure, explained in Swedish from the model's provenance: its accounts with
/// their names and amounts, their sum, the rounding, and where it is printed. The place is
/// found by laying the report out again, so it is always the place of the folder as it is
/// now (the same as the last render when nothing changed since).
public enum RowExplanation {
    /// An id or name the report does not have; the message names the closest ones.
    public struct UnknownRow: Error, CustomStringConvertible {
        public var description: String
    }

    public static func explain(folder: String, query: String, vouchers: Bool = false) throws -> String {
        let inputs = try ReportFolder.load(path: folder)
        let (built, findings) = AnnualReportBuilder.build(inputs)
        guard var model = built else { throw FindingsFailure(findings: findings) }
        if vouchers { model.provenance = ProvenanceBuilder.addingVouchers(model.provenance, books: inputs.books, year: model.year) }
        if let row = model.provenance.row(query) {
            let place = try printedPlace(row, model)
            return ProvenanceText.row(row, place: place)
        }
        if let figure = model.provenance.figures[query] {
            let row = figure.rows.first.flatMap(model.provenance.row)
            return ProvenanceText.figure(query, figure, place: try row.flatMap { try printedPlace($0, model) })
        }
        throw UnknownRow(description: unknownMessage(query, model.provenance))
    }

    /// Lays the report out and finds the row on its pages.
    static func printedPlace(_ row: RowProvenance, _ model: AnnualReportModel) throws -> PrintedPlace? {
        guard let (heading, labels, target) = printedSequence(row, model) else { return nil }
        let renderer = try DocumentRenderer()
        let laidOut = try renderer.layout(AnnualReportComposer.compose(model), layoutName: model.layout)
        return PrintedRowLocator.locate(laidOut, heading: heading, labels: labels, target: target)
    }

    /// The heading a row's table is printed under, the labels of the rows printed under it
    /// in order, and the row's place among them.
    static func printedSequence(_ row: RowProvenance, _ model: AnnualReportModel) -> (String, [String], Int)? {
        if row.tableKind == "drift", let operating = model.operating {
            let printed = operating.tables.filter { $0.rows.contains { $0.kind == .line || $0.kind == .partOf } }
            let entries = printed.flatMap(\.rows).filter { $0.kind != .blank }.map { ("drift_\($0.id)", $0.label) }
            return entries.firstIndex { $0.0 == row.id }.map { (operating.title, entries.map(\.1), $0) }
        }
        guard let table = (model.statements + model.noteTables).first(where: { $0.id == row.table }) else { return nil }
        let printed = table.rows.filter { $0.kind != .blank }
        guard let target = printed.firstIndex(where: { $0.id == row.id }) else { return nil }
        let heading = table.number.map { "Not\u{00A0}\($0) \(table.title)" } ?? table.title
        return (heading, printed.map(\.label), target)
    }

    /// "Rapporten har ingen rad …" with the closest ids, figure names and labels.
    static func unknownMessage(_ query: String, _ provenance: ModelProvenance) -> String {
        let suggestions = provenance.suggestions(for: query)
        var message = "Rapporten har ingen rad eller siffra som heter \"\(query)\"."
        if !suggestions.isEmpty { message += " Menade du: \(suggestions.joined(separator: ", "))?" }
        let examples = (provenance.rows + provenance.operating).prefix(3).map(\.id)
        message += " Ange ett rad-id (t.ex. \(examples.joined(separator: ", "))) eller namnet på en siffra; "
            + "alla finns under \"provenance\" i finsam-report model MAPP --json."
        return message
    }
}
