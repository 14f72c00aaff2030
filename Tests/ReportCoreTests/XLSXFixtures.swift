import Foundation
import WorkbookFixtures
@testable import ReportCore

/// The .xlsx fixtures made by Fixtures/xlsx/make_xlsx.py (openpyxl), and copies of them with
/// one part of the zip changed, for the tests that break a workbook.
enum XLSXFixtures {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/xlsx")

    static func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    /// A temporary copy of `name` changed in `part`.
    static func changed(_ name: String, part: String, _ change: (String) -> String) throws -> URL {
        let target = FileManager.default.temporaryDirectory.appendingPathComponent("xlsx-\(UUID().uuidString)-\(name)")
        let original = try Data(contentsOf: directory.appendingPathComponent(name))
        try WorkbookRewrite.changing(original, part: part, change).write(to: target)
        return target
    }
}
