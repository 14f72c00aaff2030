import PangoText
import ReportCore

/// The check use case for a report folder: every check its kind of document runs before
/// rendering (the books' checks included), without writing anything.
public struct FolderCheck: Sendable {
    public var kind: ReportKind
    public var findings: [Finding]
    public var voucherCount: Int
    public var transactionCount: Int

    /// Reads the folder and runs its checks. Unreadable input throws `InputError`.
    public static func run(folder: String) throws -> FolderCheck {
        let kind = try ReportKind.detect(folder: folder)
        switch kind {
        case .annualReport:
            let inputs = try ReportFolder.load(path: folder)
            let glyphs = MissingGlyphs.findings(inputs.texts.map { ($0.file, $0.text) }, coverage: GlyphCoverage(fonts: try FontSystem()))
            return FolderCheck(kind: kind, findings: inputs.inputFindings + AnnualReportBuilder.compute(inputs).findings + glyphs,
                               books: inputs.books)
        case .tertialReport:
            let inputs = try TertialFolder.load(path: folder)
            return FolderCheck(kind: kind, findings: TertialReportBuilder.build(inputs).findings, books: inputs.books)
        case .plainDocument:
            // A plain document has no books; reading it validates every file it lists.
            do {
                let plain = try PlainDocumentReader.load(folder: folder)
                let glyphs = MissingGlyphs.findings(plain.texts.map { ($0.file, $0.text) }, coverage: GlyphCoverage(fonts: try FontSystem()))
                return FolderCheck(kind: kind, findings: glyphs, books: Books())
            } catch let failure as FindingsFailure {
                return FolderCheck(kind: kind, findings: failure.findings, books: Books())
            }
        }
    }

    init(kind: ReportKind, findings: [Finding], books: Books) {
        self.kind = kind
        self.findings = findings
        voucherCount = books.vouchers.count
        transactionCount = books.transactionCount
    }
}
