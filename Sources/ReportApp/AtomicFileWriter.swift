import Foundation
import ReportCore

/// Writes a file so that readers see either the old file or the complete new one, never
/// a half-written PDF: the content goes to a temporary file in the same folder, which is
/// renamed over the target only when writing succeeded.
public enum AtomicFileWriter {
    /// Calls `write` with a temporary path, then renames it to `path`.
    public static func write(to path: String, _ write: (String) throws -> Void) throws {
        let target = URL(fileURLWithPath: path)
        let folder = target.deletingLastPathComponent()
        try createFolder(folder.path)
        removeStaleTemporaries(of: target.lastPathComponent, in: folder.path)
        let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).\(getpid()).tmp").path
        do {
            try write(temporary)
            guard rename(temporary, path) == 0 else {
                throw InputError("Kunde inte byta namn på den tillfälliga filen (\(String(cString: strerror(errno))))).", file: path)
            }
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        }
    }

    /// A render killed mid-way leaves its hidden ".NAME.PID.tmp"; the next write of the same
    /// file removes it once no process with that id is running.
    static func removeStaleTemporaries(of name: String, in folder: String) {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for entry in entries where entry.hasPrefix(".\(name).") && entry.hasSuffix(".tmp") {
            let pidText = entry.dropFirst(name.count + 2).dropLast(4)
            guard let pid = Int32(pidText), pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else { continue }
            try? FileManager.default.removeItem(atPath: folder + "/" + entry)
        }
    }

    static func createFolder(_ path: String) throws {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw InputError("Kunde inte skapa mappen för utdata.", file: path)
        }
    }
}
