/// One tokenized record with typed accessors for its fields. Every accessor that fails
/// throws an `InputError` naming file, line, field, what was expected and what was found.
struct SIERecord {
    let bytes: UnsafeBufferPointer<UInt8>
    let tokens: SIETokenizer
    let decoder: SIETextDecoder
    let fileName: String
    let line: Int
    let label: String

    var fieldCount: Int { tokens.fields.count }

    /// 1-based, as the messages count.
    func has(_ number: Int) -> Bool { number <= tokens.fields.count }

    private func field(_ number: Int, _ name: String, expected: String) throws -> SIEField {
        guard number <= tokens.fields.count else {
            throw failure(number, name, "\(label) på rad \(line) saknar fält \(number) (\(name)): där ska stå \(expected)")
        }
        return tokens.fields[number - 1]
    }

    func failure(_ number: Int, _ name: String, _ message: String) -> InputError {
        InputError(message, file: fileName, line: line, field: name)
    }

    func wrong(_ number: Int, _ name: String, expected: String, _ field: SIEField) -> InputError {
        failure(number, name, "\(label) fält \(number) (\(name)) ska vara \(expected), men är \(shown(field))")
    }

    /// The field as the user wrote it, quoted, for messages.
    func shown(_ field: SIEField) -> String {
        let text = decoder.string(bytes, start: field.start, end: field.end, unescape: false)
        if field.kind == .list { return text }
        return "\"" + (text.count > 40 ? String(text.prefix(40)) + "…" : text) + "\""
    }

    func text(_ number: Int, _ name: String) throws -> String {
        let field = try field(number, name, expected: "en text")
        guard field.kind != .list else { throw wrong(number, name, expected: "en text", field) }
        return decoder.string(bytes, field)
    }

    /// An optional text field: nil when absent or empty (`""`).
    func optionalText(_ number: Int, _ name: String) throws -> String? {
        guard has(number) else { return nil }
        let field = tokens.fields[number - 1]
        guard field.kind != .list else { throw wrong(number, name, expected: "en text", field) }
        return field.isEmpty ? nil : decoder.string(bytes, field)
    }

    func integer(_ number: Int, _ name: String) throws -> Int {
        let field = try field(number, name, expected: "ett heltal")
        guard field.kind != .list, let value = SIENumbers.integer(bytes, start: field.start, end: field.end),
              let result = Int(exactly: value), abs(result) <= 1_000_000_000 else {
            throw wrong(number, name, expected: "ett heltal", field)
        }
        return result
    }

    /// A year index: 0 for this year, −1 for last year, and so on.
    func yearIndex(_ number: Int) throws -> Int {
        let field = try field(number, "årsnr", expected: "ett årsnummer (0, -1, …)")
        guard field.kind != .list, let value = SIENumbers.integer(bytes, start: field.start, end: field.end),
              (-99...0).contains(value) else {
            throw wrong(number, "årsnr", expected: "ett årsnummer (0 för i år, -1 för i fjol, …)", field)
        }
        return Int(value)
    }

    func account(_ number: Int) throws -> String {
        let field = try field(number, "kontonr", expected: "ett kontonummer")
        guard field.kind != .list, SIENumbers.isDigits(bytes, start: field.start, end: field.end),
              field.end - field.start <= 20 else {
            throw wrong(number, "kontonr", expected: "ett kontonummer (siffror, t.ex. 1930)", field)
        }
        return decoder.string(bytes, field)
    }

    func amount(_ number: Int, _ name: String) throws -> Money {
        let expected = "ett belopp med högst två decimaler (t.ex. -1234.50)"
        let field = try field(number, name, expected: expected)
        guard field.kind != .list else { throw wrong(number, name, expected: expected, field) }
        switch SIENumbers.amount(bytes, start: field.start, end: field.end) {
        case .value(let money): return money
        case .tooManyDecimals:
            throw failure(number, name, "\(label) fält \(number) (\(name)) har fler än två decimaler: \(shown(field)); belopp anges i kronor med högst två decimaler")
        case .tooLarge:
            throw failure(number, name, "\(label) fält \(number) (\(name)) är för stort: \(shown(field)); största belopp som läses är 999 999 999 999,99 kr")
        case .malformed: throw wrong(number, name, expected: expected, field)
        }
    }

    func date(_ number: Int, _ name: String) throws -> CalendarDate {
        let field = try field(number, name, expected: "ett datum ÅÅÅÅMMDD")
        guard field.kind != .list, let date = SIENumbers.date(bytes, start: field.start, end: field.end) else {
            throw wrong(number, name, expected: "ett datum som finns, skrivet ÅÅÅÅMMDD (t.ex. 20240305)", field)
        }
        return date
    }

    /// An optional date: nil when absent or empty.
    func optionalDate(_ number: Int, _ name: String) throws -> CalendarDate? {
        guard has(number), !tokens.fields[number - 1].isEmpty else { return nil }
        return try date(number, name)
    }

    func period(_ number: Int) throws -> YearMonth {
        let field = try field(number, "period", expected: "en period ÅÅÅÅMM")
        guard field.kind != .list, let period = SIENumbers.period(bytes, start: field.start, end: field.end) else {
            throw wrong(number, "period", expected: "en period skriven ÅÅÅÅMM (t.ex. 202404)", field)
        }
        return period
    }

    /// An object list `{dimension "object" …}`; `{}` is the empty list.
    func objects(_ number: Int) throws -> [ObjectRef] {
        let expected = "en objektlista, t.ex. {} eller {1 \"3001\"}"
        let field = try field(number, "objektlista", expected: expected)
        guard field.kind == .list else { throw wrong(number, "objektlista", expected: expected, field) }
        let count = field.itemEnd - field.itemStart
        if count == 0 { return [] }
        guard count % 2 == 0 else {
            throw failure(number, "objektlista", "\(label) fält \(number) (objektlista) ska bestå av par av dimension och objekt, men är \(shown(field))")
        }
        var result: [ObjectRef] = []
        result.reserveCapacity(count / 2)
        var index = field.itemStart
        while index < field.itemEnd {
            let dimension = tokens.items[index]
            let object = tokens.items[index + 1]
            guard let value = SIENumbers.integer(bytes, start: dimension.start, end: dimension.end),
                  (1...9999).contains(value), !object.isEmpty else {
                throw failure(number, "objektlista", "\(label) fält \(number) (objektlista) ska bestå av par av dimensionsnummer och objektnummer, men är \(shown(field))")
            }
            result.append(ObjectRef(dimension: Int(value), id: decoder.string(bytes, object)))
            index += 2
        }
        return result
    }
}
