import Foundation
import XCTest

/// The office's steps after `finsam-report init`, shared by the annual and the tertial
/// report's tests: read the printed "Att göra" list, see `check` name the same items and
/// `render` refuse to write, fill every item in, then `check` passes and `render` writes.
enum InitWalkthrough {
    /// One printed "Att göra" line: `  file:line: key — hint`.
    struct Item: Hashable {
        var file: String
        var line: Int
        var key: String
    }

    /// `init` with `arguments`; fails the test unless it exits 0. Its output and list.
    static func initFolder(_ arguments: [String], file: StaticString = #filePath, line: UInt = #line) throws -> (output: String, items: [Item]) {
        let made = try CommandLineRunner.finsamReport(["init"] + arguments)
        XCTAssertEqual(made.status, 0, made.standardError, file: file, line: line)
        return (made.standardOutput, items(made.standardOutput))
    }

    static func items(_ output: String) -> [Item] {
        let lines = output.components(separatedBy: "\n")
        guard let start = lines.firstIndex(where: { $0.hasPrefix("Att göra (") }) else { return [] }
        return lines[(start + 1)...].filter { $0.hasPrefix("  ") }.compactMap { line in
            let parts = line.trimmingCharacters(in: .whitespaces).split(separator: ":", maxSplits: 2).map(String.init)
            guard parts.count == 3, let number = Int(parts[1]) else { return nil }
            let key = parts[2].components(separatedBy: " — ")[0].trimmingCharacters(in: .whitespaces)
            return Item(file: parts[0], line: number, key: key)
        }
    }

    /// `check` exits 1 naming exactly the listed items (file and line); with `output`,
    /// `render` exits 1 too and `pdf` is not written.
    static func assertUnfinished(_ folder: String, _ items: [Item], output: String? = nil, pdf: String? = nil,
                                 file: StaticString = #filePath, line: UInt = #line) throws {
        let checked = try CommandLineRunner.finsamReport(["check", folder])
        XCTAssertEqual(checked.status, 1, checked.standardError, file: file, line: line)
        let named = checked.standardError.components(separatedBy: "\n").filter { $0.contains("Att göra:") }
        XCTAssertEqual(named.count, items.count, checked.standardError, file: file, line: line)
        for item in items {
            XCTAssertTrue(checked.standardError.contains("\(item.file):\(item.line)"), "\(item)", file: file, line: line)
        }
        guard let output, let pdf else { return }
        let refused = try CommandLineRunner.finsamReport(["render", folder, "-o", output])
        XCTAssertEqual(refused.status, 1, refused.standardError, file: file, line: line)
        XCTAssertFalse(FileManager.default.fileExists(atPath: pdf), "\(pdf) written from an unfinished folder", file: file, line: line)
    }

    /// Fills every item with `value`, then `check` exits 0, `render` exits 0 into `output`
    /// and `verify` accepts `pdf`.
    static func fillCheckAndRender(_ folder: String, _ items: [Item], value: (Item) -> String?, output: String, pdf: String,
                                   file: StaticString = #filePath, line: UInt = #line) throws {
        try fill(folder, items, value: value)
        let checked = try CommandLineRunner.finsamReport(["check", folder])
        XCTAssertEqual(checked.status, 0, checked.standardError + checked.standardOutput, file: file, line: line)
        let rendered = try CommandLineRunner.finsamReport(["render", folder, "-o", output])
        XCTAssertEqual(rendered.status, 0, rendered.standardError, file: file, line: line)
        let verified = try CommandLineRunner.finsamReport(["verify", pdf])
        XCTAssertEqual(verified.status, 0, verified.standardOutput + verified.standardError, file: file, line: line)
    }

    /// Replaces the item's `FYLL I` (up to a comment) on its line; a text's whole line.
    static func fill(_ folder: String, _ items: [Item], value: (Item) -> String?) throws {
        for (file, fileItems) in Dictionary(grouping: items, by: \.file) {
            let path = folder + "/" + file
            var lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
            let header = lines.first { !$0.hasPrefix("#") }?.split(separator: ";").map(String.init) ?? []
            let column = { (item: Item) in header.firstIndex { item.key.hasPrefix($0 + ",") } ?? 0 }
            for item in fileItems.sorted(by: { ($1.line, column($0)) < ($0.line, column($1)) }) {
                let value = try XCTUnwrap(value(item), "no value for \(item.file) \(item.key)")
                var line = lines[item.line - 1]
                if file.hasSuffix(".md") {
                    line = value
                } else {
                    let range = try XCTUnwrap(line.range(of: "FYLL I"), "no FYLL I on \(file):\(item.line)")
                    let end = line[range.upperBound...].firstIndex { $0 == "#" || $0 == ";" } ?? line.endIndex
                    let gap = end == line.endIndex || line[end] == ";" ? "" : "  "
                    line = String(line[..<range.lowerBound]) + value + gap + line[end...]
                }
                lines[item.line - 1] = line
            }
            try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        }
    }
}
