import Foundation

/// The SIE file's own amount lines, read here with a parser of the test's own (not the
/// product's SIE reader or ledger): #IB, #UB, #RES, #PSALDO, #PBUDGET and the #TRANS rows
/// of each #VER, in öre.
struct ProvenanceSIELines {
    struct Key: Hashable {
        var year: Int
        var account: String
    }

    struct PeriodLine {
        var year: Int
        var account: String
        var costCentre: String?
        var ore: Int64
    }

    var opening: [Key: Int64] = [:]
    var closing: [Key: Int64] = [:]
    var results: [Key: Int64] = [:]
    var periodBalances: [PeriodLine] = []
    var periodBudgets: [PeriodLine] = []
    /// This year's #TRANS per account.
    var transactions: [String: Int64] = [:]

    init(file: URL) throws {
        let data = try Data(contentsOf: file)
        let text = String(data.map { Character(UnicodeScalar($0)) })
        for line in text.components(separatedBy: .newlines) where !line.isEmpty {
            let fields = Self.fields(line)
            guard let head = fields.first else { continue }
            switch head {
            case "#IB", "#UB", "#RES":
                guard fields.count >= 4, let year = Int(fields[1]), let ore = Self.ore(fields[3]) else { continue }
                let key = Key(year: year, account: fields[2])
                if head == "#IB" { opening[key] = ore } else if head == "#UB" { closing[key] = ore } else { results[key] = ore }
            case "#PSALDO", "#PBUDGET":
                guard fields.count >= 6, let year = Int(fields[1]), let ore = Self.ore(fields[5]) else { continue }
                let period = PeriodLine(year: year, account: fields[3], costCentre: Self.costCentre(fields[4]), ore: ore)
                if head == "#PSALDO" { periodBalances.append(period) } else { periodBudgets.append(period) }
            case "#TRANS":
                guard fields.count >= 4, let ore = Self.ore(fields[3]) else { continue }
                transactions[fields[1], default: 0] += ore
            default:
                continue
            }
        }
    }

    /// Fields separated by spaces; "quoted text" and {object lists} are one field each.
    static func fields(_ line: String) -> [String] {
        var fields: [String] = []
        var current = ""
        var quoted = false
        var braces = 0
        for character in line.trimmingCharacters(in: .whitespaces) {
            if character == "\"" { quoted.toggle(); current.append(character); continue }
            if !quoted && character == "{" { braces += 1 }
            if !quoted && character == "}" { braces -= 1 }
            if character == " " && !quoted && braces == 0 {
                if !current.isEmpty { fields.append(current) }
                current = ""
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { fields.append(current) }
        return fields
    }

    /// "-1234.5" → −123 450 öre.
    static func ore(_ text: String) -> Int64? {
        let negative = text.hasPrefix("-")
        let digits = negative ? String(text.dropFirst()) : text
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
        guard let whole = Int64(parts[0]) else { return nil }
        var fraction: Int64 = 0
        if parts.count == 2 {
            let padded = (String(parts[1]) + "00").prefix(2)
            guard let value = Int64(padded) else { return nil }
            fraction = value
        }
        return (negative ? -1 : 1) * (whole * 100 + fraction)
    }

    /// `{1 "1003"}` → "1003"; `{}` → nil.
    static func costCentre(_ objects: String) -> String? {
        let inner = objects.dropFirst().dropLast()
        let parts = fields(String(inner))
        guard parts.count >= 2, parts[0] == "1" else { return nil }
        return parts[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
    }
}
