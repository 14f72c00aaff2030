import Foundation

extension BadInputCases {
    /// A csv file's cases: every data row cut short and given a non-number and a wrong sign
    /// in its last figure; the whole file saved the ways Excel saves it (unchanged).
    static func csv(_ example: String, _ file: String, text: String, signRefused: Bool = true) -> [BadInputCase] {
        var cases: [BadInputCase] = []
        let all = lines(text)
        guard let headerIndex = all.firstIndex(where: { !$0.hasPrefix("#") && !$0.trimmingCharacters(in: .whitespaces).isEmpty }) else {
            return []
        }
        // The product names a column by its lower-cased header.
        let header = all[headerIndex].trimmingCharacters(in: CharacterSet(charactersIn: "\r"))
            .split(separator: ";", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        for index in all.indices where index > headerIndex {
            let line = String(all[index]).trimmingCharacters(in: CharacterSet(charactersIn: "\r"))
            guard !line.isEmpty, !line.hasPrefix("#"), let separator = line.lastIndex(of: ";") else { continue }
            let number = index + 1
            let cells = line.split(separator: ";", omittingEmptySubsequences: false).count
            guard cells == header.count else { continue }
            let column = header[cells - 1]
            cases.append(BadInputCase(example: example, file: file, name: "rad \(number): sista cellen saknas", change: {
                replacingLine(index, in: $0, with: [String(line[..<separator])])
            }, outcome: .refused(line: number, field: column)))
            let last = String(line[line.index(after: separator)...])
            guard last.contains(where: \.isNumber), last.allSatisfy({ $0.isNumber || "-., ".contains($0) }) else { continue }
            let prefix = String(line[...separator])
            cases.append(BadInputCase(example: example, file: file, name: "rad \(number): sista talet är text", change: {
                replacingLine(index, in: $0, with: [prefix + "x" + last])
            }, outcome: .refused(line: number, field: column)))
            if signRefused, last.contains(where: { $0 != "0" && $0.isNumber }) {
                let flipped = last.hasPrefix("-") ? String(last.dropFirst()) : "-" + last
                cases.append(BadInputCase(example: example, file: file, name: "rad \(number): fel tecken på \(last)", change: {
                    replacingLine(index, in: $0, with: [prefix + flipped])
                }, outcome: .refused(line: number, field: column)))
            }
        }
        let excel: [(String, (String) -> String)] = [
            ("CRLF", { $0.replacingOccurrences(of: "\n", with: "\r\n") }),
            ("BOM", { "\u{FEFF}" + $0 }),
            ("citattecken runt varje cell", { text in
                lines(text).map { line in
                    line.hasPrefix("#") || line.isEmpty ? String(line)
                        : line.split(separator: ";", omittingEmptySubsequences: false).map { "\"\($0)\"" }.joined(separator: ";")
                }.joined(separator: "\n")
            }),
        ]
        for (name, change) in excel {
            cases.append(BadInputCase(example: example, file: file, name: "sparad med \(name)", change: change, outcome: .unchanged))
        }
        if !text.contains(",") {
            cases.append(BadInputCase(example: example, file: file, name: "komma som avgränsare",
                                      change: { $0.replacingOccurrences(of: ";", with: ",") }, outcome: .unchanged))
        }
        return cases
    }

    /// The books' cases: vouchers dated after the year, the fiscal year, organisation number
    /// and name changed, a transaction off by one öre, a budget record the report does not
    /// need written in another order, the result closed through 8999/2099. The text is the
    /// file's bytes as Latin-1.
    static func books(_ example: String, text: String, year: Int, voucherCases: Int = 12) -> [BadInputCase] {
        let file = "bokforing.se"
        var cases: [BadInputCase] = []
        let all = lines(text)
        func line(_ prefix: String) -> Int? { all.firstIndex { $0.hasPrefix(prefix) } }
        let vouchers = all.indices.filter { all[$0].hasPrefix("#VER ") }
        for index in vouchers.prefix(voucherCases) {
            let original = String(all[index])
            let dated = original.replacingOccurrences(of: " \(year)", with: " \(year + 1)")
            cases.append(BadInputCase(example: example, file: file, name: "rad \(index + 1): verifikation efter året",
                                      change: { replacingLine(index, in: $0, with: [dated]) }, outcome: .refused(line: index + 1, field: "verdatum")))
        }
        if let rar = line("#RAR 0") {
            let calendar = "#RAR 0 \(year)0101 \(year)1231"
            cases += [
                BadInputCase(example: example, file: file, name: "brutet räkenskapsår", change: {
                    $0.replacingOccurrences(of: calendar, with: "#RAR 0 \(year)0701 \(year + 1)0630")
                }, outcome: .refused(line: rar + 1, field: "start")),
                BadInputCase(example: example, file: file, name: "annat räkenskapsår", change: {
                    $0.replacingOccurrences(of: calendar, with: "#RAR 0 \(year - 1)0101 \(year - 1)1231")
                }, outcome: .refused(line: rar + 1, field: "start")),
                BadInputCase(example: example, file: file, name: "ingen #RAR 0", change: {
                    $0.replacingOccurrences(of: calendar, with: "#PROSA \"inget räkenskapsår\"")
                }, outcome: .refused(Refusal(place: .noLine(because: "the record is gone: no line of the file holds the year"),
                                             named: .inMessage("#RAR 0")))),
            ]
        }
        if let orgnr = line("#ORGNR") {
            let written = String(all[orgnr]).trimmingCharacters(in: .whitespacesAndNewlines)
            let digits = written.filter(\.isNumber)
            let wrongDigit = written.dropLast() + (digits.last == "0" ? "1" : "0")
            cases += [
                BadInputCase(example: example, file: file, name: "#ORGNR med fel kontrollsiffra",
                             change: { $0.replacingOccurrences(of: written, with: String(wrongDigit)) }, outcome: .refused(line: orgnr + 1, field: "orgnr")),
                BadInputCase(example: example, file: file, name: "#ORGNR för ett annat förbund",
                             change: { $0.replacingOccurrences(of: written, with: "#ORGNR 212000-0142") }, outcome: .refused(line: orgnr + 1, field: "orgnr")),
            ]
        }
        if let name = line("#FNAMN") {
            cases.append(BadInputCase(example: example, file: file, name: "#FNAMN ett annat namn", change: {
                replacingLine(name, in: $0, with: ["#FNAMN \"Ett annat förbund\""])
            }, outcome: .warned(code: "fnamn-annat")))
        }
        if let first = vouchers.first {
            cases.append(BadInputCase(example: example, file: file, name: "#PBUDGET med fälten i annan ordning", change: {
                replacingLine(first, in: $0, with: ["#PBUDGET 0 {} \(year)01 3001 -100.00", String(all[first])])
            }, outcome: .warned(code: "sie-post-hoppad")))
        }
        guard year == 2024 else { return cases }
        cases.append(BadInputCase(example: example, file: file, name: "årets resultat stängt via 8999/2099",
                                  change: RealWorldSIEShapes.closingEntry, outcome: .unchanged))
        return cases
    }
}
