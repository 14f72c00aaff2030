import Foundation
import ReportApp

/// The preview's warm re-render: a `RenderSession` on a copy of each bench folder renders
/// once, then again after each one-word edit of a text file (a word swapped back and
/// forth). Timed: the whole render with the PDF written and finished, and the layout the
/// preview paints its pages from (milliseconds, median and best of 9 edits).
func runRerenderBench() throws {
    for folder in try benchFolders() {
        let copy = NSTemporaryDirectory() + "finsam-bench-rerender-\(getpid())"
        let output = copy + "-output"
        defer { [copy, output].forEach { try? FileManager.default.removeItem(atPath: $0) } }
        try? FileManager.default.removeItem(atPath: copy)
        try FileManager.default.copyItem(atPath: folder, toPath: copy)
        let edited = try EditedText(folder: copy)
        let session = RenderSession(folder: copy)
        _ = try session.render(outputDirectory: output)
        var renders: [Double] = [], layouts: [Double] = []
        for _ in 0..<9 {
            try edited.swapWord()
            renders.append(try milliseconds { _ = try session.render(outputDirectory: output) })
            try edited.swapWord()
            layouts.append(try milliseconds { _ = try session.layOut() })
        }
        renders.sort()
        layouts.sort()
        print(String(format: "omrendering: %@, ett ord ändrat: PDF %.1f ms (median av 9, bästa %.1f), sättning för förhandsgranskning %.1f ms (bästa %.1f)",
                     folder, renders[4], renders[0], layouts[4], layouts[0]))
    }
}

private func milliseconds(_ work: () throws -> Void) throws -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try work()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
}

/// The first text file of a folder's `texter/` with one word swapped each time: its
/// first word of four letters or more inside a line becomes "Ändrat" and back.
private final class EditedText {
    let path: String
    let original: String
    let word: String
    var changed = false

    init(folder: String) throws {
        let texts = folder + "/texter"
        guard let name = try FileManager.default.contentsOfDirectory(atPath: texts).filter({ $0.hasSuffix(".md") }).sorted().first else {
            throw ChildRun.Failure.exit(texts, 1)
        }
        path = texts + "/" + name
        original = try String(contentsOfFile: path, encoding: .utf8)
        let lines = original.split(separator: "\n").filter { !$0.hasPrefix("#") }
        guard let word = lines.lazy.flatMap({ $0.split(separator: " ").dropFirst().dropLast() }).first(where: { $0.count >= 4 && $0.allSatisfy(\.isLetter) }) else {
            throw ChildRun.Failure.exit(path, 1)
        }
        self.word = String(word)
    }

    func swapWord() throws {
        changed.toggle()
        let text = changed ? original.replacingOccurrences(of: " \(word) ", with: " Ändrat ", options: [], range: original.range(of: " \(word) ")) : original
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }
}
