import Foundation

/// The visible files under a folder with their size and modification time: compared
/// between two moments, any difference is a saved, added, renamed or removed file.
/// Hidden files and editors' backups ("~", ".swp") are left out.
public enum FileStamps {
    public struct Stamp: Equatable, Sendable {
        public var size: Int64
        /// Nanoseconds since 1970.
        public var modified: Int64
    }

    public static func of(_ folder: String) -> [String: Stamp] {
        var stamps: [String: Stamp] = [:]
        guard let files = FileManager.default.enumerator(atPath: folder) else { return stamps }
        while let file = files.nextObject() as? String {
            let name = (file as NSString).lastPathComponent
            if name.hasPrefix(".") || name.hasSuffix("~") || name.hasSuffix(".swp") { continue }
            var status = stat()
            guard stat(folder + "/" + file, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { continue }
            stamps[file] = Stamp(size: Int64(status.st_size),
                                 modified: Int64(status.st_mtim.tv_sec) * 1_000_000_000 + Int64(status.st_mtim.tv_nsec))
        }
        return stamps
    }
}
