/// Character properties at table speed for the characters of Swedish text. `Character`'s
/// own `isLetter`, `isUppercase` and `isNumber` look up Unicode data (some hundred
/// instructions each), and hyphenation asks them of every letter of every new word. A
/// character that is one scalar below U+0100 is answered from a table the standard library
/// itself filled in, so the answer is always the library's; anything else is asked directly.
enum LatinCharacterClass {
    private struct Properties: OptionSet {
        let rawValue: UInt8
        static let letter = Properties(rawValue: 1)
        static let uppercase = Properties(rawValue: 2)
        static let number = Properties(rawValue: 4)
    }

    private static let table: [Properties] = (0..<256).map { value in
        let character = Character(Unicode.Scalar(UInt8(value)))
        var properties: Properties = []
        if character.isLetter { properties.insert(.letter) }
        if character.isUppercase { properties.insert(.uppercase) }
        if character.isNumber { properties.insert(.number) }
        return properties
    }

    /// The code point of a character that is a single scalar below U+0100 (read off its
    /// UTF-8: one byte below 0x80, or 0xC2/0xC3 and one continuation byte); nil otherwise.
    /// Such a character equals a one-scalar literal exactly when the code points are equal:
    /// these scalars are their own canonical forms.
    @inline(__always)
    static func latin1(_ character: Character) -> UInt8? {
        var bytes = character.utf8.makeIterator()
        guard let first = bytes.next() else { return nil }
        if first < 0x80 { return bytes.next() == nil ? first : nil }
        guard first == 0xC2 || first == 0xC3, let second = bytes.next(), bytes.next() == nil else { return nil }
        return (first & 0x03) << 6 | (second & 0x3F)
    }

    static func isLetter(_ character: Character) -> Bool {
        if let value = latin1(character) { return table[Int(value)].contains(.letter) }
        return character.isLetter
    }

    static func isUppercase(_ character: Character) -> Bool {
        if let value = latin1(character) { return table[Int(value)].contains(.uppercase) }
        return character.isUppercase
    }

    static func isNumber(_ character: Character) -> Bool {
        if let value = latin1(character) { return table[Int(value)].contains(.number) }
        return character.isNumber
    }

    /// `character == Character(Unicode.Scalar(ascii))` for an ASCII `ascii`, without a string comparison.
    @inline(__always)
    static func isASCII(_ character: Character, _ ascii: UInt8) -> Bool {
        if let value = latin1(character) { return value == ascii }
        return character == Character(Unicode.Scalar(ascii))
    }
}

extension String {
    /// A string of these characters, appended one by one (the generic initialiser goes
    /// through dynamic casts for each call).
    init(characters: some Collection<Character>) {
        self.init()
        for character in characters { append(character) }
    }
}
