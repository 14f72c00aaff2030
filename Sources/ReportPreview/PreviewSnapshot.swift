import Foundation
import ReportCore

/// One state of the preview: the folder's pages painted as PNGs, or, when a check or an
/// input stops the render, no pages and the findings that say which file to fix.
struct PreviewSnapshot: Sendable {
    struct Picture: Sendable {
        var number: Int
        /// The version in which this page last looked different: the browser reloads a
        /// page only when its token changes.
        var token: Int
        var width: Int
        var height: Int
        var png: [UInt8]
        /// The page's text in reading order, for screen readers and the browser's search.
        var text: String
        /// "Sida 3", or "brev-bollebygd.pdf, sida 1" when the preview shows several files.
        var caption: String
    }

    var version: Int
    var pages: [Picture]
    var findings: [Finding]
    /// The folder's files with an error, relative to the folder; empty when the pages show.
    var filesToFix: [String]
    var summary: String
    /// When and how quickly this state was made ("23:41:07, 84 ms").
    var made: String
    /// What the pages are (`PreviewContents.note`); empty while a finding stops them.
    var note = ""

    static let empty = PreviewSnapshot(version: 0, pages: [], findings: [], filesToFix: [], summary: "Sidorna sätts …", made: "")
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
