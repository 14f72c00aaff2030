import Foundation

/// The folders the benchmarks render come from the environment, which `make bench` sets
/// (`BENCH_ANNUAL`, `BENCH_TERTIAL`), so that any association's folders can be measured.
struct MissingBenchFolder: Error, CustomStringConvertible {
    var variable: String
    var description: String { "\(variable) ska ange en rapportmapp som finns (make bench sätter den)." }
}

/// The folder the environment variable names, as an absolute path; it must exist.
func benchFolder(_ variable: String) throws -> String {
    guard let value = ProcessInfo.processInfo.environment[variable], !value.isEmpty else { throw MissingBenchFolder(variable: variable) }
    let path = URL(fileURLWithPath: value, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL.path
    guard FileManager.default.fileExists(atPath: path) else { throw MissingBenchFolder(variable: variable) }
    return path
}

/// The annual report's folder, `FINSAM_BENCH_ANNUAL`.
func benchAnnualFolder() throws -> String { try benchFolder("FINSAM_BENCH_ANNUAL") }
