import Foundation

/// `finsam-bench SUITE`: timings of the hot paths (release build). Each suite lives in
/// its own file and is one case here; `all` runs every suite.
let suite = CommandLine.arguments.dropFirst().first ?? "all"

do {
    switch suite {
    case "sie": try runSIEBench()
    case "layout": try runLayoutBench()
    // Other suites ("layout", "render") are added here by the engineers who own them.
    case "all":
        try runSIEBench()
        try runLayoutBench()
    default:
        print("Okänd mätserie \"\(suite)\". Välj sie, layout eller all.")
        exit(2)
    }
} catch {
    print("Mätningen misslyckades: \(error)")
    exit(1)
}
