/// Swedish typography for the office's own prose, in one place, applied to what the Markdown
/// reader returns (`docs/typografi.md` lists the rules for the people who write the texts):
/// - a range between figures takes an en dash without spaces: "16 - 64", "16-64", "16 – 64" → "16–64";
/// - a percent sign stands after a no-break space: "29%", "29 %" → "29 %";
/// - a whole number before a unit (kr, tkr, mkr, kronor) or of five digits or more is grouped
///   in thousands with the narrow no-break space: "2000 tkr" → "2 000 tkr", "114001" → "114 001".
/// Dates (2024-12-31), organisation numbers (222000-1891), telephone numbers (033-35 71 00),
/// years standing alone (2024), decimals and figures filled in from the books are left as they are.
public enum ProseTypography {
    public static func normalised(_ blocks: [ProseBlock]) -> [ProseBlock] {
        blocks.map(normalised)
    }

    static func normalised(_ block: ProseBlock) -> ProseBlock {
        var block = block
        block.runs = block.runs.map(normalised)
        block.items = block.items?.map { $0.map(normalised) }
        block.children = block.children?.map(normalised)
        if var table = block.table {
            table.header = table.header.map { $0.map(normalised) }
            table.rows = table.rows.map { $0.map { $0.map(normalised) } }
            block.table = table
        }
        return block
    }

    static func normalised(_ run: InlineRun) -> InlineRun {
        // Only ASCII digits start a rule (NumberTokens), so a run without one stays as it is.
        guard run.figure == nil, run.text.utf8.contains(where: NumberTokens.isDigit) else { return run }
        var run = run
        run.text = normalised(run.text)
        return run
    }

    /// The three rules over one run of text, in order: ranges, percentages, thousands.
    public static func normalised(_ text: String) -> String {
        var tokens = NumberTokens(text)
        tokens.joinRanges()
        tokens.bindPercentages()
        tokens.groupThousands()
        return tokens.text
    }
}

/// A text cut into digit runs and the characters between them, so the rules can look at a
/// figure's neighbours without regular expressions.
struct NumberTokens {
    private(set) var parts: [String] = []

