import Foundation

/// `finsam-bench tertial`: the whole tertial render of the folder `FINSAM_BENCH_TERTIAL`
/// names (the report, a letter per member and the combined print file) as a user runs it, a fresh
/// `finsam-report render` process each time: wall time best and median of five, and the
/// largest child's peak memory.
func runTertialBench() throws {
    let folder = try benchFolder("FINSAM_BENCH_TERTIAL")
    let output = NSTemporaryDirectory() + "finsam-bench-tertial-\(getpid())"
    defer { try? FileManager.default.removeItem(atPath: output) }
    let result = try ChildRun.repeated(5, ChildRun.finsamReport(), ["render", folder, "-o", output])
    let written = (try? FileManager.default.contentsOfDirectory(atPath: output + "/" + URL(fileURLWithPath: folder).lastPathComponent).count) ?? 0
    print(String(format: "tertial: rapport, brev och samlad fil (%d PDF), egen process: bäst %.0f ms, median %.0f ms, toppminne %.1f MB",
                 written, result.best, result.median, result.peakMegabytes))
}
