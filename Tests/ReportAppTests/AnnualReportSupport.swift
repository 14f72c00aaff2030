import Foundation
import XCTest

/// Renders examples/sjuharad-2024 once per test run through the real command line and
/// reads the PDF back with Poppler's tools.
enum AnnualReportFixture {
    struct Rendered {
        var folder: String
        var pdf: String
        var result: CommandLineRunner.Result
    }

    static let sjuharad: Rendered? = try? render("examples/sjuharad-2024", name: "sjuharad-2024")

    static func render(_ example: String, name: String) throws -> Rendered {
        let folder = try CommandLineRunner.temporaryDirectory()
        let result = try CommandLineRunner.finsamReport(["render", example, "-o", folder])
        return Rendered(folder: folder, pdf: folder + "/" + name + ".pdf", result: result)
    }

    /// The rendered PDF; a failed render is an error with the program's message, so that a
    /// test fails saying why instead of reading a file that is not there.
    static func sjuharadPDF() throws -> String {
        try pdf(of: try XCTUnwrap(sjuharad, "render could not be started"))
    }

    static func pdf(of rendered: Rendered) throws -> String {
        guard rendered.result.status == 0 else { throw RenderFailure(status: rendered.result.status, message: rendered.result.standardError) }
        return rendered.pdf
    }

    struct RenderFailure: Error, CustomStringConvertible {
        var status: Int32
        var message: String
        var description: String { "render exited with \(status): \(message)" }
    }

    /// The text of one page (1-based) or of the whole document, whitespace runs collapsed
    /// to one space so that a figure or a name wrapped over two lines still matches.
    static func text(_ pdf: String, page: Int? = nil, layout: Bool = false) throws -> String {
        var arguments = ["-enc", "UTF-8"]
        if layout { arguments.append("-layout") }
        if let page { arguments += ["-f", "\(page)", "-l", "\(page)"] }
        let raw = try CommandLineRunner.tool("pdftotext", arguments + [pdf, "-"]).standardOutput
        return collapsed(raw)
    }

    static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    static func pageCount(_ pdf: String) throws -> Int {
        let info = try CommandLineRunner.tool("pdfinfo", [pdf]).standardOutput
        let line = info.split(separator: "\n").first { $0.hasPrefix("Pages:") } ?? ""
        return Int(line.split(separator: " ").last ?? "") ?? 0
    }

    /// The pages (1-based) whose text contains `needle`.
    static func pages(containing needle: String, in pdf: String) throws -> [Int] {
        let count = try pageCount(pdf)
        guard count > 0 else { throw RenderFailure(status: 0, message: "\(pdf) has no pages") }
        return try (1...count).filter { try text(pdf, page: $0).contains(needle) }
    }
}
