import ArgumentParser
import Foundation
import ReportApp
import ReportCore

/// `finsam-report spara MAPP RAD` (alias `explain`): where a row or a named figure comes
/// from, in Swedish.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "spara",
        abstract: "Visar var en rad eller siffra i årsredovisningen kommer ifrån: konton, belopp, summa, avrundning och sida.",
        aliases: ["explain"])

    @Argument(help: "Rapportmappen (en årsredovisning), t.ex. mitt-forbund-2025.")
    var folder: String

    @Argument(help: "Radens id (t.ex. summa_verksamhetens_kostnader) eller en siffras namn (t.ex. resultat_tkr).")
    var row: String

    @Flag(name: .customLong("verifikationer"), help: "Visa verifikationerna bakom varje balansförändring.")
    var vouchers = false

    func run() throws {
        do {
            print(try RowExplanation.explain(folder: folder, query: row, vouchers: vouchers))
        } catch let error as InputError {
            printError(error.description)
            throw FinsamExit.unreadableInput
        } catch let failure as FindingsFailure {
            for finding in failure.findings { printError(finding.description) }
            printError("Ingen förklaring: rätta felen ovan och kör igen.")
            throw FinsamExit.findings
        } catch let unknown as RowExplanation.UnknownRow {
            printError(unknown.description)
            throw FinsamExit.findings
        }
    }
}
