import Foundation
import XCTest

/// A writable copy of an example folder and in-place text edits of its files, for the tests
/// that render a folder, edit it and render again (`RenderSessionTests`, `WarmLayoutTests`).
enum ExampleFolderCopy {
    static func make(_ example: String) throws -> String {
        let folder = try CommandLineRunner.temporaryDirectory() + "/" + URL(fileURLWithPath: example).lastPathComponent
        try FileManager.default.copyItem(atPath: CommandLineRunner.repository.path + "/" + example, toPath: folder)
        return folder
    }

    /// Replaces `old` by `new` in the file at `path`, which must hold `old`. `atomically`:
    /// through a new file (a new inode) rather than over the old one's bytes.
    static func replace(_ old: String, with new: String, in path: String, atomically: Bool,
                        file: StaticString = #filePath, line: UInt = #line) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertTrue(text.contains(old), "\(path) no longer holds \"\(old)\"", file: file, line: line)
        try text.replacingOccurrences(of: old, with: new).write(toFile: path, atomically: atomically, encoding: .utf8)
    }
}
