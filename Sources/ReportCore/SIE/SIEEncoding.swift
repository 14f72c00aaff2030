/// The character encodings a SIE file arrives in. The format itself knows only
/// `#FORMAT PC8` (IBM code page 437); real exports also come as UTF-8 or Windows-1252.
public enum SIEEncoding: String, Equatable, Hashable, Sendable, CaseIterable {
    case pc8
    case utf8
    case windows1252

    /// How the encoding is named to the user.
    public var displayName: String {
        switch self {
        case .pc8: return "PC8 (IBM-teckentabell 437)"
        case .utf8: return "UTF-8"
        case .windows1252: return "Windows-1252 (Latin-1)"
        }
    }
}

/// The outcome of looking at a file's bytes: which encoding to decode with, whether
/// that was a guess, and where the content starts (after a byte-order mark).
struct SIEEncodingDecision: Equatable {
    var encoding: SIEEncoding
    var wasGuessed: Bool
    var contentStart: Int
    /// A Swedish note for the user when the encoding was guessed or overrides #FORMAT.
    var note: String?
}

/// Detects the encoding without ever choosing one that would garble the text: UTF-8
/// only when every byte sequence is valid UTF-8; otherwise the single-byte code page
/// in which the file's non-ASCII bytes look like Swedish letters.
enum SIEEncodingDetector {
    static func detect(_ bytes: [UInt8], declaresPC8: Bool) -> SIEEncodingDecision {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            return SIEEncodingDecision(encoding: .utf8, wasGuessed: false, contentStart: 3, note: nil)
        }
        let scan = scanUTF8(bytes)
        if !scan.hasNonASCII {
            return SIEEncodingDecision(encoding: declaresPC8 ? .pc8 : .utf8, wasGuessed: false, contentStart: 0, note: nil)
        }
        if scan.isValid {
            let note = declaresPC8
                ? "Filen anger #FORMAT PC8 men är giltig UTF-8; den lästes som UTF-8."
                : "Filen anger ingen teckenkodning (#FORMAT saknas); den lästes som UTF-8."
            return SIEEncodingDecision(encoding: .utf8, wasGuessed: true, contentStart: 0, note: note)
        }
        return decideSingleByte(bytes, declaresPC8: declaresPC8)
    }

    private static func decideSingleByte(_ bytes: [UInt8], declaresPC8: Bool) -> SIEEncodingDecision {
        let (pc8Score, windowsScore) = swedishLetterScores(bytes)
        if declaresPC8 && pc8Score >= windowsScore {
            return SIEEncodingDecision(encoding: .pc8, wasGuessed: false, contentStart: 0, note: nil)
        }
        if declaresPC8 {
            return SIEEncodingDecision(
                encoding: .windows1252, wasGuessed: true, contentStart: 0,
                note: "Filen anger #FORMAT PC8 men dess å, ä och ö är skrivna som i Windows-1252; den lästes som Windows-1252.")
        }
        let encoding: SIEEncoding = pc8Score >= windowsScore ? .pc8 : .windows1252
        return SIEEncodingDecision(
            encoding: encoding, wasGuessed: true, contentStart: 0,
            note: "Filen anger ingen teckenkodning (#FORMAT saknas); den lästes som \(encoding.displayName) efter hur å, ä och ö ser ut.")
    }

    /// Counts bytes that are Swedish letters in each code page (å ä ö Å Ä Ö é ü).
    private static func swedishLetterScores(_ bytes: [UInt8]) -> (pc8: Int, windows: Int) {
        var pc8 = 0
        var windows = 0
        for byte in bytes where byte >= 0x80 {
            switch byte {
            case 0x86, 0x84, 0x94, 0x8F, 0x8E, 0x99, 0x82, 0x81: pc8 += 1
            case 0xE5, 0xE4, 0xF6, 0xC5, 0xC4, 0xD6, 0xE9, 0xFC: windows += 1
            default: break
            }
        }
        return (pc8, windows)
    }

    /// Whether the bytes are well-formed UTF-8 (no overlongs, no surrogates, ≤ U+10FFFF).
    static func scanUTF8(_ bytes: [UInt8]) -> (isValid: Bool, hasNonASCII: Bool) {
        var index = 0
        var hasNonASCII = false
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 { index += 1; continue }
            hasNonASCII = true
            let length: Int
            var lower: UInt8 = 0x80
            var upper: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; upper = 0x9F
            case 0xF0: length = 4; lower = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; upper = 0x8F
            default: return (false, true)
            }
            guard index + length <= count else { return (false, true) }
            let second = bytes[index + 1]
            guard second >= lower && second <= upper else { return (false, true) }
            var offset = 2
            while offset < length {
                guard bytes[index + offset] & 0xC0 == 0x80 else { return (false, true) }
                offset += 1
            }
            index += length
        }
        return (true, hasNonASCII)
    }
}
