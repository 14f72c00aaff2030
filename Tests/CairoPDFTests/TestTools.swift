import Foundation

/// Runs the Poppler and qpdf command-line tools that inspect what we wrote.
enum TestTools {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func run(_ tool: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [tool] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = Pipe()
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "\(tool) \(arguments.joined(separator: " ")) avslutades med \(process.terminationStatus)")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
