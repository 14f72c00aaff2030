import Foundation
import ZIPFoundation

/// Test support shared by ReportCoreTests and ReportAppTests: a workbook (any zip) with one
/// of its parts changed and every other part as it was, for the tests that break an .xlsx
/// file one cell or one setting at a time.
public enum WorkbookRewrite {
    /// The bytes of `workbook` with part `part` (e.g. "xl/worksheets/sheet2.xml") passed
    /// through `change`; a part name the workbook lacks leaves every part as it was.
    public static func changing(_ workbook: Data, part: String, _ change: (String) -> String) throws -> Data {
        let source = try Archive(data: workbook, accessMode: .read)
        let copy = try Archive(data: Data(), accessMode: .create)
        for entry in source {
            var data = Data()
            _ = try source.extract(entry) { data.append($0) }
            if entry.path == part { data = Data(change(String(decoding: data, as: UTF8.self)).utf8) }
            let bytes = data
            try copy.addEntry(with: entry.path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position)..<(Int(position) + size))
            }
        }
        guard let written = copy.data else { throw CocoaError(.fileWriteUnknown) }
        return written
    }

    /// Rewrites the workbook at `url` in place with part `part` changed.
    public static func rewrite(_ url: URL, part: String, _ change: (String) -> String) throws {
        try changing(try Data(contentsOf: url), part: part, change).write(to: url)
    }
}
