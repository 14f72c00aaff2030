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

    /// The example holds participant data through April only; a copy gets invented
    /// figures through August (the books have no May–August balances: those months count
    /// as zero, with a warning that does not stop the render).
    func testJanuaryToAugustIsNamedFromThePeriodAndWrittenBesideTheFirstTertial() throws {
        let folder = try copyWithAugustParticipants()
        let result = try CommandLineRunner.finsamReport(["render", folder, "-o", output, "--period", "2017-01:2017-08"])
        XCTAssertEqual(result.status, 0, result.standardError)
        XCTAssertTrue(result.standardError.contains("varning: Bokföringen har inga periodsaldon (#PSALDO) för maj 2017"))
        let written = output + "/sjuharad-2017-t1-201701-201708"
        let text = try TertialRendering.text(written + "/tertialrapport.pdf")
        XCTAssertTrue(text.contains("Tertialrapport januari–augusti 2017"), text)
        XCTAssertTrue(text.contains("Sjuhärads samordningsförbund, tertialrapport, januari–augusti 2017"))
        XCTAssertTrue(text.contains("Ackumulerat augusti"), text)
        XCTAssertTrue(text.contains("Augusti"), "no August row in the monthly table")
        let borås = try TertialRendering.text(written + "/brev-boras.pdf", page: 1).replacingOccurrences(of: "\n", with: " ")
        XCTAssertTrue(borås.contains("Under januari–augusti 2017 deltog 301 personer"), borås)
        // The report, 11 letters, the print file and the check report.
        let files = try FileManager.default.contentsOfDirectory(atPath: written)
        XCTAssertEqual(files.count, 14, "\(files)")
        XCTAssertTrue(files.contains("tertialrapport-kontrollrapport.txt"), "\(files)")
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
