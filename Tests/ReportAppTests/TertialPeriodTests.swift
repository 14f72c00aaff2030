import Foundation
import XCTest

/// January–August from the same folder with `--period`, and a malformed period.
final class TertialPeriodTests: XCTestCase {
    var output = ""

    override func setUpWithError() throws {
        output = try CommandLineRunner.temporaryDirectory()
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: output)
    }

    /// The example holds books and participant data through April only; a copy gets
    /// invented participant figures through August and books carried on through August
    /// (`TertialBooksThroughAugust`). The letters' figures are checked against sums of the
    /// copy's #PSALDO lines read in the test.
    func testJanuaryToAugustIsNamedFromThePeriodAndWrittenBesideTheFirstTertial() throws {
        let folder = try copyWithAugustParticipants()
        try TertialBooksThroughAugust.extend(folder + "/bokforing.se")
        let result = try CommandLineRunner.finsamReport(["render", folder, "-o", output, "--period", "2017-01:2017-08"])
        XCTAssertEqual(result.status, 0, result.standardError)
        XCTAssertFalse(result.standardError.contains("#PSALDO"), result.standardError)
        let written = output + "/sjuharad-2017-t1-201701-201708"
        let text = try TertialRendering.text(written + "/tertialrapport.pdf")
        XCTAssertTrue(text.contains("Tertialrapport januari–augusti 2017"), text)
        XCTAssertTrue(text.contains("Sjuhärads samordningsförbund, tertialrapport, januari–augusti 2017"))
        XCTAssertTrue(text.contains("Ackumulerat augusti"), text)
        XCTAssertTrue(text.contains("Augusti"), "no August row in the monthly table")
        let borås = try TertialRendering.text(written + "/brev-boras.pdf", page: 1).replacingOccurrences(of: "\n", with: " ")
        XCTAssertTrue(borås.contains("Under januari–augusti 2017 deltog 301 personer"), borås)
        try assertBoråsFigures(TertialBooksThroughAugust.plainSpaces(TertialRendering.text(written + "/brev-boras.pdf", layout: true)),
                               books: folder + "/bokforing.se")
        // The report, 11 letters, the print file and the check report.
        let files = try FileManager.default.contentsOfDirectory(atPath: written)
        XCTAssertEqual(files.count, 14, "\(files)")
        XCTAssertTrue(files.contains("tertialrapport-kontrollrapport.txt"), "\(files)")
    }

    /// Borås's letter through August: centre 3001's outcome, the contribution booked on 3822
    /// and the period's result, each the sum of the books' #PSALDO lines for January–August.
    private func assertBoråsFigures(_ letter: String, books: String) throws {
        typealias Books = TertialBooksThroughAugust
        let centre = try Books.sum(books, through: 8) { _, objects in objects == "1 \"3001\"" }
        let contribution = try Books.sum(books, through: 8) { account, objects in account == "3822" && objects.isEmpty }
        let result = try Books.sum(books, through: 8) { account, objects in objects.isEmpty && ("3000"..."8999").contains(account) }
        // Through April (the example's own books) the figures are those of the January–April letter.
        XCTAssertEqual(try Books.sum(CommandLineRunner.repository.path + "/" + TertialRendering.folder + "/bokforing.se", through: 8) {
            _, objects in objects == "1 \"3001\""
        }, 1_617_240_00)
        XCTAssertEqual(centre, 1_617_240_00 + 4 * 400_000_00)
        for (label, amount) in [("3001 Verksamheter i Borås", -centre), ("Bokfört januari–augusti 2017", -contribution),
                                ("Periodens resultat, januari–augusti 2017", -result)] {
            let line = try XCTUnwrap(TertialRendering.line(letter, containing: label), "\(label) in\n\(letter)")
            XCTAssertTrue(line.contains(" " + Books.printed(amount)), "\(label): \(Books.printed(amount)) in \(line)")
        }
    }

    /// The folder with participants through August but its books ending in April: refused for
    /// January–August by the books alone, nothing written, the earlier report kept.
    func testJanuaryToAugustBeyondTheBooksIsRefusedAndTheEarlierReportKept() throws {
        let folder = try copyWithAugustParticipants()
        let written = output + "/sjuharad-2017-t1-201701-201708"
        try FileManager.default.createDirectory(atPath: written, withIntermediateDirectories: true)
        let earlier = Data("%PDF-1.7 en tidigare tertialrapport".utf8)
        try earlier.write(to: URL(fileURLWithPath: written + "/tertialrapport.pdf"))
        let result = try CommandLineRunner.finsamReport(["render", folder, "-o", output, "--period", "2017-01:2017-08"])
        XCTAssertEqual(result.status, 1, result.standardError)
        let errors = result.standardError.split(separator: "\n").filter { $0.contains(": fel: ") }
        XCTAssertEqual(errors, ["bokforing.se: fel: Perioden januari–augusti 2017 går längre än bokföringen, som har belopp till och med "
                                + "april 2017; rapporten skulle visa januari–april 2017 under rubriken januari–augusti 2017 och räkna "
                                + "maj–augusti 2017 som noll. Exportera bokföringen på nytt efter periodens slut, eller välj en period som "
                                + "slutar senast april 2017."], result.standardError)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: written), ["tertialrapport.pdf"])
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: written + "/tertialrapport.pdf")), earlier)
    }

    private func copyWithAugustParticipants() throws -> String {
        let source = CommandLineRunner.repository.path + "/" + TertialRendering.folder
        let folder = output + "-indata/sjuharad-2017-t1"
        try FileManager.default.createDirectory(atPath: output + "-indata", withIntermediateDirectories: true)
        addTeardownBlock { [output] in try? FileManager.default.removeItem(atPath: output + "-indata") }
        try FileManager.default.copyItem(atPath: source, toPath: folder)
        try append(folder + "/deltagare/floden.csv", ["Bollebygd;47;30;28;20;9", "Borås;409;301;270;150;90", "Herrljunga;49;40;35;18;12",
                                                       "Mark;145;120;110;65;50", "Svenljunga;49;40;37;10;20", "Tranemo;53;45;40;25;17",
                                                       "Ulricehamn;111;100;90;40;45", "Vårgårda;54;55;45;22;21"].map { "2017-08;" + $0 })
        try append(folder + "/deltagare/aktiv-halsa.csv", ["Bollebygd;12;5;20", "Borås;95;40;160", "Herrljunga;9;6;20", "Mark;35;14;60",
                                                           "Svenljunga;30;3;40", "Tranemo;10;12;40", "Ulricehamn;9;7;20"].map { "2017-08;" + $0 })
        try append(folder + "/deltagare/manadsvis.csv", ["2017-05;kvinna;20;18", "2017-05;man;11;9", "2017-06;kvinna;15;22",
                                                         "2017-06;man;9;14", "2017-07;kvinna;4;6", "2017-07;man;3;5",
                                                         "2017-08;kvinna;22;10", "2017-08;man;12;8"])
        return folder
    }

    private func append(_ path: String, _ lines: [String]) throws {
        let handle = try XCTUnwrap(FileHandle(forWritingAtPath: path))
        defer { try? handle.close() }
        handle.seekToEndOfFile()
        handle.write(Data((lines.joined(separator: "\n") + "\n").utf8))
    }

    func testAMalformedPeriodIsAnInputErrorAndNothingIsWritten() throws {
        let result = try CommandLineRunner.finsamReport(["render", TertialRendering.folder, "-o", output, "--period", "2017-08:2017-01"])
        XCTAssertEqual(result.status, 2, result.standardError)
        XCTAssertTrue(result.standardError.contains("--period: fel:"), result.standardError)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: output), [])
    }
}
