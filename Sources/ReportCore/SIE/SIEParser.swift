/// The line loop: splits the bytes into lines (LF or CRLF), tokenizes each, and hands
/// records to the books builder and the voucher blocks, while running the #KSUMMA
/// checksum over the records it covers.
struct SIEParser {
    enum ChecksumState { case notStarted, running, finished }

    let fileName: String
    let decoder: SIETextDecoder
    private var tokenizer = SIETokenizer()
    private var builder = SIEBooksBuilder()
    private var vouchers = SIEVoucherRecords()
    private var checksum = SIEChecksum()
    private var checksumState = ChecksumState.notStarted
    private var checksumLine = 0
    private(set) var skipped: [SkippedRecord] = []
    private(set) var findings: [Finding] = []
    private var malformedYear: InputError?

    init(fileName: String, encoding: SIEEncoding) {
        self.fileName = fileName
        self.decoder = SIETextDecoder(encoding: encoding)
    }

    mutating func parse(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) throws -> Books {
        var lineStart = start
        var line = 0
        while lineStart < bytes.count {
            line += 1
            var lineEnd = lineStart
            while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
            let next = lineEnd + 1
            if lineEnd > lineStart && bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            try parseLine(bytes, start: lineStart, end: lineEnd, line: line)
            lineStart = next
        }
        try vouchers.finish(fileName: fileName, lastLine: line)
        try settleMalformedYear()
        finishChecksum()
        return builder.books
    }

    private mutating func parseLine(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int, line: Int) throws {
        var first = start
        while first < end && SIETokenizer.isBlank(bytes[first]) { first += 1 }
        var last = end
        while last > first && SIETokenizer.isBlank(bytes[last - 1]) { last -= 1 }
        if first == last { return }
        let byte = bytes[first]
        if last - first == 1 && byte == UInt8(ascii: "{") {
            return try vouchers.openBlock(line: line, fileName: fileName)
        }
        if last - first == 1 && byte == UInt8(ascii: "}") {
            builder.books.vouchers.append(try vouchers.closeBlock(line: line, fileName: fileName))
            return
        }
        guard byte == UInt8(ascii: "#") else {
            let shown = decoder.string(bytes, start: first, end: min(last, first + 30), unescape: false)
            throw InputError("Rad \(line) börjar inte med en etikett (#…): \"\(shown)\". Varje rad i en SIE-fil ska börja med t.ex. #VER eller #TRANS, eller vara '{' eller '}'.",
                             file: fileName, line: line)
        }
        do {
            try tokenizer.tokenize(bytes, start: first, end: last)
        } catch let error as SIETokenError {
            throw tokenFailure(error, bytes, line: line)
        }
        let label = decoder.string(bytes, start: tokenizer.labelStart, end: tokenizer.labelEnd, unescape: false)
        let record = SIERecord(bytes: bytes, tokens: tokenizer, decoder: decoder, fileName: fileName, line: line, label: label)
        if label == "#KSUMMA" { return try handleChecksum(record) }
        if checksumState == .running { checksum.add(record: tokenizer, in: bytes) }
        try dispatch(record)
    }

    private mutating func dispatch(_ record: SIERecord) throws {
        switch record.label {
        case "#TRANS": try vouchers.addTransaction(record, kind: .normal)
        case "#RTRANS": try vouchers.addTransaction(record, kind: .added)
        case "#BTRANS": try vouchers.addTransaction(record, kind: .removed)
        case "#VER": try vouchers.begin(record)
        default:
            if vouchers.state == .insideBlock && !Self.knownLabels.contains(record.label) {
                skipped.append(SkippedRecord(label: record.label, line: record.line))
                return
            }
            try vouchers.ensureOutside(record.label, line: record.line, fileName: fileName)
            try applyLeniently(record)
        }
    }

    /// A malformed record the report does not need (an address, a budget row with its
    /// fields in another order, an empty #RAR in a 4I file) is a warning with its line and
    /// is skipped; a malformed record the report needs stays a refusal.
    private mutating func applyLeniently(_ record: SIERecord) throws {
        do {
            if try !builder.apply(record) { skipped.append(SkippedRecord(label: record.label, line: record.line)) }
        } catch let error as InputError where Self.unneededLabels.contains(record.label) || record.label == "#RAR" {
            skipped.append(SkippedRecord(label: record.label, line: record.line))
            if record.label == "#RAR" {
                malformedYear = malformedYear ?? error
            } else {
                findings.append(skippedWarning(error))
            }
        }
        if record.label == "#KONTO", let number = try? record.account(1), let name = builder.books.accounts[number]?.name,
           name.contains("\u{FFFD}") {
            builder.books.accounts[number]?.name = name.replacingOccurrences(of: "\u{FFFD}", with: "")
            findings.append(Finding(.warning, code: "kontonamn-olasligt",
                                    message: "Kontonamnet för \(number) innehåller ett tecken som inte kunde läsas (U+FFFD), "
                                        + "troligen fel teckenkodning vid exporten; det tas bort ur namnet.",
                                    location: SourceLocation(file: fileName, line: record.line, field: "kontonamn")))
        }
    }

