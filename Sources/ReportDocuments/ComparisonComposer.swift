import ReportCore
import ReportLayout

/// "Jämförelse mellan A och B": the document the board reads when a draft becomes the
/// decided report. Every differing figure stands in a table per section with its old and
/// new value, the difference and a word for the kind of change (ändrad, ny, borttagen), so
/// that nothing depends on colour or on the marks; the old value is struck through, the new
/// one in bold. Changed paragraphs are shown before and after, the differing words in bold.
public enum ComparisonComposer {
    public struct Side: Sendable {
        public var name: String
        public var report: ComparedReport

        public init(name: String, report: ComparedReport) {
            self.name = name
            self.report = report
        }
    }

    public static func compose(_ comparison: ReportComparison, old: Side, new: Side) -> Document {
        let title = "Jämförelse mellan \(old.name) och \(new.name)"
        var blocks: [Block] = [.heading(Heading(level: 1, title, numbered: false)), .paragraph(Paragraph(introduction(old: old, new: new)))]
        blocks += figureBlocks(comparison.figures)
        blocks += ComparisonTextBlocks.blocks(comparison.texts, figures: comparison.textFigures)
        blocks += boardBlocks(comparison.board)
        let association = new.report.association.name
        let metadata = DocumentMetadata(title: title, author: association,
                                        subject: "Ändringar i årsredovisning \(new.report.year) för \(association)",
                                        keywords: ["jämförelse", "årsredovisning", String(new.report.year)],
                                        creationDate: PDFDate.noon(new.report.board.decisionDate))
        return Document(metadata: metadata, blocks: blocks, initialsBoxes: false)
    }

    static func introduction(old: Side, new: Side) -> String {
        "\(new.report.association.name), årsredovisning \(new.report.year). Före: \(old.name). Efter: \(new.name). "
            + "Här står varje siffra som skiljer sig, varje ändrat stycke i texterna och de ledamöter som tillkommit eller utgått "
            + "på underskriftssidan. Raderna jämförs med sina id:n: en ny rad står som ny, inte som att raderna efter den ändrats. "
            + "Det gamla värdet är överstruket, det nya står i fetstil och kolumnen Ändring säger om värdet är ändrat, nytt eller borttaget."
    }

    static func figureBlocks(_ changes: [FigureChange]) -> [Block] {
        var blocks: [Block] = [.heading(Heading(level: 2, "Siffror", numbered: false))]
        guard !changes.isEmpty else { return blocks + [.paragraph(Paragraph("Inga siffror skiljer sig."))] }
        blocks.append(.paragraph(Paragraph("\(changes.count) \(changes.count == 1 ? "siffra skiljer" : "siffror skiljer") sig.")))
        var sections: [(String, [FigureChange])] = []
        for change in changes {
            if sections.last?.0 == change.section { sections[sections.count - 1].1.append(change) } else { sections.append((change.section, [change])) }
        }
        for (section, rows) in sections {
            blocks.append(.heading(Heading(level: 3, section, numbered: false, inContents: false)))
            blocks.append(.table(table(rows, section: section)))
        }
        return blocks
    }

    static func table(_ changes: [FigureChange], section: String) -> Table {
        let titles = ["Rad", "Kolumn", "Före", "Efter", "Skillnad", "Exakt skillnad, kr", "Ändring"]
        let header = TableRow(.header, titles.enumerated().map { index, title in
            TableCell(title, alignment: (2...5).contains(index) ? .right : .left)
        })
        let rows = changes.map { change in
            TableRow(.body, [
                TableCell(change.label), TableCell(change.column),
                TableCell(change.old.map { $0.text + $0.unit.suffix } ?? "–", numeric: true, struckThrough: change.old != nil),
                TableCell([.bold(change.new.map { $0.text + $0.unit.suffix } ?? "–")], numeric: true),
                TableCell(change.printedDifferenceText ?? "–", numeric: true),
                TableCell(change.exactDifferenceNumber ?? "–", numeric: true),
                TableCell(kindWord(change.kind)),
            ])
        }
        return Table(columns: [TableColumn(.relative(1)), TableColumn(.automatic)] + (0..<4).map { _ in TableColumn(.automatic, numeric: true) }
                        + [TableColumn(.automatic)],
                     headerRows: [header], rows: rows, summary: "Siffror som skiljer sig i \(section)")
    }

    static func kindWord(_ kind: FigureChange.Kind) -> String {
        switch kind {
        case .changed: return "ändrad"
        case .added: return "ny"
        case .removed: return "borttagen"
        }
    }

    static func boardBlocks(_ changes: [BoardChange]) -> [Block] {
        var blocks: [Block] = [.heading(Heading(level: 2, "Underskriftssidan", numbered: false))]
        guard !changes.isEmpty else { return blocks + [.paragraph(Paragraph("Samma ledamöter skriver under i båda versionerna."))] }
        let rows = changes.map { change in
            TableRow(.body, [TableCell(change.name), TableCell(change.organisation), TableCell(change.kind == .added ? "tillkommer" : "utgår")])
        }
        blocks.append(.table(Table(columns: [TableColumn(.relative(1)), TableColumn(.relative(1)), TableColumn(.automatic)],
                                   headerRows: [TableRow(.header, texts: ["Ledamot", "Organisation", "Ändring"])],
                                   rows: rows, summary: "Ledamöter som tillkommer eller utgår på underskriftssidan")))
        return blocks
    }
}
