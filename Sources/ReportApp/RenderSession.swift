import Foundation
import ReportCore
import ReportLayout

/// Renders one report folder again and again (the preview): the fonts and their font
/// configuration, the shaped words and their widths, the hyphenation patterns, the
/// parsed layouts and the paragraphs set into lines are kept between renders; the
/// folder's inputs are read and checked anew every time (a yaml, SIE or Markdown file
/// whose content is unchanged is not parsed again), so an edit shows at once and a warm
/// render writes the same bytes as a cold one (`RenderSessionTests`, `WarmLayoutTests`).
public final class RenderSession {
    public let folder: String
    private let debugBoxes: Bool
    private var kept: DocumentRenderer?
    private let parsed = ParsedInputs()

    public init(folder: String, debugBoxes: Bool = false) {
        self.folder = folder
        self.debugBoxes = debugBoxes
    }

    /// What `finsam-report render` writes for the folder, into `outputDirectory`.
    public func render(outputDirectory: String, period: ReportPeriod? = nil, signing: SigningVariant? = nil) throws -> RenderResult {
        try parsed.reading {
            try ReportRenderer.render(folder: folder, outputDirectory: outputDirectory, period: period, signing: signing,
                                      renderer: renderer)
        }
    }

    /// The folder's main document laid out, nothing written: the annual report, the
    /// tertial report (with each member's covering letter beside it) or the plain document.
    public func layOut() throws -> SessionLayout {
        try parsed.reading(layOutAnew)
    }

    private func layOutAnew() throws -> SessionLayout {
        let renderer = try self.renderer()
        switch try ReportKind.detect(folder: folder) {
        case .plainDocument:
            return SessionLayout(document: try ReportRenderer.layOutPlainDocument(folder: folder, renderer: renderer), findings: [])
        case .annualReport:
            let (document, findings, _) = try AnnualReportRender.layOut(folder: folder, signing: nil) { renderer }
            return SessionLayout(document: document, findings: findings)
        case .tertialReport:
            let (files, findings) = try TertialRender.layOut(folder: folder, period: nil, renderer: renderer)
            return SessionLayout(document: files[0].document, findings: findings, letters: TertialRender.coveringLetters(files))
        }
    }

    /// Paints one page of a laid-out document as PNG bytes, with the painter of the PDFs.
    public func png(_ page: Page, pixelsPerPoint: Double) throws -> [UInt8] {
        try renderer().painter.pngBytes(page, pixelsPerPoint: pixelsPerPoint)
    }

    /// A laid-out document written as `render` writes its main PDF (painted, finished and
    /// verified): the preview's PDF of the version it shows.
    public func pdfBytes(_ document: LaidOutDocument) throws -> [UInt8] {
        let path = NSTemporaryDirectory() + "finsam-forhandsgranskning-\(getpid())-\(UUID().uuidString).pdf"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try renderer().write(document, to: path)
        return [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    /// The kept document renderer, made on first use; layouts edited since are read anew.
    private func renderer() throws -> DocumentRenderer {
        if let kept {
            kept.forgetChangedLayouts()
            return kept
        }
        let made = try DocumentRenderer(debugBoxes: debugBoxes)
        kept = made
        return made
    }
}

/// A session's laid-out main document and what its checks found (warnings and
/// information: an error stops the layout with `FindingsFailure`).
public struct SessionLayout {
    public var document: LaidOutDocument
    public var findings: [Finding]
    /// A tertial report's letters: each file's own pages, before the enclosed report.
    public var letters: [SessionLetter] = []
}

/// One letter of a tertial report as its file begins: the covering letter's pages.
public struct SessionLetter {
    public var file: String
    public var pages: [Page]
}
