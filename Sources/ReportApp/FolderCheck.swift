import PangoText
import ReportCore

/// The check use case for a report folder: every check its kind of document runs before
/// rendering (the books' checks included), without writing anything.
public struct FolderCheck: Sendable {
    public var kind: ReportKind
    public var findings: [Finding]
    public var voucherCount: Int
    public var transactionCount: Int

    /// Reads the folder and runs its checks. Unreadable input throws `InputError`. A folder
    /// made by `init` with values still to fill in gets the "Att göra" list as its findings.
    /// `coverage`: the bundled fonts' characters, kept by a caller that checks many folders
    /// (made anew when nil).
    public static func run(folder: String, progress: ProgressLog = .silent, coverage: GlyphCoverage? = nil) throws -> FolderCheck {
        let kind = try ReportKind.detect(folder: folder)
        let todo = Placeholders.scan(folder: folder)
        if !todo.isEmpty && kind != .plainDocument {
            return FolderCheck(kind: kind, findings: todo.map(\.finding), books: Books())
        }
        switch kind {
        case .annualReport:
            let inputs = try progress.stage("Läser bokföringen och rapportmappen") { try ReportFolder.load(path: folder) }
            let glyphs = MissingGlyphs.findings(inputs.texts.map { ($0.file, $0.text) }, coverage: try coverage ?? GlyphCoverage(fonts: FontSystem()))
            return FolderCheck(kind: kind, findings: inputs.inputFindings + AnnualReportBuilder.compute(inputs).findings + glyphs,
                               books: inputs.books)
        case .tertialReport:
            let inputs = try progress.stage("Läser bokföringen och rapportmappen") { try TertialFolder.load(path: folder) }
            return FolderCheck(kind: kind, findings: TertialReportBuilder.build(inputs).findings, books: inputs.books)
        case .plainDocument:
            // A plain document has no books; reading it validates every file it lists.
            do {
                let plain = try PlainDocumentReader.load(folder: folder)
                let glyphs = MissingGlyphs.findings(plain.texts.map { ($0.file, $0.text) }, coverage: try coverage ?? GlyphCoverage(fonts: FontSystem()))
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
