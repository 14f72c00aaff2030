import XCTest
@testable import ReportCore

/// Issue 18's must-show: for every statement row, note row and operating-statement cell
/// of the three annual examples, the provenance amounts add up to the row's exact value,
/// and every amount is the SIE file's own line (read by `ProvenanceSIELines`, not by the
/// product). The top totals are computed here from all of the file's lines, so that an
/// account left out of the trail cannot go unnoticed.
final class ProvenanceTests: XCTestCase {
    static let examples = ["sjuharad-2024", "nordvastra-2024", "kvarnsjo-2023"]
    static let built: [String: (model: AnnualReportModel, lines: ProvenanceSIELines, inputs: ReportInputs)] = {
        var result: [String: (AnnualReportModel, ProvenanceSIELines, ReportInputs)] = [:]
        for name in examples {
            let inputs = try! ReportFolder.load(path: ExampleFolders.path(name))
            let lines = try! ProvenanceSIELines(file: ExampleFolders.examples.appendingPathComponent("\(name)/bokforing.se"))
            result[name] = (AnnualReportBuilder.compute(inputs).model, lines, inputs)
        }
        return result
    }()

    /// The SIE line an amount names, as the file has it.
    func fileAmount(_ amount: BookAmount, _ lines: ProvenanceSIELines, reportYear: Int) -> Int64? {
        let key = ProvenanceSIELines.Key(year: amount.year - reportYear, account: amount.account)
        switch amount.source {
        case "#RES": return lines.results[key] ?? 0
        case "#UB": return lines.closing[key] ?? 0
        case "#IB": return lines.opening[key] ?? 0
        case "#UB−#IB": return (lines.closing[key] ?? 0) - (lines.opening[key] ?? 0)
        default: return nil
        }
    }

    func testEveryStatementAndNoteRowAddsUpItsBookAmountsFromTheSIELines() throws {
        for name in Self.examples {
            let (model, lines, _) = try XCTUnwrap(Self.built[name])
            var cellsChecked = 0
            for table in model.statements + model.noteTables {
                for row in table.rows where row.kind != .text && row.kind != .blank {
                    let trail = try XCTUnwrap(model.provenance.rows.first { $0.id == row.id && $0.table == table.id },
                                              "\(name): \(table.id)/\(row.id) has no provenance")
                    for (column, exact) in row.exact.enumerated() {
                        guard let exact else { continue }
                        let cell = try XCTUnwrap(trail.cells.first { $0.index == column }, "\(name) \(row.id) column \(column)")
                        XCTAssertEqual(cell.exact, exact, "\(name) \(row.id) column \(column)")
                        XCTAssertEqual(cell.amounts.map(\.amount.ore).reduce(0, +), exact.ore,
                                       "\(name) \(table.id)/\(row.id) \(cell.column): the amounts do not add up")
                        for amount in cell.amounts {
                            let booked = try XCTUnwrap(fileAmount(amount, lines, reportYear: model.year), "\(amount.source)")
                            XCTAssertEqual(amount.booked.ore, booked, "\(name) \(row.id) \(amount.account) \(amount.source) \(amount.year)")
                            XCTAssertEqual(abs(amount.amount.ore), abs(booked), "\(name) \(row.id) \(amount.account): only signs may turn")
                        }
                        cellsChecked += 1
                    }
                }
            }
            XCTAssertGreaterThan(cellsChecked, 40, name)
        }
    }

