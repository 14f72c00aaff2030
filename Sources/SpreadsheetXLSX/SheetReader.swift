/// Turns a worksheet's `<row>` elements into rows of typed cells.
struct SheetReader {
    let sheet: String
    let sharedStrings: [String]
    let styles: XLSXStyles
    let system1904: Bool

    func rows(_ elements: [XMLElement]) throws -> [XLSXRow] {
        var rows: [XLSXRow] = [], previous = 0
        for element in elements {
            // Excel always writes r; without it a row follows the one before.
            let number = element.attribute("r").flatMap(Int.init) ?? previous + 1
            previous = number
            var cells: [XLSXCell] = [], column = 0
            for cell in element.all("c") {
                let place = cell.attribute("r").flatMap(CellReference.parse)
                column = place?.column ?? column + 1
                let reference = CellReference.letters(column) + String(number)
                guard let value = try value(cell, reference: reference) else { continue }
                cells.append(XLSXCell(reference: reference, column: column, value: value))
            }
            if !cells.isEmpty { rows.append(XLSXRow(number: number, cells: cells)) }
        }
        return rows
    }

    /// The cell's value by its type `t`; nil for an empty cell (a style only).
    private func value(_ cell: XMLElement, reference: String) throws -> XLSXValue? {
        let raw = cell.child("v")?.text
        switch cell.attribute("t") ?? "n" {
        case "s":
            guard let raw, let index = Int(raw.trimmingCharacters(in: .whitespaces)), sharedStrings.indices.contains(index) else {
                throw XLSXError("Cellen pekar på en delad text som inte finns (\"\(raw ?? "")\"); arbetsboken är skadad.", cell: "\(sheet)!\(reference)")
            }
            return .text(sharedStrings[index])
        case "inlineStr":
            return cell.child("is").map { .text(XLSXWorkbook.richText($0)) }
        case "str":
            return raw.map(XLSXValue.text)
        case "b":
            return raw.map { .boolean($0 == "1") }
        case "e":
            return .error(raw ?? "#N/A")
        case "d":
            return try raw.map { try isoDate($0, reference: reference) }
        default:
            guard let raw, !raw.isEmpty else { return nil }
            let format = styles.dateFormat(cell.attribute("s").flatMap(Int.init) ?? 0)
            guard format.isDate else { return .number(raw) }
            guard let date = ExcelDates.date(serial: raw, system1904: system1904) else { return .invalidDate(serial: raw) }
            return .date(year: date.year, month: date.month, day: date.day, hasDay: format.hasDay)
        }
    }

    /// `t="d"`: an ISO 8601 date, written by some programs other than Excel.
    private func isoDate(_ text: String, reference: String) throws -> XLSXValue {
        let parts = text.prefix(10).split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { throw XLSXError("Datumet \"\(text)\" kan inte läsas.", cell: "\(sheet)!\(reference)") }
        return .date(year: parts[0], month: parts[1], day: parts[2], hasDay: true)
    }
}
