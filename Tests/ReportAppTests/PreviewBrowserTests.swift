import Foundation
import XCTest

/// `finsam-report forhandsgranska` in a real headless browser (Debian's Chromium, driven
/// by Tests/ReportAppTests/Scripts/preview_browser.py): page 1 shows, a saved text edit
/// shows within 2 s without a restart (and is in the PDF the page links to), and a broken
/// YAML file replaces the pages with the finding and names the file to fix.
final class PreviewBrowserTests: XCTestCase {
    func testThePreviewFollowsEditsInAHeadlessBrowser() throws {
        let folder = try CommandLineRunner.temporaryDirectory() + "/hello"
        try FileManager.default.copyItem(atPath: CommandLineRunner.repository.path + "/examples/hello", toPath: folder)
        let server = try PreviewProcess(folder: folder)
        defer { server.stop() }
        XCTAssertEqual(try listeningAddresses(port: server.port), ["0100007F"], "the server must listen on 127.0.0.1 only")
        let script = CommandLineRunner.repository.path + "/Tests/ReportAppTests/Scripts/preview_browser.py"
        let result = try CommandLineRunner.tool("python3", [script, server.address, folder + "/text.md",
                                                            "Samordningsförbundets årsredovisning",
                                                            "Samordningsförbundets berättelse",
                                                            folder + "/rapport.yaml", folder + "/../visad.pdf"])
        XCTAssertEqual(result.status, 0, result.standardError)
        let seen = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any],
                                 result.standardOutput + result.standardError)
        XCTAssertNotNil(seen["firstPageSeconds"] as? Double, "page 1 never showed: \(seen)")
        // An A4 page at 1.5 pixels per point.
        XCTAssertEqual(seen["firstPageWidth"] as? Int, 893)
        XCTAssertEqual(seen["title"] as? String, "Förhandsgranskning – hello")
        XCTAssertEqual(seen["oldTextShown"] as? Bool, true)
        let edit = try XCTUnwrap(seen["editSeconds"] as? Double, "the edited text never showed: \(seen)")
        XCTAssertLessThan(edit, 2.0)
        XCTAssertEqual(seen["oldTextGone"] as? Bool, true)
        XCTAssertEqual(seen["pageReloaded"] as? Bool, true, "page 1's picture was not painted again")
        XCTAssertEqual(seen["pdfLink"] as? String, "/pdf")
        XCTAssertEqual(seen["pdfType"] as? String, "application/pdf")
        let pdfText = try CommandLineRunner.tool("pdftotext", ["-enc", "UTF-8", folder + "/../visad.pdf", "-"]).standardOutput
        XCTAssertTrue(pdfText.contains("Samordningsförbundets berättelse"), "the linked PDF is the edited version: \(pdfText)")
        XCTAssertFalse(pdfText.contains("Samordningsförbundets årsredovisning"))
        XCTAssertNotNil(seen["findingSeconds"] as? Double, "the broken YAML never showed: \(seen)")
        XCTAssertEqual(seen["filesToFix"] as? String, "rapport.yaml")
        let findings = try XCTUnwrap(seen["findings"] as? [String])
        XCTAssertTrue(findings.contains { $0.hasPrefix("rapport.yaml:") && $0.contains("fel") }, "\(findings)")
        XCTAssertEqual(seen["pagesWhileBroken"] as? Int, 0)
        XCTAssertEqual(seen["pdfLinkWhileBroken"] as? Bool, false, "no PDF link while a finding stops the pages")
    }

    /// The local addresses (hex, as the kernel writes them) of the sockets listening on
    /// `port`, over IPv4 and IPv6.
    private func listeningAddresses(port: Int) throws -> [String] {
        let hexPort = String(format: "%04X", port)
        return try ["/proc/net/tcp", "/proc/net/tcp6"].flatMap { table in
            try String(contentsOfFile: table, encoding: .utf8).split(separator: "\n").dropFirst().compactMap { line -> String? in
                let fields = line.split(separator: " ")
                guard fields.count > 3, fields[3] == "0A" else { return nil }
                let local = fields[1].split(separator: ":")
                return local.last.map(String.init) == hexPort ? String(local[0]) : nil
            }
        }
    }
}

/// `finsam-report forhandsgranska FOLDER --port 0` running in the background; the address
/// is read from its first line.
final class PreviewProcess {
    let process = Process()
    let address: String
    var port: Int { Int(address.split(separator: ":").last?.filter(\.isNumber) ?? "") ?? 0 }

    init(folder: String) throws {
        process.executableURL = CommandLineRunner.executable
        process.arguments = ["forhandsgranska", folder, "--port", "0"]
        process.currentDirectoryURL = CommandLineRunner.repository
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = output.fileHandleForReading.availableData
            guard !chunk.isEmpty else { break }
            line.append(chunk)
        }
        let text = String(decoding: line, as: UTF8.self)
        guard let start = text.range(of: "http://127.0.0.1:"), let end = text[start.lowerBound...].firstIndex(of: " ") else {
            process.terminate()
            throw PreviewFailure(message: "no address in \"\(text)\"")
        }
        address = String(text[start.lowerBound..<end])
    }

    func stop() {
        process.interrupt()
        process.waitUntilExit()
    }

    struct PreviewFailure: Error { var message: String }
}