    /// The year's result and the balance sheet's totals: every account of the file is in
    /// the trail, and the value is the file's own sum (revenue and costs from #RES with
    /// their sign turned; assets from #UB).
    func testTheTopTotalsCarryEveryAccountOfTheFile() throws {
        for name in Self.examples {
            let (model, lines, _) = try XCTUnwrap(Self.built[name])
            let resultAccounts = lines.results.filter { $0.key.year == 0 && $0.value != 0 }
            let expectedResult = -resultAccounts.values.reduce(0, +)
            let resultRow = try XCTUnwrap(model.provenance.rows.first { row in
                row.tableKind == "resultatrakning" && row.cells.first?.exact.ore == expectedResult && row.cells.first?.amounts.count == resultAccounts.count
            }, "\(name): no income-statement row carries the whole result \(expectedResult)")
            XCTAssertEqual(Set(resultRow.cells[0].amounts.map(\.account)), Set(resultAccounts.keys.map(\.account)), name)

            let assets = lines.closing.filter { $0.key.year == 0 && $0.key.account.hasPrefix("1") && $0.value != 0 }
            let expectedAssets = assets.values.reduce(0, +)
            let assetRow = try XCTUnwrap(model.provenance.rows.first { row in
                row.tableKind == "balansrakning" && row.cells.contains { $0.year == model.year && $0.exact.ore == expectedAssets }
            }, "\(name): no balance-sheet row carries total assets \(expectedAssets)")
            let cell = try XCTUnwrap(assetRow.cells.first { $0.year == model.year && $0.exact.ore == expectedAssets })
            XCTAssertEqual(Set(cell.amounts.map(\.account)), Set(assets.keys.map(\.account)), name)
        }
    }

    /// Every operating-statement cell: the amounts add up to its exact value; outcome
    /// amounts are the file's #PSALDO lines of that account and cost centre, budget amounts
    /// its #PBUDGET lines (or the budget file); the total net is every cost centre's #PSALDO.
    func testEveryOperatingCellAddsUpItsPeriodLines() throws {
        for name in Self.examples {
            let (model, lines, _) = try XCTUnwrap(Self.built[name])
            let operating = try XCTUnwrap(model.operating, name)
            XCTAssertFalse(model.provenance.operating.isEmpty, name)
            func totals(_ lines: [ProvenanceSIELines.PeriodLine]) -> [String: Int64] {
                lines.reduce(into: [:]) { $0["\($1.year) \($1.account) \($1.costCentre ?? "-")", default: 0] += $1.ore }
            }
            let balances = totals(lines.periodBalances), budgets = totals(lines.periodBudgets)
            for row in model.provenance.operating {
                for cell in row.cells {
                    XCTAssertEqual(cell.amounts.map(\.amount).sum(), cell.exact, "\(name) \(row.id) \(cell.column)")
                    for amount in cell.amounts where amount.source == "#PSALDO" || amount.source == "#PBUDGET" {
                        let key = "\(amount.year - model.year) \(amount.account) \(amount.costCentre ?? "-")"
                        let booked = (amount.source == "#PSALDO" ? balances : budgets)[key] ?? 0
                        XCTAssertEqual(amount.booked.ore, booked, "\(name) \(row.id) \(amount.account) \(amount.costCentre ?? "")")
                    }
                }
            }
            let net = lines.periodBalances.filter { line in
                line.year == 0 && line.costCentre != nil && ("3"..."8").contains(String(line.account.prefix(1)))
            }.map(\.ore).reduce(0, +)
            if name != "kvarnsjo-2023" {
                XCTAssertEqual(operating.resultRows["Summa"]?.ore, -net, name)
                XCTAssertEqual(model.provenance.row("drift_summa")?.cells[2].exact.ore, -net, name)
            }
        }
    }

    /// Printed figure × unit + remainder = exact, for every cell; a row moved by largest
    /// remainder names the sum that moved it.
    func testEveryRoundingStepLeadsFromTheExactValueToThePrintedOne() throws {
        for name in Self.examples {
            let (model, _, _) = try XCTUnwrap(Self.built[name])
            for row in model.provenance.rows + model.provenance.operating {
                for cell in row.cells {
                    let unit: Int64 = ["tkr": 100_000, "kronor": 100, "kronor_och_ore": 1][cell.rounding.unit]!
                    XCTAssertEqual(cell.rounding.rounded * unit + cell.rounding.remainder.ore, cell.exact.ore, "\(name) \(row.id)")
                    XCTAssertEqual(abs(cell.rounding.printed), abs(cell.rounding.rounded), "\(name) \(row.id)")
                    // A net or deviation printed from two printed columns lies within two units.
                    XCTAssertLessThan(abs(cell.rounding.remainder.ore), cell.rounding.method == "härledd" ? 2 * unit : unit, "\(name) \(row.id)")
                    if cell.rounding.method == "närmaste" { XCTAssertLessThanOrEqual(2 * abs(cell.rounding.remainder.ore), unit) }
                    if cell.rounding.method == "största_rest" { XCTAssertNotNil(cell.rounding.governedBy, "\(name) \(row.id)") }
                }
            }
        }
    }

