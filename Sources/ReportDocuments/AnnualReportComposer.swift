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
        return Document(metadata: metadata(model), blocks: blocks, initialsBoxes: model.signing == .wetInk)
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
