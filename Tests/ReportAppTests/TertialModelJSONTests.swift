import Foundation
import XCTest

/// `finsam-report model examples/sjuharad-2017-t1 --json` lists each letter's member figures,
/// checked against sums the test makes over the csv files and the SIE file's lines.
final class TertialModelJSONTests: XCTestCase {
    typealias Figures = TertialLetterFiguresTests

    func testEveryLetterFiguresAreInTheModelJSON() throws {
        let result = try CommandLineRunner.finsamReport(["model", TertialRendering.folder, "--json"])
        XCTAssertEqual(result.status, 0, result.standardError)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        let letters = try XCTUnwrap(json["letters"] as? [[String: Any]])
        XCTAssertEqual(letters.count, 11)
        func figures(_ member: String) throws -> [String: Any] {
            try XCTUnwrap(letters.first { $0["member"] as? String == member }?["figures"] as? [String: Any])
        }
        let books = try Figures.sieLines()
        func kronor(_ ore: Int) -> String { String(format: "%@%d.%02d", ore < 0 ? "-" : "", abs(ore) / 100, abs(ore) % 100) }

        let boras = try figures("Borås Stad")
        XCTAssertEqual(boras["scope"] as? String, "medlem")
        let flow = try XCTUnwrap(Figures.csvRows("deltagare/floden.csv").first { $0["kommun"] == "Borås" })
        let participants = try XCTUnwrap(boras["participants"] as? [String: Any])
        XCTAssertEqual(participants["total"] as? Int, Int(flow["totalt_perioden"]!))
        XCTAssertEqual(participants["expectedAnnual"] as? Int, Int(flow["förväntad_årsvolym"]!))
        XCTAssertEqual(participants["outflow"] as? Int, Int(flow["utflöde"]!))
        let activity = try XCTUnwrap(boras["activity"] as? [String: Any])
        XCTAssertEqual(activity["count"] as? Int, 85)
        XCTAssertEqual(activity["budgetedPlaces"] as? Int, 160)
        let centres = try XCTUnwrap(boras["costCentres"] as? [[String: Any]])
        XCTAssertEqual(centres.compactMap { $0["code"] as? String }, ["3001", "3002", "3006"])
        for centre in centres {
            let code = try XCTUnwrap(centre["code"] as? String)
            XCTAssertEqual(centre["outcome"] as? String, kronor(-Figures.sum(books, "#PSALDO", object: code)), code)
            XCTAssertEqual(centre["periodBudget"] as? String, kronor(-Figures.sum(books, "#PBUDGET", object: code)), code)
        }
        let contribution = try XCTUnwrap(boras["contribution"] as? [String: Any])
        XCTAssertEqual(contribution["bookedInPeriod"] as? String, kronor(-Figures.sum(books, "#PSALDO", account: "3822")))
        XCTAssertEqual(contribution["forYear"] as? String, "2201919.00")

        let agency = try figures("Försäkringskassan")
        XCTAssertEqual(agency["scope"] as? String, "förbundet")
        XCTAssertEqual(agency["costCentreOutcome"] as? String, "-7392809.15")
        let forecast = try XCTUnwrap(agency["forecast"] as? [String: Any])
        XCTAssertEqual(forecast["method"] as? String, "budgetprofil")
        XCTAssertEqual(forecast["periodResult"] as? String, "-1301239.31")
        let periodBudget = -Figures.sum(books, "#PBUDGET", resultAccountsOnly: true)
        XCTAssertEqual(forecast["forecast"] as? String, kronor(-130_123_931 - periodBudget))
    }
}
