import XCTest
@testable import ReportCore

/// The strict yaml layer: unknown keys with a suggestion, keys written twice, Swedish
/// syntax errors with line and column, types and ranges.
final class StrictYamlTests: XCTestCase {
    private func refusal(_ file: String, in example: String, _ change: (String) -> String) throws -> InputError {
        let folder = try ExampleFolders.copy(example)
        defer { try? FileManager.default.removeItem(at: folder) }
        try ExampleFolders.edit(folder, file, change)
        do {
            _ = try ReportFolder.load(path: folder.path)
        } catch let error as InputError {
            return error
        }
        XCTFail("\(file) was accepted after the change")
        return InputError("", file: "")
    }

    func testMisspeltKeyIsRefusedWithTheClosestKnownKey() throws {
        let error = try refusal("rapport.yaml", in: "sjuharad-2024") {
            $0.replacingOccurrences(of: "  realisationsvinster: 0\n", with: "  realisationsvinst: 50000\n")
        }
        XCTAssertEqual(error.message, "okänd nyckel `realisationsvinst` — menade du `realisationsvinster`?")
        XCTAssertEqual(error.location, SourceLocation(file: "rapport.yaml", line: 18, field: "balanskrav.realisationsvinst"))
    }

    func testUnknownKeyFarFromAnyIsRefusedWithTheKeysThatMayStand() throws {
        let error = try refusal("styrelse.yaml", in: "sjuharad-2024") {
            $0.replacingOccurrences(of: "{ namn: Jonas Ryhr,", with: "{ namn: Jonas Ryhr, telefon: 0701234567,")
        }
        XCTAssertTrue(error.message.hasPrefix("okänd nyckel `telefon`; här får stå `namn`, `parti`"), error.message)
        XCTAssertEqual(error.location.file, "styrelse.yaml")
        XCTAssertEqual(error.location.field, "ledamöter[2].telefon")
        XCTAssertEqual(error.location.line, 14)
    }

    func testKeyWithoutItsDiacriticsIsSuggested() {
        XCTAssertEqual(YamlKeys.closest(to: "antal_anstallda", among: ["år", "antal_anställda"]), "antal_anställda")
        XCTAssertNil(YamlKeys.closest(to: "xyz", among: ["organisationsnummer"]))
    }

    func testDuplicateKeyIsRefusedNamingBothLines() {
        XCTAssertThrowsError(try YamlNode.parse("år: 2024\nförbund:\n  namn: A\n  namn: B\n", file: "rapport.yaml")) { error in
            let error = error as? InputError
            XCTAssertEqual(error?.location, SourceLocation(file: "rapport.yaml", line: 4, field: "förbund.namn"))
            XCTAssertEqual(error?.message, "nyckeln `namn` står två gånger (första gången på rad 3); ta bort den ena.")
        }
    }

    /// The field names the whole way down: keys joined by dots, list items by number.
    func testDuplicateKeyDeepInAListNamesItsWholePath() {
        let text = "medlemmar:\n  - namn: A\n  - namn: B\n    adress:\n      - rad: x\n        rad: y\n"
        XCTAssertThrowsError(try YamlNode.parse(text, file: "medlemmar.yaml")) { error in
            XCTAssertEqual((error as? InputError)?.location,
                           SourceLocation(file: "medlemmar.yaml", line: 6, field: "medlemmar[2].adress[1].rad"))
        }
        XCTAssertThrowsError(try YamlNode.parse("- a: 1\n  a: 2\n", file: "lista.yaml")) { error in
            XCTAssertEqual((error as? InputError)?.location, SourceLocation(file: "lista.yaml", line: 2, field: "[1].a"))
        }
    }

