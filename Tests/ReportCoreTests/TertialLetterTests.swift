import XCTest
@testable import ReportCore

/// One letter per member, each with its own address and figures.
final class TertialLetterTests: XCTestCase {
    func testElevenLettersWithOwnAddressesAndContributions() throws {
        let model = try TertialExampleTests.build().model
        let letters = model.letters
        XCTAssertEqual(letters.count, 11)
        XCTAssertEqual(Set(letters.map(\.addressLines)).count, 11)
        XCTAssertEqual(letters.map(\.contributionForYear).sum(), Money(kronor: 17_668_000))
        XCTAssertEqual(model.contributions.total, Money(kronor: 17_668_000))
        // A quarter each for FK, AF and the region; the municipalities' quarter by population
        // (largest remainder, computed independently of the code under test).
        let expected: [String: Int64] = [
            "Försäkringskassan": 4_417_000, "Arbetsförmedlingen": 4_417_000, "Västra Götalandsregionen": 4_417_000,
            "Bollebygds kommun": 178_659, "Borås Stad": 2_201_919, "Herrljunga kommun": 189_103, "Marks kommun": 688_151,
            "Svenljunga kommun": 212_406, "Tranemo kommun": 234_442, "Ulricehamns kommun": 482_527, "Vårgårda kommun": 229_793,
        ]
        for letter in letters {
            XCTAssertEqual(letter.contributionForYear, Money(kronor: try XCTUnwrap(expected[letter.memberName])), letter.memberName)
            XCTAssertTrue(AddressBlockCheck.isPostalLine(try XCTUnwrap(letter.addressLines.last)), letter.memberName)
            XCTAssertEqual(letter.date.description, "2017-05-22")
            XCTAssertEqual(letter.senderName, "Anna Lindqvist")
        }
    }

    func testMunicipalityLetterCarriesItsParticipants() throws {
        let letters = try TertialExampleTests.build().model.letters
        let bollebygd = try XCTUnwrap(letters.first { $0.shortName == "Bollebygd" })
        XCTAssertEqual(bollebygd.participantsInPeriod, 17)
        XCTAssertEqual(bollebygd.addressLines, ["Bollebygds kommun", "Kommunstyrelsen", "Kommunhusvägen 4", "517 83 BOLLEBYGD"])
        XCTAssertTrue(bollebygd.greetingText.contains("deltog 17 personer folkbokförda i Bollebygd"), bollebygd.greetingText)
        XCTAssertTrue(bollebygd.greetingText.contains("med 178\u{202F}659 kr under 2017"), bollebygd.greetingText)
        let boras = try XCTUnwrap(letters.first { $0.shortName == "Borås" })
        XCTAssertEqual(boras.participantsInPeriod, 167)
        XCTAssertTrue(boras.greetingText.contains("deltog 167 personer"))
        XCTAssertTrue(boras.greetingText.hasPrefix("Till Borås Stad"))
    }

    func testStateLetterLeavesOutMunicipalityParagraph() throws {
        let letters = try TertialExampleTests.build().model.letters
        let agency = try XCTUnwrap(letters.first { $0.memberName == "Försäkringskassan" })
        XCTAssertNil(agency.participantsInPeriod)
        XCTAssertFalse(agency.greetingText.contains("folkbokförda"))
        XCTAssertFalse(agency.greetingText.contains(":::"))
        XCTAssertTrue(agency.greetingText.contains("4\u{202F}417\u{202F}000 kr"))
        XCTAssertEqual(agency.figures.scope, .association)
        XCTAssertEqual(agency.figures.forecast?.periodResult, Money(ore: -130_123_931))
    }

    func testUnknownNameInGreetingIsFindingWithFileLineAndName() {
        let template = TextInput(file: "texter/brev.md", text: "Hej {{ medlem.namn }}\n\nVi ses {{ medlem.okänd }}.\n")
        let result = MarkdownTemplate.resolve(template, values: ["medlem.namn": "Borås Stad"], kind: .municipality, tables: [])
        XCTAssertEqual(result.findings.count, 1)
        XCTAssertEqual(result.findings.first?.location, SourceLocation(file: "texter/brev.md", line: 3))
        XCTAssertTrue(result.findings.first?.message.contains("\"medlem.okänd\"") == true, "\(result.findings)")
        XCTAssertEqual(result.text, "Hej Borås Stad\n\nVi ses {{ medlem.okänd }}.")
    }

    func testAddressRules() {
        func findings(_ lines: [String]) -> [Finding] {
            AddressBlockCheck.check(AddressInput(lines: lines, locations: lines.indices.map { SourceLocation(file: "m.yaml", line: 10 + $0) },
                                                 location: SourceLocation(file: "m.yaml", line: 9)), owner: "X")
        }
        XCTAssertEqual(findings(["Borås Stad", "501 80 BORÅS"]), [])
        XCTAssertEqual(findings(["Borås Stad", "50180 Borås"]).first?.location?.line, 11)
        XCTAssertEqual(findings(["Borås Stad", " ", "501 80 BORÅS"]).first?.location?.line, 11)
        XCTAssertFalse(findings(["Borås Stad", "501 80 Borås"]).isEmpty)
        XCTAssertFalse(findings(Array(repeating: "Rad", count: 6) + ["501 80 BORÅS"]).isEmpty)
    }
}
