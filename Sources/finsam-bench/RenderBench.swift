import Foundation

/// The whole render of the annual report folder (and of the ×10 folder, see `benchFolders`)
/// as a user runs it: `finsam-report render` in a child process, from process start to the
/// PDF written. The first run is cold (files and libraries maybe out of the page cache);
/// the median and best of the five after it are warm. With the page count and the largest
/// peak memory of a child.
func runRenderBench() throws {
    for folder in try benchFolders() {
        let output = NSTemporaryDirectory() + "finsam-bench-render-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: output) }
        let arguments = ["render", folder, "-o", output]
        let cold = try ChildRun.run(ChildRun.finsamReport(), arguments)
        let warm = try ChildRun.repeated(5, ChildRun.finsamReport(), arguments)
        let name = URL(fileURLWithPath: folder).lastPathComponent
        let pages = try pageCount(output + "/\(name).pdf")
        print(String(format: "render: %@, %d sidor, kall %.0f ms, varm %.0f ms (median av 5, bästa %.0f ms), toppminne %.1f MB",
                     folder, pages, cold.milliseconds, warm.median, warm.best, max(cold.peakMegabytes, warm.peakMegabytes)))
    }
}

/// Page objects in the PDF ("/Type /Page", not "/Type /Pages").
private func pageCount(_ path: String) throws -> Int {
    let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
    return text.components(separatedBy: "/Type /Page").dropFirst().filter { !$0.hasPrefix("s") }.count
}
