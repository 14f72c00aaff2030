import ReportCore
import ReportLayout

/// The annual report (årsredovisning) as a document tree, in the order the seed has it:
/// cover, contents, förvaltningsberättelse with its tables, the statements, the notes and
/// the board's signatures. Numbers and the contents are made by the layout engine.
public enum AnnualReportComposer {
    public static func compose(_ model: AnnualReportModel) -> Document {
        var blocks = AnnualCover.blocks(model)
        blocks += AnnualContents.blocks(depth: model.furniture.contentsDepth)
        blocks += AnnualManagementReport.blocks(model)
        blocks += model.statements.flatMap(StatementTables.statementBlocks)
        blocks += AnnualOperatingStatement.blocks(model)
        blocks += AnnualNotes.blocks(model)
        blocks += AnnualSignatures.blocks(model)
        if !model.furniture.numberedHeadings { blocks = blocks.map(unnumbered) }
        return Document(metadata: metadata(model), blocks: blocks, initialsBoxes: model.signing == .wetInk)
    }

    /// The block with its headings unnumbered (an association that does not number its
    /// chapters); the notes' "Not N" headings are typed, not numbered, and stay.
    static func unnumbered(_ block: Block) -> Block {
        switch block {
        case var .heading(heading):
            heading.numbered = false
            return .heading(heading)
        case let .keepTogether(blocks):
            return .keepTogether(blocks.map(unnumbered))
        default:
            return block
        }
    }

    /// The running title on every page and the PDF's metadata. The creation date is the
    /// decision date, so that the same books always give the same file.
    static func metadata(_ model: AnnualReportModel) -> DocumentMetadata {
        let name = model.association.name
        return DocumentMetadata(
            title: "\(name), årsredovisning \(model.year)", author: name,
            subject: "Årsredovisning \(model.year) för \(name), organisationsnummer \(model.association.organisationNumber)",
            keywords: ["årsredovisning", String(model.year), "samordningsförbund", "Finsam"],
            creationDate: PDFDate.noon(model.decisionDate))
    }
}