    private func skippedWarning(_ error: InputError) -> Finding {
        Finding(.warning, code: "sie-post-hoppad", message: "\(error.message); posten behövs inte för rapporten och hoppas över.",
                location: error.location)
    }

    /// A malformed #RAR is needed when the file has balances (a 4E export): then it is
    /// refused; a 4I file (vouchers only) takes its year from the report.
    private mutating func settleMalformedYear() throws {
        guard let error = malformedYear else { return }
        let books = builder.books
        if !books.openingBalances.isEmpty || !books.closingBalances.isEmpty || !books.results.isEmpty { throw error }
        findings.append(skippedWarning(error))
    }

    static let unneededLabels: Set<String> = [
        "#FLAGGA", "#PROGRAM", "#FORMAT", "#GEN", "#SIETYP", "#FNR", "#FNAMN", "#ADRESS", "#TAXAR", "#KPTYP", "#VALUTA",
        "#ENHET", "#SRU", "#OIB", "#OUB", "#PBUDGET",
    ]

    static let knownLabels: Set<String> = [
        "#FLAGGA", "#PROGRAM", "#FORMAT", "#GEN", "#SIETYP", "#FNR", "#ORGNR", "#FNAMN", "#ADRESS", "#RAR", "#TAXAR",
        "#KPTYP", "#VALUTA", "#KONTO", "#KTYP", "#ENHET", "#SRU", "#DIM", "#UNDERDIM", "#OBJEKT", "#IB", "#UB", "#OIB",
        "#OUB", "#RES", "#PSALDO", "#PBUDGET", "#VER", "#TRANS", "#RTRANS", "#BTRANS", "#KSUMMA",
    ]

    private mutating func handleChecksum(_ record: SIERecord) throws {
        try vouchers.ensureOutside(record.label, line: record.line, fileName: fileName)
        guard record.has(1) else {
            if checksumState == .notStarted {
                checksumState = .running
                checksumLine = record.line
            }
            return
        }
        let field = record.tokens.fields[0]
        guard field.kind == .plain, let written = SIENumbers.integer(record.bytes, start: field.start, end: field.end),
              (Int64(Int32.min)...Int64(UInt32.max)).contains(written) else {
            throw record.wrong(1, "kontrollsumma", expected: "ett heltal (CRC-32)", field)
        }
        builder.books.checksum = written
        let location = SourceLocation(file: fileName, line: record.line)
        if checksumState != .running {
            findings.append(Finding(.error, code: "ksumma", message: "#KSUMMA med kontrollsumma på rad \(record.line) saknar ett inledande #KSUMMA; kontrollsumman kan inte prövas.", location: location))
        } else if !SIEChecksum.matches(written, checksum.value) {
            findings.append(Finding(.error, code: "ksumma", message: "Kontrollsumman stämmer inte: #KSUMMA anger \(written), men filens innehåll ger \(checksum.value). Filen har ändrats efter exporten; exportera den på nytt från bokföringsprogrammet.", location: location))
        }
        checksumState = .finished
    }

    private mutating func finishChecksum() {
        guard checksumState == .running else { return }
        findings.append(Finding(.error, code: "ksumma", message: "Filen har ett inledande #KSUMMA (rad \(checksumLine)) men ingen avslutande #KSUMMA med kontrollsumma; filen kan vara avkortad.", location: SourceLocation(file: fileName, line: checksumLine)))
    }

    private func tokenFailure(_ error: SIETokenError, _ bytes: UnsafeBufferPointer<UInt8>, line: Int) -> InputError {
        let label = decoder.string(bytes, start: tokenizer.labelStart, end: tokenizer.labelEnd, unescape: false)
        let what: String
        switch error.reason {
        case .unterminatedQuote: what = "ett citattecken (\") öppnas men stängs inte på samma rad"
        case .unterminatedList: what = "en objektlista öppnas med '{' men stängs inte med '}' på samma rad"
        case .nestedList: what = "en objektlista innehåller en ny '{'; objektlistor kan inte nästlas"
        case .strayListEnd: what = "'}' står utan en '{' före"
        }
        return InputError("\(label) på rad \(line), fält \(error.field): \(what)", file: fileName, line: line, field: "fält \(error.field)")
    }
}
