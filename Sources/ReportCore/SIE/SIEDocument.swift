/// A SIE file as read: the books, the encoding the text was decoded with, the records
/// that were skipped and the non-fatal problems found while reading.
public struct SIEDocument: Equatable, Sendable {
    public var books: Books
    public var fileName: String
    public var encoding: SIEEncoding
    /// True when the encoding was not declared by the file (or contradicted #FORMAT) and
    /// had to be inferred from the bytes; `findings` then carries a warning saying so.
    public var encodingWasGuessed: Bool
    /// Records the reader does not use (unknown labels, #PROSA, #BKOD, …), in file order.
    public var skippedRecords: [SkippedRecord]
    /// Non-fatal problems found while reading: a #KSUMMA mismatch, the encoding guess.
    public var findings: [Finding]

    public init(books: Books, fileName: String, encoding: SIEEncoding, encodingWasGuessed: Bool = false,
                skippedRecords: [SkippedRecord] = [], findings: [Finding] = []) {
        self.books = books
        self.fileName = fileName
        self.encoding = encoding
        self.encodingWasGuessed = encodingWasGuessed
        self.skippedRecords = skippedRecords
        self.findings = findings
    }
}

/// A record the reader skipped, as the format asks readers to do with labels they do
/// not know.
public struct SkippedRecord: Equatable, Hashable, Sendable {
    public var label: String
    public var line: Int

    public init(label: String, line: Int) {
        self.label = label
        self.line = line
    }
}
