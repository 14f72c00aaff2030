import Foundation
import XCTest

/// The eleven member letters and the combined print file of examples/sjuharad-2017-t1,
/// read back with pdftotext. Addresses are typed from medlemmar.yaml; contributions from
/// 17 668 000 kr: a quarter each to FK, AF and the region (4 417 000), the last quarter
/// split by population with the largest remainder (worked out by hand, not by the code
/// under test); participants in the period from seed 002's flow table.
final class TertialLetterPDFTests: XCTestCase {
    struct Expected {
        var file: String
        var name: String
        var lastAddressLine: String
        var contribution: String
        var participants: Int?
    }

    static let members = [
        Expected(file: "brev-forsakringskassan.pdf", name: "Försäkringskassan", lastAddressLine: "501 13 BORÅS",
                 contribution: "4 417 000 kr", participants: nil),
        Expected(file: "brev-arbetsformedlingen.pdf", name: "Arbetsförmedlingen", lastAddressLine: "503 12 BORÅS",
                 contribution: "4 417 000 kr", participants: nil),
        Expected(file: "brev-vastra-gotalandsregionen.pdf", name: "Västra Götalandsregionen", lastAddressLine: "405 23 GÖTEBORG",
                 contribution: "4 417 000 kr", participants: nil),
        Expected(file: "brev-bollebygd.pdf", name: "Bollebygds kommun", lastAddressLine: "517 83 BOLLEBYGD",
                 contribution: "178 659 kr", participants: 17),
        Expected(file: "brev-boras.pdf", name: "Borås Stad", lastAddressLine: "501 80 BORÅS", contribution: "2 201 919 kr", participants: 167),
        Expected(file: "brev-herrljunga.pdf", name: "Herrljunga kommun", lastAddressLine: "524 23 HERRLJUNGA",
                 contribution: "189 103 kr", participants: 26),
        Expected(file: "brev-mark.pdf", name: "Marks kommun", lastAddressLine: "511 80 KINNA", contribution: "688 151 kr", participants: 76),
        Expected(file: "brev-svenljunga.pdf", name: "Svenljunga kommun", lastAddressLine: "512 80 SVENLJUNGA",
                 contribution: "212 406 kr", participants: 28),
        Expected(file: "brev-tranemo.pdf", name: "Tranemo kommun", lastAddressLine: "514 80 TRANEMO", contribution: "234 442 kr",
                 participants: 29),
        Expected(file: "brev-ulricehamn.pdf", name: "Ulricehamns kommun", lastAddressLine: "523 23 ULRICEHAMN",
                 contribution: "482 527 kr", participants: 71),
        Expected(file: "brev-vargarda.pdf", name: "Vårgårda kommun", lastAddressLine: "447 21 VÅRGÅRDA", contribution: "229 793 kr",
                 participants: 38),
    ]

    var output: TertialRendering.Output!

    override func setUpWithError() throws {
        output = try TertialRendering.output()
        XCTAssertEqual(output.result.status, 0, output.result.standardError)
    }

    func testElevenLettersEachWithItsOwnAddressDateAndFigures() throws {
        let written = try FileManager.default.contentsOfDirectory(atPath: output.directory + "/sjuharad-2017-t1")
        XCTAssertEqual(written.filter { $0.hasPrefix("brev-") && $0 != "brev-samtliga.pdf" }.sorted(), Self.members.map(\.file).sorted())
        for member in Self.members {
            let first = try TertialRendering.text(output.path(member.file), page: 1).replacingOccurrences(of: "\n", with: " ")
            XCTAssertTrue(first.contains(member.name), "\(member.file): \(first)")
            XCTAssertTrue(first.contains(member.lastAddressLine), "\(member.file): \(first)")
            XCTAssertTrue(first.contains("2017-05-22"), member.file)
            XCTAssertTrue(first.contains("bidrar till förbundets verksamhet med \(member.contribution) under 2017"), "\(member.file): \(first)")
            if let participants = member.participants {
                XCTAssertTrue(first.contains("deltog \(participants) personer"), "\(member.file): \(first)")
            } else {
                XCTAssertFalse(first.contains("personer folkbokförda"), "\(member.file): a municipality paragraph in a non-municipal letter")
            }
            for other in Self.members where other.lastAddressLine != member.lastAddressLine && !other.lastAddressLine.hasSuffix("BORÅS") {
                XCTAssertFalse(first.contains(other.lastAddressLine), "\(member.file) shows \(other.name)'s address")
            }
        }
    }

    func testEveryLetterEnclosesTheWholeReportWithItsOwnPageNumbers() throws {
        let reportPages = try TertialRendering.pageCount(output.path("tertialrapport.pdf"))
        for member in Self.members {
            let pdf = output.path(member.file)
            let pages = try TertialRendering.pageCount(pdf)
            XCTAssertGreaterThan(pages, reportPages, member.file)
            let last = try TertialRendering.text(pdf, page: pages)
            XCTAssertTrue(last.contains("Sida \(reportPages) av \(reportPages)"), member.file)
            XCTAssertTrue(try TertialRendering.text(pdf).contains("\u{2212}1 301 239,31"), member.file)
        }
    }

    /// Duplex: each covering letter and each enclosed report start on a front (an odd
    /// page); the blank page comes after the covering letter, never before it.
    func testInTheCombinedFileLetterAndEnclosedReportEachStartOnANewSheet() throws {
        let combined = output.path("brev-samtliga.pdf")
        let reportPages = try TertialRendering.pageCount(output.path("tertialrapport.pdf"))
        var start = 1
        for member in Self.members {
            let cover = try TertialRendering.pageCount(output.path(member.file)) - reportPages
            XCTAssertEqual(start % 2, 1, "\(member.name) starts on page \(start)")
            let first = try TertialRendering.text(combined, page: start)
            XCTAssertTrue(first.contains(member.lastAddressLine) && first.contains(member.name), "page \(start): \(first)")
            let reportStart = start + cover + cover % 2
            if cover % 2 == 1 { try assertBlank(combined, page: start + cover) }
            let report = try TertialRendering.text(combined, page: reportStart)
            XCTAssertTrue(report.contains("Sida 1 av \(reportPages)") && !report.contains(member.lastAddressLine), "page \(reportStart)")
            start = reportStart + reportPages + reportPages % 2
            if reportPages % 2 == 1 { try assertBlank(combined, page: start - 1) }
        }
        XCTAssertEqual(try TertialRendering.pageCount(combined), start - 1)
    }

    private func assertBlank(_ pdf: String, page: Int) throws {
        let blank = try TertialRendering.text(pdf, page: page)
        XCTAssertEqual(blank.trimmingCharacters(in: .whitespacesAndNewlines), "", "page \(page) is not blank")
    }
}