    /// The members' contributions note: the shares add up to the booked total, which is
    /// the contributions accounts' #RES with the sign turned.
    func testTheMemberSplitAddsUpToTheBookedContributions() throws {
        let (model, lines, _) = try XCTUnwrap(Self.built["sjuharad-2024"])
        let split = try XCTUnwrap(model.provenance.memberSplit)
        XCTAssertEqual(split.amounts.map(\.amount).sum(), split.total)
        for amount in split.amounts {
            XCTAssertEqual(amount.booked.ore, lines.results[.init(year: 0, account: amount.account)])
        }
        let financing = try XCTUnwrap(model.memberFinancing)
        XCTAssertEqual(split.shares.prefix(financing.rows.count).map(\.amount).sum(), split.total)
        XCTAssertEqual(split.shares.dropFirst(financing.rows.count).map(\.amount).sum(),
                       financing.rows.first { $0.label == "Kommuner" }?.amount)
    }

    /// `--verifikationer`: the #TRANS rows behind each balance change of the year add up
    /// to the change, per the file's own #TRANS lines.
    func testTheVouchersBehindABalanceChangeAddUpToTheChange() throws {
        let (model, lines, inputs) = try XCTUnwrap(Self.built["sjuharad-2024"])
        let provenance = ProvenanceBuilder.addingVouchers(model.provenance, books: inputs.books, year: model.year)
        var checked = 0
        for amount in provenance.rows.flatMap(\.cells).flatMap(\.amounts) where amount.vouchers != nil {
            let vouchers = try XCTUnwrap(amount.vouchers)
            XCTAssertEqual(vouchers.map(\.amount.ore).reduce(0, +), lines.transactions[amount.account] ?? 0, amount.account)
            if amount.source == "#UB−#IB" {
                XCTAssertEqual(vouchers.map(\.amount).sum(), amount.booked, amount.account)
                checked += 1
            }
            XCTAssertTrue(vouchers.allSatisfy { !$0.number.isEmpty && $0.date.description.hasPrefix(String(model.year)) }, amount.account)
        }
        XCTAssertGreaterThan(checked, 0, "the cash-flow statement's changes carry their vouchers")
    }

    /// Every named figure has a provenance; a statement row's figure names its row and
    /// carries that cell's amounts; the result, total assets and equity add up their
    /// accounts, and the result and the assets are the file's own sums.
    func testNamedFiguresNameTheirRowsAndAccounts() throws {
        for name in Self.examples {
            let (model, lines, _) = try XCTUnwrap(Self.built[name])
            XCTAssertEqual(Set(model.provenance.figures.keys), Set(model.figures.keys), name)
            for (figure, trail) in model.provenance.figures {
                if let exact = trail.exact, !trail.amounts.isEmpty {
                    XCTAssertEqual(trail.amounts.map(\.amount).sum(), exact, "\(name) \(figure)")
                }
                XCTAssertFalse(trail.rule.isEmpty, "\(name) \(figure)")
                guard figure.hasPrefix("rad_") else { continue }
                let row = try XCTUnwrap(trail.rows.first.flatMap(model.provenance.row), "\(name) \(figure)")
                XCTAssertTrue(row.cells.contains { $0.exact == trail.exact && $0.amounts == trail.amounts }, "\(name) \(figure)")
            }
            let result = try XCTUnwrap(model.provenance.figures["resultat_kr"])
            XCTAssertEqual(result.exact?.ore, -lines.results.filter { $0.key.year == 0 }.values.reduce(0, +), name)
            XCTAssertFalse(result.amounts.isEmpty, name)
            let assets = try XCTUnwrap(model.provenance.figures["totala_tillgangar_tkr"])
            XCTAssertEqual(assets.exact?.ore, lines.closing.filter { $0.key.year == 0 && $0.key.account.hasPrefix("1") }.values.reduce(0, +), name)
            XCTAssertFalse(assets.amounts.isEmpty, name)
            XCTAssertFalse(try XCTUnwrap(model.provenance.figures["eget_kapital_kr"]).amounts.isEmpty, name)
        }
    }
}
