import Foundation

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

    static func finsamReport(_ arguments: [String]) throws -> Result {
        try run(executable, arguments)
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
