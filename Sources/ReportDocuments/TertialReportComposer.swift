import ReportCore
import ReportLayout

/// The tertial report as a document tree: the association and the period above the
/// title, then the office's text in its order with the tables where the text places them.
/// The running footer shows the document title, so the title carries the footer text
/// (the association's name, "tertialrapport" and the period name).
public enum TertialReportComposer {
    /// The layout in `layouts/` the report is set with.
    public static let layoutName = "tertialrapport"

    public static func compose(_ model: TertialReportModel) -> Document {
        let metadata = DocumentMetadata(title: model.footerText, author: model.associationName, subject: model.title,
                                        keywords: ["tertialrapport", model.periodName], creationDate: PDFDate.noon(issueDate(model)))
        return Document(metadata: metadata, blocks: blocks(model))
    }

    /// The letters' date, or the period's last day when there are no letters.
    public static func issueDate(_ model: TertialReportModel) -> CalendarDate {
        if let date = model.letters.first?.date { return date }
        let end = model.period.end
        return CalendarDate(year: end.year, month: end.month, day: CalendarDate.daysIn(month: end.month, year: end.year))!
    }

    /// The report's blocks alone, for a letter that encloses the report in its own flow.
    public static func blocks(_ model: TertialReportModel) -> [Block] {
        var blocks: [Block] = [
            .paragraph(Paragraph(model.associationName, style: "tabelltitel")),
            .heading(Heading(level: 1, model.title, numbered: false)),
        ]
        for part in model.body {
            switch part {
            case .prose(let prose):
                // The office writes its sections as "##" under the report's title: they are
                // the report's numbered top-level sections.
                blocks += ProseComposer.blocks(prose, headingLevelOffset: -1)
            case .table(let table):
                blocks += TertialTableBlocks.blocks(table, model: model)
            }
        }
        return blocks
    }
}
