import Foundation
import XCTest

/// Runs the built `finsam-report` executable and the PDF inspection tools, the way a user
/// or CI would.
enum CommandLineRunner {
    struct Result {
        var status: Int32
        var standardOutput: String
        var standardError: String
    }

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The executable built beside the test bundle (.build/debug/finsam-report).
    static var executable: URL {
        let bundle = Bundle.main.bundleURL
        let candidates = [bundle.deletingLastPathComponent(), bundle]
        for folder in candidates {
            let url = folder.appendingPathComponent("finsam-report")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return repository.appendingPathComponent(".build/debug/finsam-report")
    }

    /// Every PDF a successful `render` writes is checked with `qpdf --check` (issue 12: any
    /// text makes a valid PDF), whatever the test itself looks at.
    static func finsamReport(_ arguments: [String], file: StaticString = #filePath, line: UInt = #line) throws -> Result {
        let started = Date().addingTimeInterval(-1)
        let result = try run(executable, arguments)
        if arguments.first == "render", result.status == 0, let flag = arguments.firstIndex(of: "-o"), flag + 1 < arguments.count {
            try checkPDFs(under: arguments[flag + 1], writtenSince: started, file: file, line: line)
        }
        return result
    }

    private static func checkPDFs(under folder: String, writtenSince started: Date, file: StaticString, line: UInt) throws {
        let root = URL(fileURLWithPath: folder, relativeTo: repository)
        guard let walk = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.contentModificationDateKey]) else { return }
        for case let url as URL in walk where url.pathExtension == "pdf" {
            guard let written = try url.resourceValues(forKeys: [.contentModificationDateKey]).contentModificationDate,
                  written >= started else { continue }
            let check = try tool("qpdf", ["--check", url.path])
            XCTAssertEqual(check.status, 0, "qpdf --check \(url.path): \(check.standardOutput)\(check.standardError)", file: file, line: line)
        }
    }

    /// A tool from PATH (pdftotext, pdffonts, qpdf, pdfinfo).
    static func tool(_ name: String, _ arguments: [String]) throws -> Result {
        try run(URL(fileURLWithPath: "/usr/bin/env"), [name] + arguments)
    }

    private static func run(_ executable: URL, _ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = repository
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        // Read both pipes before waiting so a chatty child cannot block on a full pipe.
        let errorData = DataBox()
        let errorReader = Thread { errorData.data = error.fileHandleForReading.readDataToEndOfFile() }
        errorReader.start()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while !errorReader.isFinished { usleep(1000) }
        return Result(status: process.terminationStatus, standardOutput: String(decoding: outputData, as: UTF8.self),
                      standardError: String(decoding: errorData.data, as: UTF8.self))
    }

    /// Filled by the reader thread, read only after it finished.
    private final class DataBox: @unchecked Sendable {
        var data = Data()
    }

    static func temporaryDirectory() throws -> String {
        let path = NSTemporaryDirectory() + "finsam-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}
