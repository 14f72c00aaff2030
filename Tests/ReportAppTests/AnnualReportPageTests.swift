import Foundation
import ReportApp
import ReportCore
import ReportDocuments
import ReportLayout
import XCTest

/// The pages of all three annual reports (sjuharad-2024, nordvastra-2024, kvarnsjo-2023)
/// as laid out, measured like a proof: how full each page is, and the page furniture
/// (title once, initials boxes, heading space, the note column, units in table heads).
final class AnnualReportPageTests: XCTestCase {
    /// Every page but the cover is at least 75 % full, unless the next page opens a chapter
    /// that the layout begins on a new page (`rubriker.ny_sida`), or it is the last page.
    func testEveryBodyPageIsAtLeastThreeQuartersFull() throws {
        for proof in try TypesetProofs.annualReports() {
            let review = proof.review
            XCTAssertFalse(review.newPageLevels.isEmpty, "\(proof.name): the layout starts no chapter on a new page")
            let short = (1..<review.pages.count).filter { !review.nextPageStartsChapter($0) && review.fill(page: $0) < 0.75 }
            let fills = short.map { "sida \($0 + 1): \(Int((review.fill(page: $0) * 100).rounded())) %" }
            XCTAssertEqual(fills, [], "\(proof.name): pages less than 75 % full")
            // The exception is taken only where it holds: a short page is followed by a chapter heading at its top.
            for index in 1..<(review.pages.count - 1) where review.fill(page: index) < 0.75 {
                let first = review.pages[index + 1].items.first { !$0.structure.isArtifact }
                XCTAssertEqual(first?.structure.role, .heading(level: 1), "\(proof.name): page \(index + 2) does not open a chapter")
            }
        }
    }

    /// No running text twice on a page (the title once), and the initials boxes about
    /// 25 × 12 mm, at one place on every page after the cover, each label under its box.
    func testTitleOnceAndInitialsBoxesFixedWithTheLabelUnder() throws {
        for proof in try TypesetProofs.annualReports() {
            var positions: Set<[Double]> = []
            for (index, page) in proof.review.pages.enumerated().dropFirst() {
                let marginals = page.items.filter { item in
                    guard item.structure.isArtifact else { return false }
                    if case let .text(run) = item.content { return !(page.textArea.minY...page.textArea.maxY).contains(run.origin.y) }
                    return true
                }
                let texts = marginals.compactMap { item -> TextRun? in if case let .text(run) = item.content { return run } else { return nil } }
                let repeated = Dictionary(grouping: texts.map(\.text), by: { $0 }).filter { $0.value.count > 1 }.keys
                XCTAssertEqual(Array(repeated), [], "\(proof.name) page \(index + 1) repeats its running text")
                XCTAssertEqual(texts.filter { $0.text.contains(proof.laidOut.metadata.title) }.count, 1, "\(proof.name) page \(index + 1): the title once")
                let boxes = marginals.compactMap { item -> Rect? in
                    if case let .rect(rect, nil, _) = item.content, rect.minY > page.textArea.maxY { return rect } else { return nil }
                }
                XCTAssertEqual(boxes.count, 2, "\(proof.name) page \(index + 1)")
                for box in boxes {
                    XCTAssertEqual(box.size.width.millimetres, 25, accuracy: 0.2)
                    XCTAssertEqual(box.size.height.millimetres, 12, accuracy: 0.2)
                    let label = texts.first { abs($0.origin.x.value - box.minX.value) < 0.5 }
                    XCTAssertNotNil(label, "\(proof.name) page \(index + 1): no label at the box")
                    XCTAssertGreaterThan(label?.origin.y.value ?? 0, box.maxY.value, "the label stands under the box")
                }
                positions.insert(boxes.flatMap { [$0.minX.value, $0.minY.value] })
            }
            XCTAssertEqual(positions.count, 1, "\(proof.name): the boxes move between pages: \(positions)")
        }
    }

