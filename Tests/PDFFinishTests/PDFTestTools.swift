import Foundation
import XCTest

/// Tools the PDFFinish tests share: a small PDF written byte by byte (so its xref
/// offsets are known independently of the code under test), and external checkers.
enum PDFTestTools {
    /// A one-page PDF with a classic xref table, as Cairo writes them.
    static func minimalPDF(pageText: String = "Hej") -> [UInt8] {
        let content = "BT /F1 12 Tf 72 720 Td (\(pageText)) Tj ET"
        let bodies = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length \(content.utf8.count) >>\nstream\n\(content)\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
        var text = "%PDF-1.7\n%\u{00E5}\u{00E4}\u{00F6}\n"
        var offsets: [Int] = []
        for (index, body) in bodies.enumerated() {
            offsets.append(text.utf8.count)
            text += "\(index + 1) 0 obj\n\(body)\nendobj\n"
        }
        let xref = text.utf8.count
        text += "xref\n0 \(bodies.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { text += String(format: "%010d 00000 n \n", offset) }
        text += "trailer\n<< /Size \(bodies.count + 1) /Root 1 0 R /ID [<00112233445566778899AABBCCDDEEFF> <00112233445566778899AABBCCDDEEFF>] >>\nstartxref\n\(xref)\n%%EOF\n"
        return Array(text.utf8)
    }

    struct Run { var status: Int32; var output: String }

    @discardableResult
    static func run(_ arguments: [String], input: Data? = nil) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: String(decoding: output, as: UTF8.self))
    }

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("pdffinish-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// `qpdf --check` must pass without warnings.
    static func assertQPDFCheck(_ path: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let result = try run(["qpdf", "--check", path])
        XCTAssertEqual(result.status, 0, result.output, file: file, line: line)
        XCTAssertTrue(result.output.contains("No syntax or stream encoding errors found"), result.output, file: file, line: line)
    }

    /// A Python one-off against pikepdf (installed by `make deps`).
    static func python(_ script: String, _ arguments: [String] = []) throws -> Run {
        try run(["python3", "-c", script] + arguments)
    }
}
