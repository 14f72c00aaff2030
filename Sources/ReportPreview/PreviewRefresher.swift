import Foundation
import ReportApp
import ReportCore
import ReportLayout

/// Makes a new snapshot of the folder with a kept `RenderSession` (the warm re-render):
/// checks and layout only. A page laid out exactly as before keeps its token, so the
/// browser reloads only changed pages; a page is painted, with the PDF's painter, when the
/// browser asks for it, once per token. The PDF of a version is written when asked for.
/// Refreshes run on the watcher's thread and requests on the server's: the lock keeps the
/// session, its fonts and the kept pictures to one at a time.
final class PreviewRefresher: @unchecked Sendable {
    /// 1.5 pixels per point: 108 dpi, an A4 page 893 pixels wide.
    static let pixelsPerPoint = 1.5

    let folder: String
    private let session: RenderSession
    private let lock = NSLock()
    private var version = 0
    private var previous: (pages: [Page], tokens: [Int], pictureFiles: PagePictures) = ([], [], PagePictures())
    private struct Picture: Hashable {
        var number: Int
        var token: Int
    }
    private var pictures: [Picture: [UInt8]] = [:]
    private var pdf: (version: Int, bytes: [UInt8])?
    /// How many pages have been painted (the preview paints only what is asked for).
    private(set) var paintedPages = 0

    init(folder: String) {
        self.folder = folder
        session = RenderSession(folder: folder)
    }

    func refresh() -> PreviewSnapshot {
        lock.withLock { render() }
    }

    /// Page `number` of `snapshot` as PNG bytes, painted the first time its token is asked for.
    func png(of snapshot: PreviewSnapshot, number: Int) throws -> [UInt8] {
        try lock.withLock {
            let entry = snapshot.pages[number - 1], key = Picture(number: number, token: entry.token)
            if let kept = pictures[key] { return kept }
            let png = try session.png(snapshot.laidOut[number - 1], pixelsPerPoint: Self.pixelsPerPoint)
            paintedPages += 1
            if entry.token == previous.tokens[safe: number - 1] { pictures[key] = png }
            return png
        }
    }

    /// The snapshot's main document as `finsam-report render` writes it (the paper variant),
    /// written the first time its version is asked for; nil while a finding stops the pages.
    func pdf(of snapshot: PreviewSnapshot) throws -> [UInt8]? {
        guard let document = snapshot.document else { return nil }
        return try lock.withLock {
            if let pdf, pdf.version == snapshot.version { return pdf.bytes }
            let bytes = try session.pdfBytes(document)
            if snapshot.version == version { pdf = (snapshot.version, bytes) }
            return bytes
        }
    }

    private func render() -> PreviewSnapshot {
        version += 1
        let start = DispatchTime.now().uptimeNanoseconds
        var snapshot = PreviewSnapshot(version: version, summary: "")
        do {
            let layout = try session.layOut()
            let shown = PreviewContents(layout)
            let pages = shown.pages.map(\.page)
            let pictureFiles = PagePictures(pages)
            let tokens = pages.indices.map { index in
                pages[index] == previous.pages[safe: index] && pictureFiles.same(on: pages[index], as: previous.pictureFiles) ? previous.tokens[index] : version
            }
            previous = (pages, tokens, pictureFiles)
            pictures = pictures.filter { tokens[safe: $0.key.number - 1] == $0.key.token }
            snapshot.pages = shown.pages.indices.map { entry(shown.pages[$0], number: $0 + 1, token: tokens[$0]) }
            snapshot.laidOut = pages
            snapshot.document = layout.document
            snapshot.findings = layout.findings
            snapshot.summary = PreviewSummary.passed(layout.findings, pages: pages.count)
            snapshot.note = shown.note
        } catch {
            previous = ([], [], PagePictures())
            pictures = [:]
            snapshot.findings = PreviewSummary.findings(of: error)
            snapshot.filesToFix = filesToFix(snapshot.findings)
            snapshot.summary = PreviewSummary.stopped(snapshot.findings)
        }
        snapshot.findings = snapshot.findings.map(relative)
        let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
        snapshot.made = String(format: "%@, %.0f ms", PreviewSummary.clock(), milliseconds)
        return snapshot
    }

    private func entry(_ shown: PreviewContents.Shown, number: Int, token: Int) -> PreviewSnapshot.Entry {
        PreviewSnapshot.Entry(
            number: number, token: token,
            width: Int((shown.page.size.width.value * Self.pixelsPerPoint).rounded(.up)),
            height: Int((shown.page.size.height.value * Self.pixelsPerPoint).rounded(.up)),
            text: Self.text(of: shown.page), caption: shown.caption)
    }

    static func text(of page: Page) -> String {
        page.items.compactMap { item -> String? in
            guard case let .text(run) = item.content else { return nil }
            return run.text
        }.joined(separator: " ")
    }

    /// The files named by the errors, relative to the folder, each once in order.
    private func filesToFix(_ findings: [Finding]) -> [String] {
        var files: [String] = []
        for finding in findings where finding.severity == .error {
            let file = relativePath(finding.location?.file ?? "rapport.yaml")
            if !files.contains(file) { files.append(file) }
        }
        return files
    }

    private func relative(_ finding: Finding) -> Finding {
        var finding = finding
        if let file = finding.location?.file { finding.location?.file = relativePath(file) }
        return finding
    }

    private func relativePath(_ file: String) -> String {
        let prefix = URL(fileURLWithPath: folder).standardizedFileURL.path + "/"
        let path = URL(fileURLWithPath: file).standardizedFileURL.path
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : file
    }
}

private extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
