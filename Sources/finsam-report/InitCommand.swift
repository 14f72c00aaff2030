import ArgumentParser
import Foundation
import ReportApp
import ReportCore

/// `finsam-report init MAPP [--typ …] [--sie FIL]`: a new report folder from the bundled
/// template, with what the books know filled in and the rest listed as "Att göra".
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Skapar en ny rapportmapp från programmets mall, ifylld med det bokföringen vet.",
        discussion: """
            Skriver rapport.yaml med en förklaring vid varje fält, styrelse.yaml, medlemmar.yaml, deltagare, \
            historik.yaml och texter/ med rapportens standardavsnitt. Med --sie hämtas förbundets namn \
            (#FNAMN), organisationsnummer (#ORGNR), år (#RAR), kostnadsställen (#OBJEKT) och kontoplan ur \
            bokföringen. Det som bara kansliet kan fylla i står som FYLL I och skrivs ut som en lista, \
            "Att göra", med fil, rad och fält; check visar samma lista tills allt är ifyllt.
            """)

    @Argument(help: "Den nya rapportmappen (får inte finnas, eller vara tom).")
    var folder: String

    @Option(name: .customLong("typ"), help: "Rapportens typ: arsredovisning eller tertialrapport.")
    var kind: String = FolderInit.Kind.annualReport.rawValue

    @Option(name: .customLong("sie"), help: "SIE 4-exporten ur bokföringsprogrammet; kopieras till mappen som bokforing.se.")
    var sie: String?

    @OptionGroup var messages: OutputOptions

    func run() throws {
        guard let reportKind = FolderInit.Kind(rawValue: kind) else {
            throw UsageError(message: "--typ ska vara \(FolderInit.Kind.allCases.map(\.rawValue).joined(separator: " eller ")), inte \"\(kind)\".")
        }
        let result = try messages.progress().stage("Skapar rapportmappen") {
            try FolderInit.run(folder: folder, kind: reportKind, sie: sie)
        }
        guard !messages.quiet else { return }
        print("Skapade \(result.folder) (\(result.files.count) filer).")
        if !result.fromBooks.isEmpty {
            print("Ur bokföringen:")
            for line in result.fromBooks { print("  \(line)") }
        }
        print(AttGora.text(result.todo))
    }
}

/// The "Att göra" list, as init prints it and as check ends with.
enum AttGora {
    static func text(_ items: [Placeholders.Item]) -> String {
        guard !items.isEmpty else { return "Att göra: inget; kör finsam-report check." }
        return (["Att göra (\(items.count)): ersätt FYLL I i filerna och kör finsam-report check."] + items.map { "  \($0)" })
            .joined(separator: "\n")
    }
}
