import ArgumentParser
import Foundation
import ReportApp
import ReportCore

/// `finsam-report diff A B [--pdf UT.pdf]`: what differs between two versions of an annual
/// report. Exit codes as diff(1): 0 the same, 1 they differ, 2 a side cannot be read.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Jämför två versioner av en årsredovisning: siffror, textstycken och underskriftssidan.",
        discussion: """
            A och B är två rapportmappar eller två filer från finsam-report model MAPP --json (eller en av varje). \
            Rader jämförs med sina id:n, så en ny rad visas som ny och inte som att alla rader efter den ändrats. \
            Slutkod: 0 om versionerna är lika, 1 om de skiljer sig, 2 om en sida inte kan läsas (som diff).
            """)

    @Argument(help: "Den äldre versionen: rapportmapp eller modellfil (JSON).")
    var old: String

    @Argument(help: "Den nyare versionen: rapportmapp eller modellfil (JSON).")
    var new: String

    @Option(name: .customLong("pdf"), help: "Skriv också en jämförelse som PDF till den här filen.")
    var pdf: String?

    func run() throws {
        ObjectLifetime.keepUntilExit = true
        let before = try load(old), after = try load(new)
        let comparison = ReportComparison(old: before, new: after)
        print(ComparisonListing.text(comparison, old: old, new: new))
        if let pdf {
            do {
                try ComparisonRender.write(comparison, old: (old, before), new: (new, after), to: pdf)
            } catch let failure as FindingsFailure {
                for finding in failure.findings { printError(finding.description) }
                throw FinsamExit.unreadableInput
            }
            print("Skrev \(pdf)")
        }
        if !comparison.isEmpty { throw ExitCode(1) }
    }

    private func load(_ path: String) throws -> ComparedReport {
        do {
            switch try ComparisonSource.load(path: path) {
            case .report(let report): return report
            case .findings(let findings):
                for finding in findings { printError(finding.description) }
                printError("\(path): kan inte jämföras: rätta felen ovan och kör igen.")
                throw FinsamExit.unreadableInput
            }
        } catch let error as InputError {
            printError(error.description)
            throw FinsamExit.unreadableInput
        }
    }
}
