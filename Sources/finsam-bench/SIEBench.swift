import Foundation
import ReportCore

/// Reads a generated SIE 4 file with 100 000 #TRANS rows and reports the parse time
/// (best and median of three, wall clock) and the peak memory of the reading process.
/// One child process generates the file and another reads it: Linux counts a parent's
/// resident memory at spawn time in the child's peak, so this process stays small and
/// the generator's memory never counts as the reader's.
func runSIEBench() throws {
    let arguments = CommandLine.arguments
    if let flag = arguments.firstIndex(of: "--las"), flag + 1 < arguments.count {
        return try timeSIERead(path: arguments[flag + 1])
    }
    if let flag = arguments.firstIndex(of: "--skriv"), flag + 1 < arguments.count {
        let fileSize = try writeSIEBenchFile(to: arguments[flag + 1])
        print(String(format: "sie: fil med 100 000 transaktioner, %.1f MB", Double(fileSize) / 1_048_576))
        return
    }
    let path = NSTemporaryDirectory() + "finsam-bench-\(getpid()).se"
    defer { try? FileManager.default.removeItem(atPath: path) }
    try runBenchChild(["sie", "--skriv", path])
    try runBenchChild(["sie", "--las", path])
}

/// This benchmark executable again, with its output shown.
private func runBenchChild(_ arguments: [String]) throws {
    _ = try ChildRun.run("/proc/self/exe", arguments, discardOutput: false)
}

private func timeSIERead(path: String) throws {
    var times: [Double] = []
    var transactionCount = 0
    for _ in 0..<3 {
        let start = DispatchTime.now().uptimeNanoseconds
        let document = try SIEReader.read(path: path)
        times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        transactionCount = document.books.transactionCount
    }
    times.sort()
    print(String(format: "sie: %d transaktioner, parse %.3f s (median %.3f s), toppminne %d MB",
                 transactionCount, times[0], times[1], peakMemoryMegabytes()))
}

/// Generates the books and writes them; returns the file size. The books are freed on
/// return so that they do not count towards the reader's memory.
private func writeSIEBenchFile(to path: String) throws -> Int {
    let bytes = SIEWriter.write(SIEBenchBooks.make(transactions: 100_000), encoding: .pc8)
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    return bytes.count
}

#if os(Linux)
private let RUSAGE_SELF_WHO = __rusage_who_t(RUSAGE_SELF.rawValue)
#else
private let RUSAGE_SELF_WHO = RUSAGE_SELF
#endif

/// Peak resident memory of this process (Linux reports ru_maxrss in kilobytes).
func peakMemoryMegabytes() -> Int {
    var usage = rusage()
    getrusage(RUSAGE_SELF_WHO, &usage)
    return Int(usage.ru_maxrss) / 1024
}

/// Deterministic books shaped like an association's year: a chart of 60 accounts,
/// cost centres, and vouchers of 2–6 rows that balance.
enum SIEBenchBooks {
    static func make(transactions: Int) -> Books {
        var books = Books()
        books.header.companyName = "Samordningsförbundet Bänkprovet"
        books.header.program = "finsam-bench"
        books.fiscalYears = [FiscalYear(index: 0, start: date(1, 1), end: date(12, 31))]
        let accounts = (0..<60).map { String([1930, 1511, 2411, 2991, 3919, 5540, 6230, 7599][$0 % 8] + $0 / 8) }
        for account in accounts { books.accounts[account] = Account(number: account, name: "Konto \(account) för övriga tjänster") }
        books.dimensions[1] = Dimension(number: 1, name: "Kostnadsställe")
        for centre in 1...9 {
            let ref = ObjectRef(dimension: 1, id: "300\(centre)")
            books.objects[ref] = AccountingObject(ref: ref, name: "Verksamhet \(centre) i Borås")
        }
        var state: UInt64 = 42
        var written = 0
        var number = 1
        while written < transactions {
            let rows = min(2 + Int(next(&state) % 5), transactions - written)
            books.vouchers.append(voucher(number: number, rows: max(rows, 1), accounts: accounts, state: &state))
            written += max(rows, 1)
            number += 1
        }
        return books
    }

    private static func voucher(number: Int, rows: Int, accounts: [String], state: inout UInt64) -> Voucher {
        let day = date(1 + number % 12, 1 + number % 28)
        var voucher = Voucher(series: number % 3 == 0 ? "B" : "A", number: String(number), date: day,
                              text: "Faktura \(number) Åkeri & Städ AB", registrationDate: day)
        var balance: Int64 = 0
        for row in 0..<rows {
            let amount = row == rows - 1 ? -balance : Int64(next(&state) % 2_000_000) - 1_000_000
            balance += amount
            let objects = row % 2 == 0 ? [ObjectRef(dimension: 1, id: "300\(1 + row)")] : []
            voucher.transactions.append(Transaction(account: accounts[Int(next(&state) % UInt64(accounts.count))],
                                                    objects: objects, amount: Money(ore: amount)))
        }
        return voucher
    }

    private static func next(_ state: inout UInt64) -> UInt64 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return state >> 33
    }

    private static func date(_ month: Int, _ day: Int) -> CalendarDate {
        CalendarDate(year: 2024, month: month, day: day) ?? CalendarDate(year: 2024, month: 1, day: 1)!
    }
}
