import Foundation
import XCTest

/// A copy of the January–April books carried on through August, as an export made in
/// September would be: each month May–August an invoice of 400 000,00 kr on cost centre
/// 3001 and a bank fee of 392,50 kr, and in May Borås Stad's second contribution of
/// 733 973,00 kr, all paid through the bank. The vouchers, their #PSALDO lines, #RES and the
/// bank's #UB are changed together, so the books still pass every check. The file is PC8;
/// every line written here is ASCII, so the bytes are read and written as Latin-1, 1:1.
enum TertialBooksThroughAugust {
    struct Posting { var account: String; var object: String?; var ore: Int }

    static func postings(month: Int) -> [Posting] {
        var postings = [Posting(account: "5539", object: "3001", ore: 400_000_00), Posting(account: "8591", object: nil, ore: 392_50)]
        if month == 5 { postings.append(Posting(account: "3822", object: nil, ore: -733_973_00)) }
        return postings
    }

    static func extend(_ path: String) throws {
        let text = try XCTUnwrap(String(data: try Data(contentsOf: URL(fileURLWithPath: path)), encoding: .isoLatin1))
        var lines = text.components(separatedBy: "\r\n")
        if lines.last == "" { lines.removeLast() }
        var balances: [String] = [], vouchers: [String] = [], changes: [String: Int] = [:]
        for month in 5...8 {
            let period = "20170\(month)", postings = postings(month: month)
            for posting in postings {
                balances.append("#PSALDO 0 \(period) \(posting.account) {} \(amount(posting.ore))")
                if let object = posting.object {
                    balances.append("#PSALDO 0 \(period) \(posting.account) {1 \"\(object)\"} \(amount(posting.ore))")
                }
                changes[posting.account, default: 0] += posting.ore
            }
            let bank = -postings.map(\.ore).reduce(0, +)
            changes["1930", default: 0] += bank
            vouchers += ["#VER A \(121 + month) \(period)25 \"Fakturor och bankavgift \(period)\" \(period)25", "{"]
            vouchers += postings.map { "   #TRANS \($0.account) {\($0.object.map { "1 \"\($0)\"" } ?? "")} \(amount($0.ore))" }
            vouchers += ["   #TRANS 1930 {} \(amount(bank))", "}"]
        }
        let lastBalance = try XCTUnwrap(lines.lastIndex { $0.hasPrefix("#PSALDO ") })
        lines.insert(contentsOf: balances, at: lastBalance + 1)
        for (account, change) in changes {
            let prefix = account == "1930" ? "#UB 0 1930 " : "#RES 0 \(account) "
            let index = try XCTUnwrap(lines.firstIndex { $0.hasPrefix(prefix) }, prefix)
            lines[index] = prefix + amount(try ore(String(lines[index].dropFirst(prefix.count))) + change)
        }
        lines = lines.map { $0.hasPrefix("#GEN 20170510") ? $0.replacingOccurrences(of: "20170510", with: "20170910") : $0 }
        let written = (lines + vouchers).joined(separator: "\r\n") + "\r\n"
        try XCTUnwrap(written.data(using: .isoLatin1)).write(to: URL(fileURLWithPath: path))
    }

    /// "-1234.50" for −123 450 öre, as SIE writes amounts.
    static func amount(_ ore: Int) -> String {
        "\(ore < 0 ? "-" : "")\(abs(ore) / 100).\(String(format: "%02d", abs(ore) % 100))"
    }

    static func ore(_ text: String) throws -> Int {
        let negative = text.hasPrefix("-"), digits = negative ? String(text.dropFirst()) : text
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
        let kronor = try XCTUnwrap(Int(parts[0]), text)
        let fraction = parts.count > 1 ? try XCTUnwrap(Int(parts[1].padding(toLength: 2, withPad: "0", startingAt: 0)), text) : 0
        return (negative ? -1 : 1) * (kronor * 100 + fraction)
    }

    /// The sum of the file's #PSALDO lines (SIE sign, öre) for the months of 2017 through
    /// `month` whose account and objects pass `include`: an independent reading of the books.
    static func sum(_ path: String, through month: Int, _ include: (_ account: String, _ objects: String) -> Bool) throws -> Int {
        let text = try XCTUnwrap(String(data: try Data(contentsOf: URL(fileURLWithPath: path)), encoding: .isoLatin1))
        var total = 0
        for line in text.components(separatedBy: "\r\n") where line.hasPrefix("#PSALDO 0 2017") {
            guard let open = line.firstIndex(of: "{"), let close = line.firstIndex(of: "}") else { continue }
            let head = line[..<open].split(separator: " "), objects = String(line[line.index(after: open)..<close])
            guard head.count == 4, let period = Int(head[2]), period % 100 <= month, include(String(head[3]), objects) else { continue }
            total += try ore(line[line.index(after: close)...].trimmingCharacters(in: .whitespaces))
        }
        return total
    }

    /// An amount as the letters print it: "−1 617 240,00", spaces normalised to " ".
    static func printed(_ ore: Int) -> String {
        var digits = String(abs(ore) / 100), grouped = ""
        while digits.count > 3 {
            grouped = " " + digits.suffix(3) + grouped
            digits = String(digits.dropLast(3))
        }
        return (ore < 0 ? "\u{2212}" : "") + digits + grouped + "," + String(format: "%02d", abs(ore) % 100)
    }

    /// pdftotext's text with the thin and no-break spaces of amounts as plain spaces.
    static func plainSpaces(_ text: String) -> String {
        text.replacingOccurrences(of: "\u{202F}", with: " ").replacingOccurrences(of: "\u{00A0}", with: " ")
            .replacingOccurrences(of: "\u{2009}", with: " ")
    }
}
