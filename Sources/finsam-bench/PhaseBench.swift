import Foundation
import ReportApp
import ReportCore
import ReportDocuments
import ReportLayout

/// The phases of an annual report's render, timed in process (milliseconds, median of
/// several runs): reading the folder, model and checks, composing, layout, painting with
/// finishing. Cold: a new `DocumentRenderer` each run (fonts, shapes and hyphenation
/// patterns loaded again, as in `finsam-report render`). Warm: the same renderer again.
/// Folders: the annual report folder and the ×10 folder named by `FINSAM_BENCH_X10`.
func runPhaseBench() throws {
    for folder in try benchFolders() {
        let cold = try (0..<5).map { _ in try PhaseTimes.render(folder, renderer: try DocumentRenderer()) }
        let renderer = try DocumentRenderer()
        _ = try PhaseTimes.render(folder, renderer: renderer)
        let warm = try (0..<5).map { _ in try PhaseTimes.render(folder, renderer: renderer) }
        print("faser: \(folder), \(cold[0].pages) sidor (ms, median av 5)")
        print("  kall: " + PhaseTimes.median(cold).summary)
        print("  varm: " + PhaseTimes.median(warm).summary)
    }
}

/// The annual report folder, and the ×10 folder when `make bench` has generated it.
func benchFolders() throws -> [String] {
    var folders = [try benchAnnualFolder()]
    if let x10 = ProcessInfo.processInfo.environment["FINSAM_BENCH_X10"], FileManager.default.fileExists(atPath: x10) {
        folders.append(x10)
    }
    return folders
}

struct PhaseTimes {
    var read = 0.0, model = 0.0, compose = 0.0, layout = 0.0, paint = 0.0
    var pages = 0

    var total: Double { read + model + compose + layout + paint }
    var summary: String {
        String(format: "läsa %.1f, modell %.1f, dokument %.1f, sättning %.1f, målning %.1f, summa %.1f",
               read, model, compose, layout, paint, total)
    }

    static func render(_ folder: String, renderer: DocumentRenderer) throws -> PhaseTimes {
        var times = PhaseTimes()
        var clock = DispatchTime.now().uptimeNanoseconds
        func lap() -> Double {
            let now = DispatchTime.now().uptimeNanoseconds
            defer { clock = now }
            return Double(now - clock) / 1e6
        }
        let inputs = try ReportFolder.load(path: folder)
        times.read = lap()
        guard let model = AnnualReportBuilder.build(inputs).model else { throw ChildRun.Failure.exit(folder, 1) }
        times.model = lap()
        let document = AnnualReportComposer.compose(model)
        times.compose = lap()
        let laidOut = try renderer.layout(document, layoutName: model.layout)
        times.layout = lap()
        let path = NSTemporaryDirectory() + "finsam-phase-bench-\(getpid()).pdf"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try renderer.write(laidOut, to: path)
        times.paint = lap()
        times.pages = laidOut.pages.count
        return times
    }

    static func median(_ runs: [PhaseTimes]) -> PhaseTimes {
        func middle(_ key: KeyPath<PhaseTimes, Double>) -> Double { runs.map { $0[keyPath: key] }.sorted()[runs.count / 2] }
        return PhaseTimes(read: middle(\.read), model: middle(\.model), compose: middle(\.compose),
                          layout: middle(\.layout), paint: middle(\.paint), pages: runs[0].pages)
    }
}
