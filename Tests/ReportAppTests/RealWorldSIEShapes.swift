import Foundation
import ReportCore

/// The example books changed into the shapes that real exports from other accounting
/// programs have. Each change is computed from the file itself, so the tests' figures do
/// not come from the code under test. The text is the file's bytes read as Latin-1 (one
/// character per byte), so every byte not changed stays as it was.
enum RealWorldSIEShapes {
    /// The year's #RES on result accounts (3000–8998), summed from the file's lines.
    static func yearResultSum(_ text: String) -> Money {
        text.split(whereSeparator: \.isNewline).filter { $0.hasPrefix("#RES 0 ") }.compactMap { line -> Money? in
            let fields = line.split(separator: " ")
            guard fields.count >= 4, let account = Int(fields[2]), (3000...8998).contains(account) else { return nil }
            return try? Money.parse(fields[3].trimmingCharacters(in: .whitespacesAndNewlines))
        }.sum()
    }

    /// The result closed through 8999 to 2099, as three of four real exports do: a closing
    /// voucher, #RES 0 8999 and the year's #UB on 2099.
    static func closingEntry(_ text: String) -> String {
        let sum = yearResultSum(text)
        let result = -sum
        let closing = """
            #KONTO 8999 "Arets resultat"
            #KONTO 2099 "Arets resultat"
            #UB 0 2099 \(sieAmount(sum))
            #RES 0 8999 \(sieAmount(result))
            #VER B 1 20241231 "Bokslut: arets resultat" 20250115
            {
            #TRANS 8999 {} \(sieAmount(result))
            #TRANS 2099 {} \(sieAmount(sum))
            }

            """
        return text + (text.contains("\r\n") ? closing.replacingOccurrences(of: "\n", with: "\r\n") : closing)
    }

    static func sieAmount(_ money: Money) -> String {
        let ore = money.ore.magnitude
        return (money.ore < 0 ? "-" : "") + "\(ore / 100)." + (ore % 100 < 10 ? "0" : "") + "\(ore % 100)"
    }

    /// Replaces #RAR 0 and #RAR -1 with a broken fiscal year.
    static func brokenFiscalYear(_ text: String) -> String {
        text.replacingOccurrences(of: "#RAR 0 20240101 20241231", with: "#RAR 0 20240701 20250630")
    }
}
