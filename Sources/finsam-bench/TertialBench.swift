import Foundation

/// `finsam-bench tertial`: the whole tertial render of examples/sjuharad-2017-t1 (the
/// report, eleven letters and the combined print file) as a user runs it, a fresh
/// `finsam-report render` process each time: wall time best and median of five, and the
/// largest child's peak memory.
func runTertialBench() throws {
    let folder = FileManager.default.currentDirectoryPath + "/examples/sjuharad-2017-t1"
    let output = NSTemporaryDirectory() + "finsam-bench-tertial-\(getpid())"
    defer { try? FileManager.default.removeItem(atPath: output) }
    let result = try ChildRun.repeated(5, ChildRun.finsamReport(), ["render", folder, "-o", output])
    let written = (try? FileManager.default.contentsOfDirectory(atPath: output + "/sjuharad-2017-t1").count) ?? 0
    print(String(format: "tertial: rapport + 11 brev + samlad fil (%d PDF), egen process: bäst %.0f ms, median %.0f ms, toppminne %.1f MB",
                 written, result.best, result.median, result.peakMegabytes))
}