    /// Every heading that has content above and below it on its page stands closer to the
    /// text it opens than to the text before it: measured between the ink of the lines.
    func testHeadingsHaveMoreSpaceAboveThanBelow() throws {
        var measured = 0
        for proof in try TypesetProofs.annualReports() {
            for (index, page) in proof.review.pages.enumerated().dropFirst(2) {
                let content = page.items.filter { !$0.structure.isArtifact }.compactMap { item in
                    PageInk.extent(of: item.content).map { (role: item.structure.role, element: item.structure.element, extent: $0) }
                }
                let headings = Dictionary(grouping: content.filter { if case .heading = $0.role { return true } else { return false } }, by: \.element)
                for (element, lines) in headings {
                    let top = lines.map(\.extent.top).min() ?? 0, bottom = lines.map(\.extent.bottom).max() ?? 0
                    let others = content.filter { $0.element != element }
                    guard let above = others.map(\.extent.bottom).filter({ $0 <= top + 0.1 }).max(),
                          let below = others.map(\.extent.top).filter({ $0 >= bottom - 0.1 }).min() else { continue }
                    measured += 1
                    XCTAssertGreaterThan(top - above, below - bottom, "\(proof.name) page \(index + 1): a heading sits closer to the text above it")
                }
            }
        }
        XCTAssertGreaterThan(measured, 20, "too few headings measured")
    }