    func testSyntaxErrorIsInSwedishWithLineAndColumn() {
        XCTAssertThrowsError(try YamlNode.parse("år: 2024\nbeslut:\n  datum: 2025-02-03\n   ort: Borås\n", file: "rapport.yaml")) { error in
            let error = error as? InputError
            XCTAssertEqual(error?.location.line, 4)
            XCTAssertEqual(error?.message.hasPrefix("Fel i yaml-syntaxen på rad 4, kolumn 7: ett kolon står där"), true, error?.message ?? "")
        }
        XCTAssertThrowsError(try YamlNode.parse("namn: \"Borås\n", file: "a.yaml")) { error in
            let message = (error as? InputError)?.message ?? ""
            XCTAssertTrue(message.contains("rad 2, kolumn 1") && message.contains("citattecken"), message)
        }
    }

    func testSyntaxMessagesHaveNoEnglish() {
        let broken = ["a: [1, 2\n", "a: {b: 1\n", "a:\n\t- b\n", "a: b: c\n", "- a\nb: c\n", "a: *x\n", "a: \"\\q\"\n", "@a: 1\n",
                      "a:\n  - b\n c: d\n", "? [a]\n: b\n"]
        for text in broken {
            XCTAssertThrowsError(try YamlNode.parse(text, file: "a.yaml"), text) { error in
                let message = (error as? InputError)?.message ?? "\(error)"
                for english in ["found", "expected", "while", "mapping", "error"] {
                    XCTAssertFalse(message.contains(english), "\(text.debugDescription): \(message)")
                }
            }
        }
    }

    func testYearZeroIsRefusedNotACrash() throws {
        let error = try refusal("rapport.yaml", in: "sjuharad-2024") { $0.replacingOccurrences(of: "år: 2024", with: "år: 0") }
        XCTAssertEqual(error.location, SourceLocation(file: "rapport.yaml", line: 4, field: "år"))
        XCTAssertEqual(error.message, "Ska vara ett årtal som 2024, men är \"0\".")
    }

    func testRangesOfCountsAndPopulation() throws {
        let places = try refusal("rapport.yaml", in: "sjuharad-2024") {
            $0.replacingOccurrences(of: "budgeterade_platser: 659", with: "budgeterade_platser: -1")
        }
        XCTAssertEqual(places.location.field, "budgeterade_platser")
        XCTAssertEqual(places.message, "Ska vara 0 eller mer, men är -1.")
        let population = try refusal("medlemmar.yaml", in: "sjuharad-2024") {
            $0.replacingOccurrences(of: "folkmängd: 9668", with: "folkmängd: -9668")
        }
        XCTAssertEqual(population.location.field, "medlemmar[4].folkmängd")
        let date = try refusal("rapport.yaml", in: "sjuharad-2024") {
            $0.replacingOccurrences(of: "datum: 2025-02-03", with: "datum: 2025-02-30")
        }
        XCTAssertEqual(date.location, SourceLocation(file: "rapport.yaml", line: 10, field: "beslut.datum"))
    }

    func testAmountTooLargeIsRefused() throws {
        let error = try refusal("rapport.yaml", in: "nordvastra-2024") {
            $0.replacingOccurrences(of: "belopp: 200000 }", with: "belopp: 92233720368547758 }")
        }
        XCTAssertEqual(error.location.field, "balanskrav.åtgärdsplan.återställning[1].belopp")
        XCTAssertTrue(error.message.contains("orimligt stort"), error.message)
    }

    func testShareOfMaximalIntegersIsRefusedNotAnOverflow() throws {
        XCTAssertNil(ContributionShare("9223372036854775807/9223372036854775807"))
        XCTAssertNil(ContributionShare("150 %"))
        XCTAssertEqual(ContributionShare("25 %"), ContributionShare(numerator: 25, denominator: 100))
        let total = ContributionSettings(year: 2017, total: Money(kronor: 999_999_999_999), location: SourceLocation(file: "m.yaml"))
        let member = MemberRecord(name: "A", kind: .state, share: ContributionShare(numerator: 999_999, denominator: 1_000_000),
                                  address: AddressInput(lines: [], location: SourceLocation(file: "m.yaml")),
                                  location: SourceLocation(file: "m.yaml", line: 3))
        let findings = MemberContributionSplit.split(total, members: [member]).findings
        XCTAssertEqual(findings.first?.code, "medlemsbidrag-andel")
    }
}
