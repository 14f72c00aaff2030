import Foundation
import ReportCore
import ReportDocuments
import ReportLayout

/// The render use case: report folder in, PDF files out, written atomically. Books and
/// inputs are checked first; when a check finds an error, `FindingsFailure` is thrown
/// before anything is laid out, so an earlier PDF stays as it was. Warnings never stop a
/// render; they come back in the result for the user to see.
public struct ReportRenderer {
    public var debugBoxes: Bool
    /// Where the stages' lines go (`render` without `-q`); silent by default.
    public var progress: ProgressLog

    public init(debugBoxes: Bool = false, progress: ProgressLog = .silent) {
        self.debugBoxes = debugBoxes
        self.progress = progress
    }

    /// Renders the folder into `outputDirectory`. `period` replaces a tertial report's
    /// period from rapport.yaml (the command line's `--period`); other kinds refuse it.
    /// `signing` replaces the annual report's `underskrift` (the command line's `--underskrift`).
    /// `revision` adds the auditors' package (`RevisionPackage`) beside an annual report,
    /// `specification` the auditors' specification.
    public func render(folder: String, outputDirectory: String, period: ReportPeriod? = nil,
                       signing: SigningVariant? = nil, revision: Bool = false, specification: Bool = false) throws -> RenderResult {
        try Self.render(folder: folder, outputDirectory: outputDirectory, period: period, signing: signing, revision: revision,
                        specification: specification, progress: progress) {
            try DocumentRenderer(debugBoxes: debugBoxes)
        }
    }

    /// The render with the document renderer `renderer` gives: a new one for a one-shot
    /// command, a kept one for a `RenderSession`.
    static func render(folder: String, outputDirectory: String, period: ReportPeriod?, signing: SigningVariant?, revision: Bool = false,
                       specification: Bool = false, progress: ProgressLog = .silent,
                       renderer: () throws -> DocumentRenderer) throws -> RenderResult {
        let kind = try checkedKind(folder: folder, period: period, signing: signing)
        if specification && kind != .annualReport {
            throw InputError("Specifikationen görs bara till en årsredovisning, inte till typen \"\(kind.rawValue)\".",
                             file: folder + "/rapport.yaml")
        }
        if revision && kind != .annualReport {
            throw InputError("Revisionspaketet (--revision) finns bara för en årsredovisning, inte för typen \"\(kind.rawValue)\".",
                             file: folder + "/rapport.yaml")
        }
        let name = URL(fileURLWithPath: folder).standardizedFileURL.lastPathComponent
        switch kind {
        case .plainDocument:
            let documentRenderer = try renderer()
            let laidOut = try layOutPlainDocument(folder: folder, renderer: documentRenderer)
            let path = outputDirectory + "/" + name + ".pdf"
            try documentRenderer.write(laidOut, to: path)
            return RenderResult(paths: [path])
        case .annualReport:
            return try AnnualReportRender.render(folder: folder, name: name, outputDirectory: outputDirectory, signing: signing,
                                                 revision: revision, specification: specification, progress: progress,
                                                 renderer: renderer)
        case .tertialReport:
            return try TertialRender.render(folder: folder, outputDirectory: outputDirectory, period: period,
                                            progress: progress, renderer: try progress.stage("Läser typsnitten") { try renderer() })
        }
    }

    /// The folder's kind, refusing a period for other than a tertial report and a signing
    /// variant for other than an annual report.
    static func checkedKind(folder: String, period: ReportPeriod?, signing: SigningVariant?) throws -> ReportKind {
        let kind = try ReportKind.detect(folder: folder)
        let todo = Placeholders.scan(folder: folder)
        if !todo.isEmpty && kind != .plainDocument { throw FindingsFailure(findings: todo.map(\.finding)) }
        if period != nil && kind != .tertialReport {
            throw InputError("Perioden kan bara anges för en tertialrapport, inte för typen \"\(kind.rawValue)\".",
                             file: folder + "/rapport.yaml")
        }
        if signing != nil && kind != .annualReport {
            throw InputError("Underskriftssättet kan bara anges för en årsredovisning, inte för typen \"\(kind.rawValue)\".",
                             file: folder + "/rapport.yaml")
        }
        return kind
    }

    static func layOutPlainDocument(folder: String, renderer: DocumentRenderer) throws -> LaidOutDocument {
        let plain = try PlainDocumentReader.load(folder: folder)
        let glyphs = MissingGlyphs.findings(plain.texts.map { ($0.file, $0.text) }, coverage: renderer.coverage)
        if !glyphs.isEmpty { throw FindingsFailure(findings: glyphs) }
        return try renderer.layout(PlainDocumentComposer.compose(plain), layoutName: plain.layout)
    }
}