    /// The statements' note column prints the note's number ("2"), not "Not 2", in every
    /// table that has one; no table cell anywhere says "Not N".
    func testTheNoteColumnPrintsTheNumberAlone() throws {
        var numbers: [String] = []
        for proof in try TypesetProofs.annualReports() {
            for (index, page) in proof.review.pages.enumerated() {
                let runs = page.items.compactMap { item -> (StructureRole, TextRun)? in
                    guard case let .text(run) = item.content, !item.structure.isArtifact,
                          item.structure.role == .tableDataCell || item.structure.role == .tableHeaderCell
                            || item.structure.groups.contains(where: { $0.role == .table }) else { return nil }
                    return (item.structure.role, run)
                }
                let cells = runs.filter { $0.0 != .tableHeaderCell }
                XCTAssertEqual(cells.map(\.1.text).filter { $0.range(of: #"^Not \d+$"#, options: .regularExpression) != nil }, [],
                               "\(proof.name) page \(index + 1)")
                for header in runs where header.0 == .tableHeaderCell && header.1.text == "Not" {
                    let column = PageInk.horizontal(header.1)
                    let inColumn = cells.filter { cell in
                        let span = PageInk.horizontal(cell.1)
                        return cell.1.origin.y > header.1.origin.y && span.lowerBound < column.upperBound + 1 && span.upperBound > column.lowerBound - 1
                    }.map(\.1.text)
                    XCTAssertEqual(inColumn.filter { $0.range(of: #"^\d{1,2}$"#, options: .regularExpression) == nil }, [],
                                   "\(proof.name) page \(index + 1): the note column")
                    numbers += inColumn
                }
            }
        }
        XCTAssertGreaterThanOrEqual(numbers.count, 10, "too few note numbers found: \(numbers)")
    }

    /// Every table with amounts (a figure with a thousands separator, or with öre; not the
    /// staff table's "0,5" årsarbetare)
    /// says in its head what they are in: "Belopp i tkr", "Belopp i kr", "Återställs, kr".
    func testEveryTableWithAmountsStatesItsUnitInItsHead() throws {
        var tables = 0
        var samples: [String] = []
        for proof in try TypesetProofs.annualReports() {
            var heads: [Int: [String]] = [:], amounts: [Int: Bool] = [:], pageOf: [Int: Int] = [:]
            for (index, page) in proof.review.pages.enumerated() {
                for item in page.items where !item.structure.isArtifact {
                    guard case let .text(run) = item.content, let table = item.structure.groups.last(where: { $0.role == .table })?.element else { continue }
                    pageOf[table] = pageOf[table] ?? index
                    if item.structure.role == .tableHeaderCell { heads[table, default: []].append(run.text) }
                    if item.structure.role == .tableDataCell { samples.append(run.text) }
                    if run.text.range(of: #"^[−+]?\d{1,3}([\x{202F}\x{00A0} ]\d{3})+(,\d+)?$|^[−+]?\d+,\d\d$"#, options: .regularExpression) != nil { amounts[table] = true }
                }
            }
            for table in amounts.keys.sorted() {
                tables += 1
                let head = (heads[table] ?? []).joined(separator: " ")
                XCTAssertNotNil(head.range(of: #"(^|[ ,])t?kr($|[ ,])"#, options: .regularExpression),
                                "\(proof.name) page \((pageOf[table] ?? 0) + 1): a table of amounts with no unit in its head: \(head)")
            }
        }
        XCTAssertGreaterThan(tables, 20, "too few tables of amounts found: \(samples.prefix(30))")
    }
}

extension AnnualReportPageTests {
    /// Formula and reconciliation captions are for the check report, not the board: none of
    /// the three reports prints one (the soliditet formula, the share of budgeted places, the
    /// budget's source and rounding), while the footnotes the associations wrote stay.
    func testNoCheckCaptionIsPrintedButTheAssociationsOwnFootnotesAre() throws {
        let footnotes = ["sjuharad-2024": "* Konto 7599: revision kostade totalt", "nordvastra-2024": nil,
                         "kvarnsjo-2023": "* Revisionen utförs av de förtroendevalda revisorerna"]
        for proof in try TypesetProofs.annualReports() {
            let text = proof.review.pages.flatMap(\.items).compactMap { item -> String? in
                if case let .text(run) = item.content, !item.structure.isArtifact { return run.text } else { return nil }
            }.joined(separator: " ")
            for caption in ["delat med", "Budgeterat antal platser:", "Budgeten kommer från", "Avvikelse är utfall minus budget", "avrundade till tkr enligt"] {
                XCTAssertFalse(text.contains(caption), "\(proof.name) prints the check caption \(caption)")
            }
            if let footnote = footnotes[proof.name] ?? nil {
                XCTAssertTrue(text.contains(footnote), "\(proof.name) lost its own footnote")
            }
        }
    }
}

/// Where a page item's ink lies, approximately: a text line from its ascender (0.75 em
/// above the baseline) to its descender (0.25 em below).
enum PageInk {
    static func extent(of content: PageContent) -> (top: Double, bottom: Double)? {
        switch content {
        case let .text(run): return (run.origin.y.value - run.font.size.value * 0.75, run.origin.y.value + run.font.size.value * 0.25)
        case let .line(from, to, _): return (min(from.y.value, to.y.value), max(from.y.value, to.y.value))
        case let .rect(rect, _, _), let .image(rect, _): return (rect.minY.value, rect.maxY.value)
        case let .path(points, _, _, _): return (points.map(\.y.value).min() ?? 0, points.map(\.y.value).max() ?? 0)
        case .link, .anchor, .signatureField: return nil
        }
    }

    static func horizontal(_ run: TextRun) -> ClosedRange<Double> {
        let end = run.segments.last.map { $0.x.value + $0.width.value } ?? 0
        return run.origin.x.value...(run.origin.x.value + end)
    }
}

extension AnnualReportPageTests {
    /// The signature page as laid out, in reading order: the chair and the vice chair first,
    /// with their roles under their names, then the others in the order of styrelse.yaml
    /// (names and roles read from the file here, line by line).
    func testChairAndViceChairSignFirstWithTheirRolesThenTheBoardListOrder() throws {
        for proof in try TypesetProofs.annualReports() {
            let board = try BoardFile(path: "examples/\(proof.name)/styrelse.yaml")
            let page = try XCTUnwrap(proof.review.pages.last)
            var signatories: [Int: [Int: String]] = [:]
            for item in page.items {
                guard case let .text(run) = item.content, let division = item.structure.groups.first(where: { $0.role == .division }) else { continue }
                signatories[division.element, default: [:]][item.structure.part, default: ""] += run.text
            }
            let ordered = signatories.keys.sorted().map { (name: signatories[$0]?[0] ?? "", detail: signatories[$0]?[1] ?? "") }
            let names = ordered.map { $0.name.replacingOccurrences(of: #" \(.*\)$"#, with: "", options: .regularExpression) }
            XCTAssertGreaterThanOrEqual(ordered.count, 3, proof.name)
            XCTAssertEqual(Array(names.prefix(2)), [board.chair, board.viceChair], proof.name)
            XCTAssertTrue(ordered.first?.detail.hasPrefix("Ordförande") == true, "\(proof.name): \(ordered.first?.detail ?? "")")
            XCTAssertTrue(ordered.dropFirst().first?.detail.hasPrefix("Vice ordförande") == true, proof.name)
            XCTAssertFalse(ordered.dropFirst(2).contains { $0.detail.contains("rdförande") }, proof.name)
            let positions = names.dropFirst(2).map { board.names.firstIndex(of: $0) ?? -1 }
            XCTAssertFalse(positions.contains(-1), "\(proof.name): \(names) not all in \(board.names)")
            XCTAssertEqual(positions, positions.sorted(), "\(proof.name): the others are not in board-list order")
        }
    }
}

/// styrelse.yaml read line by line, without the product's reader: the names in the file's
/// order, the chair and the vice chair (the `namn:` before `roll: ordförande`).
struct BoardFile {
    var names: [String] = []
    var chair: String?
    var viceChair: String?

    init(path: String) throws {
        for line in try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n") where !line.trimmingCharacters(in: .whitespaces).hasPrefix("#") {
            if let range = line.range(of: "namn: ") {
                names.append(String(line[range.upperBound...].prefix { $0 != "," && $0 != "}" }).trimmingCharacters(in: .whitespaces))
            }
            if line.contains("roll: vice ordförande") { viceChair = names.last } else if line.contains("roll: ordförande") { chair = names.last }
        }
    }
}

extension AnnualReportPageTests {
    /// `dölj_nollrader` in a statement's description: with `ja` (Finsam's standard, which
    /// Nordvästra uses) no row of the three statements prints zero in both years; the same
    /// folder with `nej` prints such rows, so the option is what hides them.
    func testTheLayoutOptionHidesRowsThatAreZeroInBothYears() throws {
        XCTAssertEqual(try zeroRows(hide: "ja"), [])
        XCTAssertGreaterThan(try zeroRows(hide: "nej").count, 0, "no row is zero in both years: the test shows nothing")
    }

    /// The statements' rows whose every amount is zero, as laid out from a copy of
    /// examples/nordvastra-2024 with its own copy of the standard statements.
    private func zeroRows(hide: String) throws -> [String] {
        let folder = try CommandLineRunner.temporaryDirectory() + "/nordvastra"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.copyItem(atPath: "examples/nordvastra-2024", toPath: folder)
        let standard = try String(contentsOfFile: "layouts/rakningar/standard.yaml", encoding: .utf8)
        XCTAssertTrue(standard.contains("dölj_nollrader: ja"))
        try standard.replacingOccurrences(of: "dölj_nollrader: ja", with: "dölj_nollrader: \(hide)")
            .write(toFile: folder + "/rakningar.yaml", atomically: true, encoding: .utf8)
        let report = try String(contentsOfFile: folder + "/rapport.yaml", encoding: .utf8)
        try report.replacingOccurrences(of: #"(?m)^räkningar: standard.*$"#, with: "räkningar: rakningar.yaml", options: .regularExpression)
            .write(toFile: folder + "/rapport.yaml", atomically: true, encoding: .utf8)
        let inputs = try ReportFolder.load(path: folder)
        let model = try XCTUnwrap(AnnualReportBuilder.build(inputs).model)
        let laidOut = try DocumentRenderer().layout(AnnualReportComposer.compose(model), layoutName: model.layout)
        var rows: [String] = []
        for page in laidOut.pages {
            let texts = page.items.compactMap { item -> (StructureRef, String)? in
                if case let .text(run) = item.content, !item.structure.isArtifact { return (item.structure, run.text) } else { return nil }
            }
            guard texts.contains(where: { ref, text in ref.role == .heading(level: 1) && ["Resultaträkning", "Balansräkning", "Kassaflödesanalys"].contains { text.contains($0) } })
            else { continue }
            let cells = Dictionary(grouping: texts.filter { $0.0.role == .tableDataCell }, by: { $0.0.groups.last { $0.role == .tableRow }?.element ?? -1 })
            for (_, row) in cells {
                let amounts = row.dropFirst().map(\.1)
                if amounts.count >= 2, amounts.allSatisfy({ $0 == "0,00" || $0 == "0" }) { rows.append(row.map(\.1).joined(separator: " ")) }
            }
        }
        return rows
    }
}
