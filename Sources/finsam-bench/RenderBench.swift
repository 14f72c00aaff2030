import Foundation

/// The whole render of examples/sjuharad-2024 as a user runs it: `finsam-report render` in
/// a child process, from process start to the PDF written, median of five runs, with the
/// page count and the child's peak memory.
func runRenderBench() throws {
    let example = "examples/sjuharad-2024"
    let output = NSTemporaryDirectory() + "finsam-bench-render-\(getpid())"
    defer { try? FileManager.default.removeItem(atPath: output) }
    let result = try ChildRun.repeated(5, ChildRun.finsamReport(), ["render", example, "-o", output])
    let pages = try pageCount(output + "/sjuharad-2024.pdf")
    print(String(format: "render: %@, %d sidor, %.0f ms (median av 5, bästa %.0f ms), toppminne %d MB",
                 example, pages, result.median, result.best, result.peakMegabytes))
}

/// Page objects in the PDF ("/Type /Page", not "/Type /Pages").
private func pageCount(_ path: String) throws -> Int {
    let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
    return text.components(separatedBy: "/Type /Page").dropFirst().filter { !$0.hasPrefix("s") }.count
}
