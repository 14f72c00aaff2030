import Foundation

/// A text's letters as `TextRules` compares them: NFKC (a ligature glyph "ﬁ" is "fi"),
/// then without white space. NFKC of a whole page's text costs thousands of instructions
/// per character, so the text is cut before every ASCII scalar, where normalization may
/// split it (an ASCII scalar is its own normal form, starts a segment and composes with
/// nothing before it): a piece of only ASCII and scalars that are their own normal forms
/// (`isOwnNormalForm`) is taken as it is, and only the other pieces are normalized.
enum CompatibilityLetters {
    static func of(_ text: String) -> [Unicode.Scalar] {
        let scalars = Array(text.unicodeScalars)
        var letters: [Unicode.Scalar] = []
        letters.reserveCapacity(scalars.count)
        // The piece that starts at the last ASCII scalar, and where its letters start.
        var pieceStart = 0, lettersOfPiece = 0
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar.isASCII {
                pieceStart = index
                lettersOfPiece = letters.count
            }
            if scalar.isASCII || isOwnNormalForm(scalar) {
                if !isWhitespace(scalar) { letters.append(scalar) }
                index += 1
                continue
            }
            // The piece needs NFKC: from its start to the next ASCII scalar, again.
            var end = index + 1
            while end < scalars.count, !scalars[end].isASCII { end += 1 }
            letters.removeSubrange(lettersOfPiece...)
            var piece = String.UnicodeScalarView()
            piece.append(contentsOf: scalars[pieceStart..<end])
            letters.append(contentsOf: String(piece).precomposedStringWithCompatibilityMapping.unicodeScalars.lazy.filter { !isWhitespace($0) })
            index = end
        }
        return letters
    }

    /// Scalars NFKC leaves as they are and that compose with nothing before them, so
    /// alone they need no normalization: the Latin-1 letters and the punctuation a report
    /// is full of (dashes, the minus sign, quotes, the bullet, § and °). White space is
    /// here too: NFKC makes it white space (a no-break space a space), and it is dropped.
    private static func isOwnNormalForm(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xC0...0xFF, 0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2212, 0xA7, 0xA9, 0xAB, 0xB0, 0xBB: return true
        case 0xA0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// Unicode's White_Space, without a property lookup for ASCII, Latin-1 letters and
    /// the spaces a report uses.
    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 9...13, 32, 0xA0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return true
        case 0..<0x80, 0xC0...0xFF: return false
        default: return scalar.properties.isWhitespace
        }
    }
}
