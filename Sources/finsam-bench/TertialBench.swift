import Foundation

/// `finsam-bench tertial`: the whole tertial render of examples/sjuharad-2017-t1 (the
/// report, eleven letters and the combined print file) as a user runs it, a fresh
/// `finsam-report render` process each time: wall time best and median of five, and the
/// peak memory of the largest run (ru_maxrss of the waited-for children).
func runTertialBench() throws {
    let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        .appendingPathComponent("finsam-report")
    guard FileManager.default.isExecutableFile(atPath: executable.path) else { throw TertialBenchError.missing(executable.path) }
    let folder = try tertialExampleFolder()
    let output = NSTemporaryDirectory() + "finsam-bench-tertial-\(getpid())"
    defer { try? FileManager.default.removeItem(atPath: output) }
    var times: [Double] = []
    for _ in 0..<5 {
        let start = DispatchTime.now().uptimeNanoseconds
        try runQuietly(executable, ["render", folder, "-o", output])
        times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    times.sort()
    let written = (try? FileManager.default.contentsOfDirectory(atPath: output + "/sjuharad-2017-t1").count) ?? 0
    print(String(format: "tertial: rapport + 11 brev + samlad fil (%d PDF), egen process: bäst %.3f s, median %.3f s, toppminne %d MB",
                 written, times[0], times[2], childPeakMemoryMegabytes()))
}

enum TertialBenchError: Error, CustomStringConvertible {
    case missing(String)
    case failed(Int32)

    var description: String {
        switch self {
        case .missing(let path): return "finsam-report saknas (väntade \(path)); bygg med swift build -c release."
        case .failed(let status): return "finsam-report render avslutades med kod \(status)."
        }
    }
}

/// The example folder, found from the working directory (make bench runs in the repository).
private func tertialExampleFolder() throws -> String {
    let path = FileManager.default.currentDirectoryPath + "/examples/sjuharad-2017-t1"
    guard FileManager.default.fileExists(atPath: path + "/rapport.yaml") else { throw TertialBenchError.missing(path) }
    return path
}

private func runQuietly(_ executable: URL, _ arguments: [String]) throws {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { throw TertialBenchError.failed(process.terminationStatus) }
}

#if os(Linux)
private let RUSAGE_CHILDREN_WHO = __rusage_who_t(RUSAGE_CHILDREN.rawValue)
#else
private let RUSAGE_CHILDREN_WHO = RUSAGE_CHILDREN
#endif

/// Peak resident memory of the largest finished child (Linux: ru_maxrss in kilobytes).
private func childPeakMemoryMegabytes() -> Int {
    var usage = rusage()
    getrusage(RUSAGE_CHILDREN_WHO, &usage)
    return Int(usage.ru_maxrss) / 1024
}
