import Foundation
import ReportCore

/// `check FOLDER`: reads a report folder and runs every check of the annual report (the
/// books' checks included), collecting the findings like `checkSIEFile`.
func checkReportFolder(path: String) throws -> CheckOutcome {
    let inputs = try ReportFolder.load(path: path)
    let findings = AnnualReportBuilder.compute(inputs).findings
    let books = inputs.books
    return CheckOutcome(
        fileName: path, findings: findings, skippedRecords: [],
        voucherCount: books.vouchers.count, transactionCount: books.vouchers.reduce(0) { $0 + $1.transactions.count })
}

func isDirectory(_ path: String) -> Bool {
    var directory: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &directory) && directory.boolValue
}