    init(_ text: String) {
        let bytes = Array(text.utf8)
        guard let cuts = Self.byteCuts(bytes) else {
            parts = Self.characterParts(text)
            return
        }
        parts = zip(cuts.dropLast(), cuts.dropFirst()).map { String(decoding: bytes[$0..<$1], as: UTF8.self) }
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// Where the digit runs start and end, as byte offsets (0 and the end included), or nil
    /// when a digit touches a non-ASCII scalar: such a digit may be part of a larger
    /// character ("1\u{301}", "\u{600}1"), which only the character path can tell. An ASCII
    /// digit next to ASCII is always a character of its own, so the cuts are those of
    /// `characterParts`.
    private static func byteCuts(_ bytes: [UInt8]) -> [Int]? {
        var cuts = [0]
        var inDigits = false
        for (offset, byte) in bytes.enumerated() {
            let digit = isDigit(byte)
            if digit, offset > 0, bytes[offset - 1] >= 0x80 { return nil }
            if digit, offset + 1 < bytes.count, bytes[offset + 1] >= 0x80 { return nil }
            if digit != inDigits, offset > 0 { cuts.append(offset) }
            inDigits = digit
        }
        if !bytes.isEmpty { cuts.append(bytes.count) }
        return cuts
    }

    /// The same cut by characters: a digit is a character that is one ASCII digit.
    private static func characterParts(_ text: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var inDigits = false
        for character in text {
            let digit = character.isASCII && character.isNumber
            if digit != inDigits, !current.isEmpty { parts.append(current); current = "" }
            inDigits = digit
            current.append(character)
        }
        if !current.isEmpty { parts.append(current) }
        return parts
    }

    var text: String { parts.joined() }

    private func isDigits(_ index: Int) -> Bool {
        index >= 0 && index < parts.count && parts[index].first.map { $0.isASCII && $0.isNumber } == true
    }

    /// "16 - 64", "16-64", "16 – 64" → "16–64": a dash between two whole numbers that are not
    /// part of a date, an organisation number, a telephone number or a decimal.
    mutating func joinRanges() {
        var index = 1
        while index + 1 < parts.count {
            let between = parts[index]
            let bare = between.trimmingCharacters(in: .whitespaces)
            let spacing = between.count == 1 || between.hasPrefix(" ") && between.hasSuffix(" ")
            guard isDigits(index - 1), isDigits(index + 1), bare == "-" || bare == "\u{2013}", spacing else { index += 1; continue }
            let left = parts[index - 1], right = parts[index + 1]
            let partOfLonger = isJoined(before: index - 1) || isJoined(after: index + 1)
            if left.count <= 4, right.count <= 4, !left.hasPrefix("0"), !partOfLonger, (Int(left) ?? 0) < (Int(right) ?? 0) {
                parts[index] = "\u{2013}"
            }
            index += 2
        }
    }

    /// The number continues into a date, a decimal or a code: "2024-12-31", "3,5-4", "222000-1891".
    private func isJoined(before index: Int) -> Bool {
        guard index > 0, let last = parts[index - 1].last else { return false }
        return "-–,.:/".contains(last)
    }

    private func isJoined(after index: Int) -> Bool {
        guard index + 1 < parts.count, let first = parts[index + 1].first else { return false }
        return "-–,.:/".contains(first) && parts[index + 1].count == 1 && isDigits(index + 2)
    }

    /// "29%", "29 %" → "29 %" (no-break space).
    mutating func bindPercentages() {
        for index in parts.indices.dropFirst() where isDigits(index - 1) {
            if parts[index].hasPrefix("%") {
                parts[index] = "\u{00A0}" + parts[index]
            } else if parts[index].hasPrefix(" %") {
                parts[index] = "\u{00A0}" + parts[index].dropFirst()
            }
        }
    }

    private static let units: Set<String> = ["kr", "tkr", "mkr", "mnkr", "kronor", "miljoner", "tusen"]

    /// "2000 tkr" → "2 000 tkr"; "114001" → "114 001". Not a decimal's digits, a date's, a
    /// code's or a number already grouped ("2 000").
    mutating func groupThousands() {
        for index in parts.indices where isDigits(index) {
            let digits = parts[index]
            guard digits.count >= 4, !isJoined(before: index), !isJoinedAfter(index), !continuesGroup(index) else { continue }
            let beforeUnit = index + 1 < parts.count && Self.unitFollows(parts[index + 1])
            guard digits.count >= 5 || beforeUnit else { continue }
            parts[index] = Self.grouped(digits)
        }
    }

    private func isJoinedAfter(_ index: Int) -> Bool {
        guard index + 1 < parts.count, let first = parts[index + 1].first else { return false }
        return "-–,.:/".contains(first) && isDigits(index + 2)
    }

    /// Already grouped with a space or its neighbour is a group: "2 000", "22 704 789".
    private func continuesGroup(_ index: Int) -> Bool {
        let separators: Set<String> = [" ", "\u{00A0}", "\u{202F}"]
        let before = index >= 2 && separators.contains(parts[index - 1]) && isDigits(index - 2) && parts[index - 2].count <= 3
        let after = index + 2 < parts.count && separators.contains(parts[index + 1]) && isDigits(index + 2) && parts[index + 2].count == 3
        return before || after
    }

    private static func unitFollows(_ between: String) -> Bool {
        guard between.first == " " || between.first == "\u{00A0}" else { return false }
        let word = between.dropFirst().prefix { $0.isLetter }
        return units.contains(String(word))
    }

    static func grouped(_ digits: String) -> String {
        var result = ""
        for (offset, character) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { result.append(SwedishNumberFormat.thousandsSeparator) }
            result.append(character)
        }
        return result
    }
}
