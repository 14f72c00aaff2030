import ReportCore
import ReportLayout

/// A plain document (examples/hello) as a document tree: its title, its texts and its
/// tables, in the folder's order.
public enum PlainDocumentComposer {
    public static func compose(_ plain: PlainDocument) -> Document {
        var blocks: [Block] = []
        for part in plain.parts {
            switch part {
            case .prose(let prose): blocks += ProseComposer.blocks(prose)
            case .table(let plainTable): blocks.append(.table(table(plainTable)))
            }
        }
        let metadata = DocumentMetadata(title: plain.title, author: plain.author, subject: plain.title,
                                        creationDate: plain.date.map(PDFDate.noon))
        return Document(metadata: metadata, blocks: blocks)
    }

    static func table(_ plain: PlainTable) -> Table {
        let columns = plain.header.indices.map { index in
            plain.numericColumns.contains(index) ? TableColumn(.automatic, numeric: true) : TableColumn(.relative(1))
        }
        var rows = plain.rows.map { TableRow(.body, texts: $0) }
        if let label = plain.totalLabel {
            let cells = plain.header.indices.map { index in
                index == 0 ? label : plain.totals[index]?.formattedKronor ?? ""
            }
            rows.append(TableRow(.total, texts: cells))
        }
        return Table(columns: columns, headerRows: [TableRow(.header, texts: plain.header)], rows: rows,
                     caption: plain.caption, summary: plain.caption)
    }
}
