import Foundation
import ReportApp

/// Polls folders' files (`FileStamps`: name, size, modification time) every `interval`
/// and calls `changed` on its own thread when any differ: the report folder, and the
/// program's layouts, whose edits the session then reads anew. Polling needs no inotify
/// limits and sees editors that save by renaming.
final class FolderWatcher: Sendable {
    private let folders: [String]
    private let interval: TimeInterval
    private let changed: @Sendable () -> Void

    init(folders: [String], interval: TimeInterval = 0.1, changed: @escaping @Sendable () -> Void) {
        self.folders = folders
        self.interval = interval
        self.changed = changed
    }

    /// Starts the polling thread; it runs until the process ends.
    func start() {
        let first = fingerprint()
        let thread = Thread { [self] in
            var last = first
            while true {
                Thread.sleep(forTimeInterval: interval)
                let now = fingerprint()
                if now != last {
                    last = now
                    changed()
                }
            }
        }
        thread.name = "förhandsgranskning"
        thread.start()
    }

    private func fingerprint() -> [[String: FileStamps.Stamp]] { folders.map(FileStamps.of) }
}
