import Foundation
import XCTest

/// The Sjuhärad January–April 2017 folder rendered once through the real command line,
/// shared by the tertial tests (a render writes thirteen PDFs), and pdftotext helpers.
enum TertialRendering {
    static let folder = "examples/sjuharad-2017-t1"

    struct Output {
        var directory: String
        var result: CommandLineRunner.Result

        func path(_ file: String) -> String { directory + "/sjuharad-2017-t1/" + file }
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var cached: Output?

    static func output() throws -> Output {
        lock.lock()
        defer { lock.unlock() }
        if let cached { return cached }
        let directory = try CommandLineRunner.temporaryDirectory()
        let result = try CommandLineRunner.finsamReport(["render", folder, "-o", directory])
        let output = Output(directory: directory, result: result)
        cached = output
        return output
    }

    /// The PDF's text; `layout` keeps table rows on one line each.
    static func text(_ pdf: String, layout: Bool = false, page: Int? = nil) throws -> String {
        var arguments = ["-enc", "UTF-8"]
        if layout { arguments.append("-layout") }
        if let page { arguments += ["-f", String(page), "-l", String(page)] }
        return try CommandLineRunner.tool("pdftotext", arguments + [pdf, "-"]).standardOutput
    }

    static func pageCount(_ pdf: String) throws -> Int {
        let info = try CommandLineRunner.tool("pdfinfo", [pdf]).standardOutput
        let line = info.split(separator: "\n").first { $0.hasPrefix("Pages:") } ?? ""
        return Int(line.split(separator: " ").last ?? "") ?? 0
    }

    /// The line of `text` that contains `label`, for checking a table row.
    static func line(_ text: String, containing label: String) -> String? {
        text.split(separator: "\n").map(String.init).first { $0.contains(label) }
    }
}
