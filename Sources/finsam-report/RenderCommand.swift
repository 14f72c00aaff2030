import ArgumentParser
import Foundation
import ReportApp
import ReportCore

/// `finsam-report render FOLDER -o output/`: checks, computes, lays out and writes the PDFs.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Kontrollerar bokföringen och skriver rapportens PDF-filer.")

    @Argument(help: "Rapportmappen, t.ex. examples/hello.")
    var folder: String

    @Option(name: [.short, .customLong("output")], help: "Mappen där PDF-filerna skrivs.")
    var output: String = "output"

    @Flag(name: .customLong("debug-boxes"), help: "Rita ut varje rutas kontur (för felsökning av layouten).")
    var debugBoxes = false

    @Option(name: .customLong("period"),
            help: "Tertialrapportens period som första:sista månad, t.ex. 2017-01:2017-08 för januari–augusti (ersätter perioden i rapport.yaml).")
    var period: String?

    @Option(name: .customLong("underskrift"),
            help: "Årsredovisningens underskrifter: \"bläck\" (underskriftsrader och signaturrutor) eller \"digital\" (ett underskriftsfält per ledamot); ersätter underskrift i rapport.yaml.")
    var signing: String?

    @Flag(name: .customLong("revision"),
          help: "Skriv också revisorernas paket bredvid årsredovisningen: specifikationen, kontrollrapporten (bokföringens kontroller och verify) och modellen som JSON.")
    var revision = false

    @Flag(name: .customLong("specifikation"),
          help: "Skriv också \"Specifikation till årsredovisning\": konton och belopp bakom varje rad, och kontrollerna (NAMN-specifikation.pdf).")
    var specification = false

    @OptionGroup var messages: OutputOptions

    func run() throws {
        ObjectLifetime.keepUntilExit = true
        try checkOutputFolder()
        do {
            let variant = try signing.map { text in
                guard let variant = SigningVariant.read(text) else {
                    throw UsageError(message: "--underskrift ska vara \(SigningVariant.choices), inte \"\(text)\".")
                }
                return variant
            }
            let result = try ReportRenderer(debugBoxes: debugBoxes, progress: messages.progress())
                .render(folder: folder, outputDirectory: output, period: try period.map(PeriodArgument.read), signing: variant,
                        revision: revision, specification: specification)
            guard !messages.quiet else { return }
            for warning in result.warnings { printError(warning.description) }
            for file in result.paths { print("Skrev \(file)") }
        } catch let error as InputError {
            printError(error.description)
            throw FinsamExit.unreadableInput
        } catch let failure as FindingsFailure {
            for finding in failure.findings { printError(finding.description) }
            printError("Inget skrevs: rätta bokföringen eller indata och kör igen.")
            throw FinsamExit.findings
        }
    }
}

extension RenderCommand {
    /// `-o ""` would write into the current folder's root; an existing file or a folder
    /// that cannot be written to fails now, before anything is computed.
    func checkOutputFolder() throws {
        guard !output.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw UsageError(message: "utdatamappen (-o) får inte vara tom.")
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else { throw InputError("Ska vara en mapp för PDF-filerna, men är en fil.", file: output) }
        guard FileManager.default.isWritableFile(atPath: output) else {
            throw InputError("Utdatamappen går inte att skriva i (behörighet saknas).", file: output)
        }
    }
}

func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
