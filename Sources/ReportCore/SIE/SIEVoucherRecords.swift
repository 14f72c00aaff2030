/// The voucher blocks of a SIE file: `#VER …` followed by `{`, transaction rows and `}`.
/// Keeps track of the open block so that a truncated or garbled file is caught where
/// it goes wrong.
struct SIEVoucherRecords {
    enum State { case outside, expectingBlock, insideBlock }

    private(set) var state: State = .outside
    private var voucher: Voucher?

    private var openLabel: String { voucher?.label ?? "" }
    private var openLine: Int { voucher?.line ?? 0 }

    mutating func begin(_ record: SIERecord) throws {
        try ensureOutside(record.label, line: record.line, fileName: record.fileName)
        voucher = Voucher(
            series: try record.text(1, "serie"), number: try record.text(2, "vernr"), date: try record.date(3, "verdatum"),
            text: try record.optionalText(4, "vertext") ?? "", registrationDate: try record.optionalDate(5, "regdatum"),
            signature: try record.optionalText(6, "sign"), transactions: [], line: record.line)
        state = .expectingBlock
    }

    mutating func openBlock(line: Int, fileName: String) throws {
        guard state == .expectingBlock else {
            throw InputError("'{' på rad \(line) hör inte till någon #VER: en verifikations rader ska stå direkt efter dess #VER",
                             file: fileName, line: line)
        }
        state = .insideBlock
    }

    /// Returns the finished voucher.
    mutating func closeBlock(line: Int, fileName: String) throws -> Voucher {
        guard state == .insideBlock else {
            throw InputError("'}' på rad \(line) avslutar ingen verifikation: det finns ingen öppen '{' före den",
                             file: fileName, line: line)
        }
        state = .outside
        defer { voucher = nil }
        guard let voucher else { throw InputError("'}' på rad \(line) avslutar ingen verifikation", file: fileName, line: line) }
        return voucher
    }

    mutating func addTransaction(_ record: SIERecord, kind: Transaction.Kind) throws {
        if state == .expectingBlock { try ensureOutside(record.label, line: record.line, fileName: record.fileName) }
        guard state == .insideBlock else {
            throw InputError("\(record.label) på rad \(record.line) står utanför en verifikation: den ska stå mellan '{' och '}' efter en #VER",
                             file: record.fileName, line: record.line)
        }
        voucher?.transactions.append(Transaction(
            kind: kind, account: try record.account(1), objects: try record.objects(2), amount: try record.amount(3, "belopp"),
            date: try record.optionalDate(4, "transdat"), text: try record.optionalText(5, "transtext"),
            quantity: try record.optionalText(6, "kvantitet"), signature: try record.optionalText(7, "sign"),
            line: record.line))
    }

    /// A record that is not part of a voucher may not stand inside an open one.
    func ensureOutside(_ label: String, line: Int, fileName: String) throws {
        switch state {
        case .outside: return
        case .expectingBlock:
            throw InputError("Verifikation \(openLabel) på rad \(openLine) saknar '{': raden efter #VER ska vara '{', men rad \(line) är \(label)",
                             file: fileName, line: line)
        case .insideBlock:
            throw InputError("Verifikation \(openLabel) på rad \(openLine) avslutas inte med '}' före \(label) på rad \(line)",
                             file: fileName, line: line)
        }
    }

    /// At the end of the file no voucher may be left open.
    func finish(fileName: String, lastLine: Int) throws {
        guard state != .outside else { return }
        throw InputError("Verifikation \(openLabel) på rad \(openLine) avslutas aldrig: '}' saknas före filens slut (rad \(lastLine)). Filen verkar vara avkortad; exportera den på nytt.",
                         file: fileName, line: openLine)
    }
}
