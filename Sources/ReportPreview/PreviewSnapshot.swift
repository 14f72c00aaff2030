import Foundation
import ReportCore
import ReportLayout

/// One state of the preview: the folder's pages laid out (painted only when the browser
/// asks for one), or, when a check or an input stops the render, no pages and the
/// findings that say which file to fix.
struct PreviewSnapshot: Sendable {
    /// A page as the page's script reads it; its picture comes from `/sida/N`.
    struct Entry: Encodable, Sendable {
        var number: Int
        /// The version in which this page last looked different: the browser reloads a
        /// page's picture only when its token changes.
        var token: Int
        var width: Int
        var height: Int
        /// The page's text in reading order, for screen readers and the browser's search.
        var text: String
        /// "Sida 3", or "brev-bollebygd.pdf, sida 1" when the preview shows several files.
        var caption: String
    }

    var version: Int
    var pages: [Entry] = []
    /// The laid-out pages, one per entry, painted on request.
    var laidOut: [Page] = []
    /// The main document of this version, written as PDF on request (`/pdf`); nil while a
    /// finding stops the pages.
    var document: LaidOutDocument?
    var findings: [Finding] = []
    /// The folder's files with an error, relative to the folder; empty when the pages show.
    var filesToFix: [String] = []
    var summary: String
    /// When and how quickly this state was made ("23:41:07, 84 ms").
    var made = ""
    /// What the pages are (`PreviewContents.note`); empty while a finding stops them.
    var note = ""

    static let empty = PreviewSnapshot(version: 0, summary: "Sidorna sätts …")
}

/// The latest snapshot, shared between the watcher's thread and the server's handlers.
final class PreviewState: @unchecked Sendable {
    private let lock = NSLock()
    private var snapshot = PreviewSnapshot.empty

    var current: PreviewSnapshot {
        lock.lock()
        defer { lock.unlock() }
        return snapshot
    }

    func publish(_ new: PreviewSnapshot) {
        lock.lock()
        snapshot = new
        lock.unlock()
    }
}
