import ArgumentParser
import CairoPDF
import Foundation
import ReportCore
import ReportLayout

/// The one place errors become exit codes: 0 ok, 1 findings in the books or inputs (the
/// commands throw `FinsamExit.findings` after printing them), 2 unusable input or usage.
/// Every message is Swedish; the argument parser's English usage errors are translated.
enum ErrorBoundary {
    static func exitCode(for error: Error) -> Int32 {
        switch error {
        case let exit as ExitCode:
            return exit.rawValue
        case let error as InputError:
            printError(error.description)
        case let failure as FindingsFailure:
            for finding in failure.findings { printError(finding.description) }
            printError("Inget skrevs: rätta bokföringen eller indata och kör igen.")
            return FinsamExit.findings.rawValue
        case var error as LayoutStyleError:
            if error.message.hasPrefix(layoutSyntaxPrefix) {
                error.message = "fel i yaml-syntaxen: " + YamlProblem.swedish(String(error.message.dropFirst(layoutSyntaxPrefix.count)))
            }
            printError(error.description)
        case let error as LayoutError:
            printError("fel: \(error.description)")
        case let error as CairoPainter.PaintError:
            printError("fel: \(error.description)")
        case let error as UsageError:
            printError("fel: \(error.message) Kör finsam-report --help för hur kommandot används.")
        default:
            return argumentParserExitCode(for: error)
        }
        return FinsamExit.unreadableInput.rawValue
    }

    /// How ReportLayout words a layout file's yaml syntax error, before the parser's English.
    static let layoutSyntaxPrefix = "ogiltig yaml: "

    /// Help and version print and exit 0; a usage error is translated and exits 2.
    private static func argumentParserExitCode(for error: Error) -> Int32 {
        let code = FinsamReport.exitCode(for: error)
        if code == .success {
            print(FinsamReport.fullMessage(for: error))
            return 0
        }
        if code == .validationFailure {
            printError("fel: \(UsageTranslation.swedish(FinsamReport.message(for: error))) Kör finsam-report --help för hur kommandot används.")
        } else {
            printError("fel: oväntat fel (\(type(of: error))); inget skrevs.")
        }
        return FinsamExit.unreadableInput.rawValue
    }
}

/// A command line that cannot be run as given (an empty `-o`).
struct UsageError: Error {
    var message: String
}

/// swift-argument-parser's usage errors, in Swedish.
enum UsageTranslation {
    static func swedish(_ message: String) -> String {
        let patterns: [(String, (String) -> String)] = [
            ("Missing expected argument '", { "argumentet \($0) saknas." }),
            ("Unknown option '", { "okänd flagga \($0)." }),
            ("Unexpected argument '", { "oväntat argument \($0)." }),
            ("Missing value for '", { "värde saknas för \($0)." }),
            ("Unknown subcommand '", { "okänt kommando \($0)." }),
        ]
        for (prefix, swedish) in patterns {
            guard let range = message.range(of: prefix) else { continue }
            let rest = message[range.upperBound...]
            return swedish(String(rest.prefix { $0 != "'" }))
        }
        if message.contains("Unexpected arguments") { return "för många argument." }
        if message.contains("is invalid for") { return "ett värde på kommandoraden duger inte." }
        return "kommandoraden kan inte tolkas."
    }
}
