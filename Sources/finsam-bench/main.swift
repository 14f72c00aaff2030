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
    // Other suites ("layout", "render") are added here by the engineers who own them.
    case "all":
        try runSIEBench()
        try runLayoutBench()
        try runRenderBench()
        try runTertialBench()
    default:
        print("Okänd mätserie \"\(suite)\". Välj sie, layout, render, tertial eller all.")
        exit(2)
    }
} catch {
    print("Mätningen misslyckades: \(error)")
    exit(1)
}
