import Foundation

/// Polls a report folder's files (name, size, modification time) every `interval` and
/// calls `changed` on its own thread when any differ: a saved, added, renamed or removed
/// file. Polling needs no inotify limits and sees editors that save by renaming; hidden
/// files and editors' backups ("~", ".swp") are left out.
final class FolderWatcher: Sendable {
    private let folder: String
    private let interval: TimeInterval
    private let changed: @Sendable () -> Void

    init(folder: String, interval: TimeInterval = 0.2, changed: @escaping @Sendable () -> Void) {
        self.folder = folder
        self.interval = interval
        self.changed = changed
    }

    /// Starts the polling thread; it runs until the process ends.
    func start() {
        let first = Self.fingerprint(folder)
        let thread = Thread { [self] in
            var last = first
            while true {
                Thread.sleep(forTimeInterval: interval)
                let now = Self.fingerprint(folder)
                if now != last {
                    last = now
                    changed()
                }
            }
        }
        thread.name = "förhandsgranskning"
        thread.start()
    }

    struct Entry: Equatable {
        var size: Int64
        var modified: Int64
    }

    /// Every visible file under the folder with its size and modification time (ns).
    static func fingerprint(_ folder: String) -> [String: Entry] {
        var entries: [String: Entry] = [:]
        guard let files = FileManager.default.enumerator(atPath: folder) else { return entries }
        while let file = files.nextObject() as? String {
            let name = (file as NSString).lastPathComponent
            if name.hasPrefix(".") || name.hasSuffix("~") || name.hasSuffix(".swp") { continue }
            var status = stat()
            guard stat(folder + "/" + file, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { continue }
            entries[file] = Entry(size: Int64(status.st_size),
                                  modified: Int64(status.st_mtim.tv_sec) * 1_000_000_000 + Int64(status.st_mtim.tv_nsec))
        }
        return entries
    }
}
