import Foundation

/// The whole render of examples/sjuharad-2024 as a user runs it: `finsam-report render` in
/// a child process, from process start to the PDF written, median of five runs, with the
/// page count and the peak memory of the children (RUSAGE_CHILDREN, kilobytes on Linux).
func runRenderBench() throws {
    let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        .deletingLastPathComponent().appendingPathComponent("finsam-report")
    let example = "examples/sjuharad-2024"
    let output = NSTemporaryDirectory() + "finsam-bench-render-\(getpid())"
    defer { try? FileManager.default.removeItem(atPath: output) }
    var times: [Double] = []
    for _ in 0..<5 {
        let start = DispatchTime.now().uptimeNanoseconds
        let child = Process()
        child.executableURL = executable
        child.arguments = ["render", example, "-o", output]
        child.standardOutput = FileHandle.nullDevice
        try child.run()
        child.waitUntilExit()
        guard child.terminationStatus == 0 else { throw RenderBenchError.childFailed(child.terminationStatus) }
        times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
    }
    times.sort()
    let pages = try pageCount(output + "/sjuharad-2024.pdf")
    print(String(format: "render: %@, %d sidor, %.0f ms (median av 5, bästa %.0f ms), toppminne %d MB",
                 example, pages, times[2], times[0], childrenPeakMemoryMegabytes()))
}

enum RenderBenchError: Error { case childFailed(Int32) }

/// Page objects in the PDF ("/Type /Page", not "/Type /Pages").
private func pageCount(_ path: String) throws -> Int {
    let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
    return text.components(separatedBy: "/Type /Page").dropFirst().filter { !$0.hasPrefix("s") }.count
}

#if os(Linux)
private let RUSAGE_CHILDREN_WHO = __rusage_who_t(RUSAGE_CHILDREN.rawValue)
#else
private let RUSAGE_CHILDREN_WHO = RUSAGE_CHILDREN
#endif

/// Peak resident memory of the largest child waited for (Linux: ru_maxrss in kilobytes).
private func childrenPeakMemoryMegabytes() -> Int {
    var usage = rusage()
    getrusage(RUSAGE_CHILDREN_WHO, &usage)
    return Int(usage.ru_maxrss) / 1024
}
