/// Bytes of a SIE file being written: records of fields, text encoded in the chosen
/// encoding, strings quoted with `\"` and `\\` escaped, lines ended with CR LF.
struct SIEOutput {
    let encoding: SIEEncoding
    private(set) var bytes: [UInt8] = []

    init(encoding: SIEEncoding, capacity: Int = 4096) {
        self.encoding = encoding
        bytes.reserveCapacity(capacity)
    }

    mutating func label(_ label: String) { bytes.append(contentsOf: label.utf8) }

    mutating func endLine() { bytes.append(0x0D); bytes.append(0x0A) }

    mutating func line(_ text: String) { label(text); endLine() }

    /// A field that is written bare when it can be, quoted when it must.
    mutating func field(_ text: String) {
        let needsQuotes = text.isEmpty || text.utf8.contains { byte in
            byte == 0x20 || byte == 0x09 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "{")
                || byte == UInt8(ascii: "}") || byte == UInt8(ascii: "\\") || byte < 0x20
        }
        needsQuotes ? quoted(text) : plain(text)
    }

    mutating func optionalField(_ text: String?) { field(text ?? "") }

    mutating func plain(_ text: String) {
        bytes.append(0x20)
        append(text)
    }

    mutating func quoted(_ text: String) {
        bytes.append(0x20)
        bytes.append(UInt8(ascii: "\""))
        append(text, escaping: true)
        bytes.append(UInt8(ascii: "\""))
    }

    mutating func number(_ value: Int) { plain(String(value)) }

    mutating func amount(_ money: Money) { plain(money.decimalString) }

    mutating func date(_ date: CalendarDate) { plain(date.compact) }

    mutating func optionalDate(_ date: CalendarDate?) {
        if let date { plain(date.compact) } else { quoted("") }
    }

    mutating func objects(_ refs: [ObjectRef]) {
        bytes.append(0x20)
        bytes.append(UInt8(ascii: "{"))
        for (index, ref) in refs.enumerated() {
            if index > 0 { bytes.append(0x20) }
            append(String(ref.dimension))
            quoted(ref.id)
        }
        bytes.append(UInt8(ascii: "}"))
    }


    /// Appends text in the output encoding. Characters the code page lacks become "?",
    /// line breaks and other control characters a space (a record is one line).
    private mutating func append(_ text: String, escaping: Bool = false) {
        for scalar in text.unicodeScalars {
            if scalar.value < 0x20 || scalar.value == 0x7F {
                bytes.append(0x20)
                continue
            }
            if escaping && (scalar == "\"" || scalar == "\\") { bytes.append(UInt8(ascii: "\\")) }
            switch encoding {
            case .utf8: bytes.append(contentsOf: String(scalar).utf8)
            case .pc8, .windows1252:
                bytes.append(SIECodePages.byte(for: scalar, pc8: encoding == .pc8) ?? UInt8(ascii: "?"))
            }
        }
    }
}
