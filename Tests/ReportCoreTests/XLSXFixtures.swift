import Foundation
import ZIPFoundation
@testable import ReportCore

/// The .xlsx fixtures made by Fixtures/xlsx/make_xlsx.py (openpyxl), and copies of them with
/// one part of the zip changed, for the tests that break a workbook.
enum XLSXFixtures {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/xlsx")

    static func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    /// A copy of fixture `name` at `target` whose part `part` (e.g. "xl/worksheets/sheet2.xml") is changed.
    static func write(_ name: String, to target: URL, part: String, _ change: (String) -> String) throws {
        let source = try Archive(url: directory.appendingPathComponent(name), accessMode: .read)
        try? FileManager.default.removeItem(at: target)
        let copy = try Archive(url: target, accessMode: .create)
        for entry in source {
            var data = Data()
            _ = try source.extract(entry) { data.append($0) }
            if entry.path == part { data = Data(change(String(decoding: data, as: UTF8.self)).utf8) }
            let bytes = data
            try copy.addEntry(with: entry.path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position)..<(Int(position) + size))
            }
        }
    }

    /// A temporary copy of `name` changed in `part`.
    static func changed(_ name: String, part: String, _ change: (String) -> String) throws -> URL {
        let target = FileManager.default.temporaryDirectory.appendingPathComponent("xlsx-\(UUID().uuidString)-\(name)")
        try write(name, to: target, part: part, change)
        return target
    }
}
