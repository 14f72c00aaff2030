import Foundation

/// A SIE 4 file shaped like another program's export (a Fortnox/Visma-like #PROGRAM,
/// #FORMAT PC8 in code page 437, CRLF, #KPTYP BAS2014, the whole BAS account plan listed
/// with #SRU codes whether used or not, #DIM 1 and 6 with objects, #BKOD, #TAXAR and
/// #PROSA that the reader skips) for a small invented association. Written here, not by
/// our own SIE writer; every balance is summed from the vouchers below, in öre.
enum ForeignSIEExport {
    static let name = "Samordningsförbundet Älvdalen Södra"
    static let organisationNumber = "222000-1347"
    static let year = 2025

    struct Voucher {
        var date: String
        var text: String
        var rows: [(account: String, objects: String, ore: Int64)]
    }

    /// Accounts of the plan: used ones and a few the export lists without amounts.
    static let accounts: [(String, String)] = [
        ("1220", "Inventarier och verktyg"), ("1510", "Kundfordringar"), ("1930", "Företagskonto"),
        ("2010", "Eget kapital"), ("2440", "Leverantörsskulder"), ("2990", "Övriga upplupna kostnader"),
        ("3011", "Medlemsbidrag Försäkringskassan"), ("3012", "Medlemsbidrag Arbetsförmedlingen"),
        ("3013", "Medlemsbidrag Region Älvdalen"), ("3014", "Medlemsbidrag Älvby kommun"),
        ("3985", "Erhållna offentliga bidrag ESF"), ("4010", "Köpta insatser"), ("5010", "Lokalhyra"),
        ("6110", "Kontorsmateriel"), ("6420", "Revisionsarvode"), ("6530", "Redovisningstjänster"),
        ("7010", "Löner till tjänstemän"), ("7690", "Övriga personalkostnader"), ("8310", "Ränteintäkter"),
        ("8410", "Räntekostnader"), ("40101", "Köpta insatser Ung framtid"),
        ("9110", "Fördelade kanslikostnader"), ("9190", "Motkonto fördelade kanslikostnader"),
    ]

    /// The accounts with amounts that BAS's default mapping (layouts/kontoplaner/bas.yaml)
    /// cannot place, with the line each belongs to: 40101 is a sub-account of 4010 and so
    /// joins "Köpta insatser och tjänster"; 9110 and 9190 are internal cost-allocation
    /// accounts that no line takes and whose amounts cancel out.
    static let unplacedByDefault: [String: String?] = ["40101": "Köpta insatser och tjänster", "9110": nil, "9190": nil]
    static let subAccountOre: Int64 = 12_345_600
    static let allocationOre: Int64 = 5_000_000

    static let objects: [(Int, String, String)] = [
        (1, "10", "Kansli och styrelse"), (1, "20", "Insats Vägen vidare"), (1, "30", "Projekt Ung framtid"),
        (6, "P1", "Ung framtid ESF"),
    ]

    /// Last year's result per account (SIE sign) and balances at its start.
    static let lastYearResults: [String: Int64] = [
        "3011": -90_000_000, "3012": -90_000_000, "3013": -90_000_000, "3014": -90_000_000,
        "4010": 300_000_000, "5010": 12_000_000, "6420": 4_500_000, "6530": 9_000_000, "7690": 20_000_000,
        "8310": -150_000,
    ]
    static let lastYearOpening: [String: Int64] = ["1930": 180_000_000, "2010": -170_000_000, "2440": -10_000_000]

    static var vouchers: [Voucher] {
        var list: [Voucher] = []
        for (month, account) in [("01", "3011"), ("01", "3012"), ("02", "3013"), ("02", "3014")] {
            list.append(Voucher(date: "2025\(month)15", text: "Medlemsbidrag \(year)",
                                rows: [("1930", "", 95_000_000), (account, "{1 \"10\"}", -95_000_000)]))
        }
        for month in 1...12 {
            let date = String(format: "2025%02d25", month)
            list.append(Voucher(date: date, text: "Köpt insats Vägen vidare", rows: [
                ("4010", "{1 \"20\"}", 21_000_000), ("1930", "", -21_000_000)]))
            list.append(Voucher(date: date, text: "Lokalhyra", rows: [("5010", "{1 \"10\"}", 1_000_000), ("1930", "", -1_000_000)]))
        }
        list.append(Voucher(date: "20250630", text: "ESF-stöd Ung framtid", rows: [
            ("1930", "", 18_400_050), ("3985", "{1 \"30\" 6 \"P1\"}", -18_400_050)]))
        list.append(Voucher(date: "20250915", text: "Projektkostnader Ung framtid", rows: [
            ("7690", "{1 \"30\" 6 \"P1\"}", 17_250_075), ("1930", "", -17_250_075)]))
        list.append(Voucher(date: "20251020", text: "Köpt insats Ung framtid", rows: [
            ("40101", "{1 \"30\" 6 \"P1\"}", subAccountOre), ("1930", "", -subAccountOre)]))
        list.append(Voucher(date: "20251231", text: "Intern fördelning av kansliets kostnader", rows: [
            ("9110", "{1 \"20\"}", allocationOre), ("9190", "{1 \"10\"}", -allocationOre)]))
        list.append(Voucher(date: "20251015", text: "Kontorsmateriel", rows: [("6110", "{1 \"10\"}", 312_550), ("1930", "", -312_550)]))
        list.append(Voucher(date: "20251130", text: "Redovisningstjänster", rows: [
            ("6530", "{1 \"10\"}", 9_600_000), ("2440", "", -9_600_000)]))
        list.append(Voucher(date: "20251231", text: "Revisionsarvode, upplupet", rows: [
            ("6420", "{1 \"10\"}", 4_800_000), ("2990", "", -4_800_000)]))
        list.append(Voucher(date: "20251231", text: "Ränta", rows: [("1930", "", 98_765), ("8310", "", -98_765)]))
        list.append(Voucher(date: "20251231", text: "Bankavgift", rows: [("8410", "", 12_500), ("1930", "", -12_500)]))
        list.append(Voucher(date: "20251215", text: "Betald leverantörsskuld", rows: [("2440", "", 10_000_000), ("1930", "", -10_000_000)]))
        return list
    }

