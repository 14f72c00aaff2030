import Foundation
import ReportApp
import ReportCore

/// `check FOLDER`: every check the folder's kind of report runs before rendering.
func checkReportFolder(path: String, progress: ProgressLog = .silent) throws -> CheckOutcome {
    let check = try FolderCheck.run(folder: path, progress: progress)
    return CheckOutcome(
        fileName: path, findings: check.findings, skippedRecords: [],
        voucherCount: check.voucherCount, transactionCount: check.transactionCount,
        hasBooks: check.kind != .plainDocument)
}

func isDirectory(_ path: String) -> Bool {
    var directory: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &directory) && directory.boolValue
}
