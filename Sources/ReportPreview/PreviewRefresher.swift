import Foundation
import ReportApp
import ReportCore
import ReportLayout

/// Makes a new snapshot of the folder with a kept `RenderSession` (the warm re-render):
/// checks and layout, then each page painted with the PDF's painter. A page that paints
/// the same bytes as before keeps its token, so the browser reloads only changed pages.
/// The first refresh runs on the server's task and the later ones on the watcher's thread:
/// the lock around `refresh` keeps the session and the previous pictures to one at a time.
final class PreviewRefresher: @unchecked Sendable {
    /// 1.5 pixels per point: 108 dpi, an A4 page 893 pixels wide.
    static let pixelsPerPoint = 1.5

    let folder: String
    private let session: RenderSession
    private var version = 0
    private var previous: [PreviewSnapshot.Picture] = []

    init(folder: String) {
        self.folder = folder
        session = RenderSession(folder: folder)
    }

    private let lock = NSLock()

    func refresh() -> PreviewSnapshot {
        lock.lock()
        defer { lock.unlock() }
        return render()
    }

    private func render() -> PreviewSnapshot {
        version += 1
        let start = DispatchTime.now().uptimeNanoseconds
        var snapshot: PreviewSnapshot
        do {
            let layout = try session.layOut()
            let shown = PreviewContents(layout)
            let pictures = try shown.pages.enumerated().map { index, page in
                try picture(page.page, number: index + 1, caption: page.caption)
            }
            previous = pictures
            snapshot = PreviewSnapshot(version: version, pages: pictures, findings: layout.findings, filesToFix: [],
                                       summary: PreviewSummary.passed(layout.findings, pages: pictures.count), made: "")
            snapshot.note = shown.note
        } catch {
            let findings = PreviewSummary.findings(of: error)
            snapshot = PreviewSnapshot(version: version, pages: [], findings: findings, filesToFix: filesToFix(findings),
                                       summary: PreviewSummary.stopped(findings), made: "")
        }
        snapshot.findings = snapshot.findings.map(relative)
        let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
        snapshot.made = String(format: "%@, %.0f ms", PreviewSummary.clock(), milliseconds)
        return snapshot
    }

    private func picture(_ page: Page, number: Int, caption: String) throws -> PreviewSnapshot.Picture {
        let png = try session.png(page, pixelsPerPoint: Self.pixelsPerPoint)
        let unchanged = previous.indices.contains(number - 1) && previous[number - 1].png == png
        return PreviewSnapshot.Picture(
            number: number, token: unchanged ? previous[number - 1].token : version,
            width: Int((page.size.width.value * Self.pixelsPerPoint).rounded(.up)),
            height: Int((page.size.height.value * Self.pixelsPerPoint).rounded(.up)),
            png: png, text: Self.text(of: page), caption: caption)
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
