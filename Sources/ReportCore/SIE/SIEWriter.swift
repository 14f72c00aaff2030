/// Writes `Books` as a SIE 4 file (type 4E): identification, chart of accounts,
/// dimensions and objects, balances, period amounts and vouchers, in that order, with
/// dictionaries sorted so that the output is deterministic. Used for round-trip tests,
/// examples and benchmarks.
///
/// Header fields left nil get the values a SIE file needs (`#FLAGGA 0`, `#PROGRAM`,
/// `#FORMAT PC8` when writing PC8, `#SIETYP 4`); everything else is written only when set.
public enum SIEWriter {
    /// Writes the file, with a #KSUMMA checksum when `books.checksum` is set.
    public static func write(_ books: Books, encoding: SIEEncoding = .pc8) -> [UInt8] {
        write(books, encoding: encoding, includeChecksum: books.checksum != nil)
    }

    /// Writes the file; with `includeChecksum` the records are enclosed in `#KSUMMA` …
    /// `#KSUMMA value` with the CRC-32 the SIE format defines.
    public static func write(_ books: Books, encoding: SIEEncoding, includeChecksum: Bool) -> [UInt8] {
        var out = SIEOutput(encoding: encoding, capacity: 64 + books.vouchers.count * 160)
        out.label("#FLAGGA")
        out.number(books.header.flag ?? 0)
        out.endLine()
        if includeChecksum { out.line("#KSUMMA") }
        let checksumStart = out.bytes.count
        writeHeader(books.header, to: &out)
        for year in books.fiscalYears.sorted(by: { $0.index > $1.index }) {
            out.label("#RAR")
            out.number(year.index)
            out.date(year.start)
            out.date(year.end)
            out.endLine()
        }
        writeChart(books, to: &out)
        SIEBalanceWriter.write(books, to: &out)
        for voucher in books.vouchers { writeVoucher(voucher, to: &out) }
        guard includeChecksum else { return out.bytes }
        let value = checksum(of: out.bytes, from: checksumStart)
        out.label("#KSUMMA")
        out.plain(String(value))
        out.endLine()
        return out.bytes
    }

    private static func writeHeader(_ header: BooksHeader, to out: inout SIEOutput) {
        out.label("#PROGRAM")
        out.quoted(header.program ?? "finsam-report")
        if let version = header.programVersion { out.field(version) }
        out.endLine()
        if let format = header.format ?? (out.encoding == .pc8 ? "PC8" : nil) { record("#FORMAT", format, &out) }
        if let generated = header.generated {
            out.label("#GEN")
            out.date(generated)
            if let by = header.generatedBy { out.field(by) }
            out.endLine()
        }
        record("#SIETYP", header.sieType ?? "4", &out)
        if let value = header.companyCode { record("#FNR", value, &out) }
        if let value = header.organisationNumber { record("#ORGNR", value, &out) }
        if let value = header.companyName { out.label("#FNAMN"); out.quoted(value); out.endLine() }
        if let address = header.address {
            out.label("#ADRESS")
            for text in [address.contact, address.street, address.postalTown, address.phone] { out.quoted(text) }
            out.endLine()
        }
        if let year = header.taxYear { out.label("#TAXAR"); out.number(year); out.endLine() }
        if let value = header.chartOfAccountsType { record("#KPTYP", value, &out) }
        if let value = header.currency { record("#VALUTA", value, &out) }
    }

    private static func record(_ label: String, _ value: String, _ out: inout SIEOutput) {
        out.label(label)
        out.field(value)
        out.endLine()
    }

    private static func writeChart(_ books: Books, to out: inout SIEOutput) {
        for account in books.accounts.values.sorted(by: { $0.number < $1.number }) {
            out.label("#KONTO"); out.plain(account.number); out.quoted(account.name); out.endLine()
            if let kind = account.kind { out.label("#KTYP"); out.plain(account.number); out.plain(kind.rawValue); out.endLine() }
            if let unit = account.unit { out.label("#ENHET"); out.plain(account.number); out.field(unit); out.endLine() }
            for code in account.sru { out.label("#SRU"); out.plain(account.number); out.field(code); out.endLine() }
        }
        for dimension in books.dimensions.values.sorted(by: { $0.number < $1.number }) {
            out.label(dimension.parent == nil ? "#DIM" : "#UNDERDIM")
            out.number(dimension.number)
            out.quoted(dimension.name)
            if let parent = dimension.parent { out.number(parent) }
            out.endLine()
        }
        for object in books.objects.values.sorted(by: { $0.ref < $1.ref }) {
            out.label("#OBJEKT"); out.number(object.ref.dimension); out.quoted(object.ref.id); out.quoted(object.name); out.endLine()
        }
    }

    private static func writeVoucher(_ voucher: Voucher, to out: inout SIEOutput) {
        out.label("#VER")
        out.field(voucher.series)
        out.field(voucher.number)
        out.date(voucher.date)
        out.quoted(voucher.text)
        if voucher.registrationDate != nil || voucher.signature != nil { out.optionalDate(voucher.registrationDate) }
        if let signature = voucher.signature { out.field(signature) }
        out.endLine()
        out.line("{")
        for transaction in voucher.transactions { writeTransaction(transaction, to: &out) }
        out.line("}")
    }

    private static func writeTransaction(_ transaction: Transaction, to out: inout SIEOutput) {
        out.label("   #" + transaction.kind.rawValue)
        out.plain(transaction.account)
        out.objects(transaction.objects)
        out.amount(transaction.amount)
        let optionals = [transaction.text, transaction.quantity, transaction.signature]
        guard let last = optionals.lastIndex(where: { $0 != nil }) ?? (transaction.date != nil ? -1 : nil) else {
            return out.endLine()
        }
        out.optionalDate(transaction.date)
        for index in 0..<(last + 1) { out.optionalField(optionals[index]) }
        out.endLine()
    }

    /// The CRC of the records from `start` to the end, as the reader computes it.
    static func checksum(of bytes: [UInt8], from start: Int) -> UInt32 {
        var tokenizer = SIETokenizer()
        var checksum = SIEChecksum()
        bytes.withUnsafeBufferPointer { buffer in
            var lineStart = start
            while lineStart < buffer.count {
                var lineEnd = lineStart
                while lineEnd < buffer.count && buffer[lineEnd] != 0x0A { lineEnd += 1 }
                let next = lineEnd + 1
                if lineEnd > lineStart && buffer[lineEnd - 1] == 0x0D { lineEnd -= 1 }
                var first = lineStart
                while first < lineEnd && SIETokenizer.isBlank(buffer[first]) { first += 1 }
                if first < lineEnd && buffer[first] == UInt8(ascii: "#"), (try? tokenizer.tokenize(buffer, start: first, end: lineEnd)) != nil {
                    checksum.add(record: tokenizer, in: buffer)
                }
                lineStart = next
            }
        }
        return checksum.value
    }
}
