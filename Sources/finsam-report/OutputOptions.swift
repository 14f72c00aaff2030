import ArgumentParser
import Foundation
import ReportApp

/// `-q`/`--tyst`: for scripts, nothing but errors on stderr; without it a run that takes
/// longer than a second prints a line per stage on stderr.
struct OutputOptions: ParsableArguments {
    @Flag(name: [.short, .customLong("tyst"), .customLong("quiet")], help: "Skriv bara ut fel (för skript): inga steg, varningar eller sammanfattning.")
    var quiet = false

    /// The stages' lines on stderr, or nothing with `-q`.
    func progress() -> ProgressLog {
        quiet ? .silent : ProgressLog(sink: { printError($0) })
    }
}