    static func sum(_ values: [Int64]) -> Int64 { values.reduce(0, +) }

    /// This year's movement per account, from the vouchers.
    static var movements: [String: Int64] {
        var result: [String: Int64] = [:]
        for voucher in vouchers { for row in voucher.rows { result[row.account, default: 0] += row.ore } }
        return result
    }

    /// Last year's closing balances: its opening plus its result, carried into 2010.
    static var lastYearClosing: [String: Int64] {
        var closing = lastYearOpening
        let result = sum(Array(lastYearResults.values))
        closing["2010", default: 0] += result
        closing["1930", default: 0] -= result  // the year's money, all through the bank
        return closing
    }

    /// The year's result in kronor (report sign: positive is a surplus).
    static var yearResultOre: Int64 { -sum(movements.filter { $0.key.first! >= "3" }.map(\.value)) }
    static var lastYearResultOre: Int64 { -sum(Array(lastYearResults.values)) }

    static func amount(_ ore: Int64) -> String {
        let magnitude = ore.magnitude
        return (ore < 0 ? "-" : "") + "\(magnitude / 100)." + String(format: "%02d", Int(magnitude % 100))
    }

    static var text: String {
        var lines = [
            "#FLAGGA 0", "#PROGRAM \"Fortnox\" 3.41.2", "#FORMAT PC8", "#GEN 20260120 \"Ekonomi Kansliet\"", "#SIETYP 4",
            "#ORGNR \(organisationNumber)", "#FNAMN \"\(name)\"", "#ADRESS \"Kansliet\" \"Storgatan 4\" \"791 30 Älvby\" \"023-10 20 30\"",
            "#RAR 0 20250101 20251231", "#RAR -1 20240101 20241231", "#TAXAR 2026", "#KPTYP BAS2014", "#VALUTA SEK",
            "#PROSA \"Exporterad för årsredovisningen\"",
        ]
        for (number, name) in accounts {
            lines.append("#KONTO \(number) \"\(name)\"")
            lines.append("#SRU \(number) \(number.hasPrefix("1") || number.hasPrefix("2") ? "7201" : "7410")")
        }
        lines.append("#BKOD 84230")
        lines.append("#DIM 1 \"Kostnadsställe\"")
        lines.append("#DIM 6 \"Projekt\"")
        for (dimension, id, name) in objects { lines.append("#OBJEKT \(dimension) \"\(id)\" \"\(name)\"") }
        let opening = lastYearClosing
        let closing = opening.merging(movements.filter { $0.key.first! < "3" }, uniquingKeysWith: +)
        for account in opening.keys.sorted() {
            lines.append("#IB -1 \(account) \(amount(lastYearOpening[account] ?? 0))")
            lines.append("#UB -1 \(account) \(amount(opening[account]!))")
        }
        for account in closing.keys.sorted() {
            lines.append("#IB 0 \(account) \(amount(opening[account] ?? 0))")
            lines.append("#UB 0 \(account) \(amount(closing[account]!))")
        }
        for (account, ore) in lastYearResults.sorted(by: { $0.key < $1.key }) { lines.append("#RES -1 \(account) \(amount(ore))") }
        for (account, ore) in movements.filter({ $0.key.first! >= "3" }).sorted(by: { $0.key < $1.key }) {
            lines.append("#RES 0 \(account) \(amount(ore))")
        }
        for (index, voucher) in vouchers.enumerated() {
            lines.append("#VER \"A\" \"\(index + 1)\" \(voucher.date) \"\(voucher.text)\" 20260110")
            lines.append("{")
            for row in voucher.rows { lines.append("   #TRANS \(row.account) {\(row.objects.dropFirst().dropLast())} \(amount(row.ore))") }
            lines.append("}")
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// The file's bytes in code page 437, as #FORMAT PC8 says.
    static var bytes: [UInt8] {
        let pc8: [Character: UInt8] = ["å": 0x86, "ä": 0x84, "ö": 0x94, "Å": 0x8F, "Ä": 0x8E, "Ö": 0x99, "é": 0x82]
        return text.flatMap { character -> [UInt8] in
            if let byte = pc8[character] { return [byte] }
            return Array(String(character).utf8)
        }
    }
}
