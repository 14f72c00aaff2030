import Foundation

/// `finsam-bench SUITE`: timings of the hot paths (release build). Each suite lives in
/// its own file and is one case here; `all` runs every suite.
let suite = CommandLine.arguments.dropFirst().first ?? "all"

do {
    switch suite {
    case "sie": try runSIEBench()
    case "layout": try runLayoutBench()
    case "render": try runRenderBench()
    case "tertial": try runTertialBench()
    case "phases": try runPhaseBench()
    case "rerender": try runRerenderBench()
    case "all":
        // Whole renders first: Linux counts the parent's resident memory at spawn time in
        // a child's peak, so they must run while this process is still small.
        try runRenderBench()
        try runTertialBench()
        try runSIEBench()
        try runPhaseBench()
        try runRerenderBench()
        try runLayoutBench()
    default:
        print("Okänd mätserie \"\(suite)\". Välj sie, layout, render, tertial, phases, rerender eller all.")
        exit(2)
    }
} catch {
    print("Mätningen misslyckades: \(error)")
    exit(1)
}
