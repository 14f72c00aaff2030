import Foundation

/// The folder's tables, as a director saves them from a spreadsheet: `;` or `,` separated
/// (whichever the header uses), optional double quotes, `#` comment lines, one header row.
/// Every row keeps its line, and must have exactly as many cells as the header, or the file
/// is refused: a missing cell would otherwise move every figure after it to the wrong column.
struct CSVTable {
    struct Row {
        let line: Int
        /// The cells in column order.
        let values: [String]
        /// The cells by (lower-cased) column name.
        let cells: [String: String]
        /// For a sheet of a workbook: each column's cell, "Budget!B7".
        var cellNames: [String]? = nil
    }

    let file: String
    let header: [String]
    /// The header's cells as written (`header` is lower-cased for matching): for printing.
    var displayHeader: [String] = []
    let rows: [Row]

    /// A csv file, or the sheet `sheet` of an .xlsx workbook (`sheetLocation`: where
    /// rapport.yaml names the sheet, or else the file, so that a workbook of several sheets
    /// and no `blad` is refused at the line to change). A workbook's only sheet needs no
    /// name; a csv file has no sheets.
    static func load(path: String, displayName: String, sheet: String? = nil, sheetLocation: SourceLocation? = nil) throws -> CSVTable {
        if SpreadsheetTable.isWorkbook(displayName) || SpreadsheetTable.isWorkbook(path: path) {
            return try SpreadsheetTable.load(path: path, displayName: displayName, sheet: sheet, sheetLocation: sheetLocation)
        }
        if sheet != nil, let sheetLocation {
            throw InputError("\(displayName) är en csv-fil och har inga blad; ta bort \"blad\" eller ange en xlsx-arbetsbok.", at: sheetLocation)
        }
        return try parse(InputFile.spreadsheetText(path: path, displayName: displayName), file: displayName)
    }

    static func parse(_ text: String, file: String) throws -> CSVTable {
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
        var header: [String]?
        var displayHeader: [String] = []
        var separator: Character = ";"
        var rows: [Row] = []
        for (index, raw) in lines.enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let columns = header else {
                separator = try detectSeparator(line, file: file, line: index + 1)
                displayHeader = split(line, separator)
                header = displayHeader.map { $0.lowercased() }
                continue
            }
            let cells = split(line, separator)
            guard cells.count == columns.count else {
                let field = cells.count < columns.count ? columns[cells.count] : nil
                throw InputError("Raden har \(cells.count) celler men rubrikraden har \(columns.count) (\(columns.joined(separator: ", "))).",
                                 file: file, line: index + 1, field: field)
            }
            rows.append(Row(line: index + 1, values: cells,
                            cells: Dictionary(zip(columns, cells), uniquingKeysWith: { first, _ in first })))
        }
        guard let columns = header else { throw InputError("Filen har ingen rubrikrad.", file: file) }
        return CSVTable(file: file, header: columns, displayHeader: displayHeader, rows: rows)
    }

    // MARK: columns

    func requireColumns(_ names: [String]) throws {
        for name in names where !header.contains(name) {
            throw InputError("Kolumnen \"\(name)\" saknas (rubrikraden har \(header.joined(separator: ", "))).", file: file, line: 1)
        }
    }

    /// The column's index, or an error naming the column the file must have.
    func column(_ name: String) throws -> Int {
        guard let index = header.firstIndex(of: name) else {
            throw InputError("Kolumnen \"\(name)\" saknas i rubrikraden.", file: file, line: nil, field: name)
        }
        return index
    }

    func location(_ row: Row, _ column: Int) -> SourceLocation {
        SourceLocation(file: file, line: row.line, field: header[column], cell: row.cellNames?[column])
    }

    /// The cell of `row` in the column called `name` (the row alone when there is no such column).
    func location(_ row: Row, _ name: String) -> SourceLocation {
        guard let column = header.firstIndex(of: name) else { return SourceLocation(file: file, line: row.line, field: name) }
        return location(row, column)
    }

    // MARK: cells by name

    func int(_ row: Row, _ column: String) throws -> Int {
        let text = (row.cells[column] ?? "").replacingOccurrences(of: " ", with: "")
        guard let value = Int(text) else {
            throw InputError("Ska vara ett heltal, men är \"\(text)\".", at: location(row, column))
        }
        return value
    }

    func money(_ row: Row, _ column: String) throws -> Money {
        let text = (row.cells[column] ?? "").replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "\u{00A0}", with: "")
        guard let value = try? Money.parse(text) else {
            throw InputError("Ska vara ett belopp i kronor, men är \"\(text)\".", at: location(row, column))
        }
        return value
    }

    // MARK: cells by index

    /// A count of people: a whole number, 0 or more.
    func count(_ row: Row, _ column: Int) throws -> Int {
        let text = row.values[column].replacingOccurrences(of: " ", with: "")
        guard let value = Int(text), value >= 0 else {
            throw InputError("Ska vara ett antal (heltal, 0 eller mer), men är \"\(row.values[column])\".", at: location(row, column))
        }
        return value
    }

    /// "2017-04" or "201704"; also "2017-04-01", the first of the month, which is how a
    /// workbook's date cell holds a month when its format shows the day.
    func month(_ row: Row, _ column: Int) throws -> YearMonth {
        var written = row.values[column]
        if written.count == 10, written.hasSuffix("-01") { written.removeLast(3) }
        let text = written.replacingOccurrences(of: "-", with: "")
        guard let month = YearMonth(compact: text[...]) else {
            throw InputError("Ska vara en månad som 2017-04, men är \"\(row.values[column])\".", at: location(row, column))
        }
        return month
    }

    /// `;` (Excel's Swedish default) or `,`, whichever the header row uses outside quotes;
    /// a tab or no separator at all is refused with its name.
    static func detectSeparator(_ header: String, file: String, line: Int) throws -> Character {
        var counts: [Character: Int] = [:]
        var quoted = false
        for character in header {
            if character == "\"" { quoted.toggle() } else if !quoted { counts[character, default: 0] += 1 }
        }
        let semicolons = counts[";"] ?? 0, commas = counts[","] ?? 0
        if semicolons > 0 || commas > 0 { return semicolons >= commas ? ";" : "," }
        if (counts["\t"] ?? 0) > 0 {
            throw InputError("Rubrikraden är avgränsad med tabbtecken. Spara filen som csv med semikolon (;) eller komma (,) mellan kolumnerna.",
                             file: file, line: line)
        }
        throw InputError("Rubrikraden \"\(header.prefix(60))\" har ingen avgränsare: kolumnerna ska skiljas med semikolon (;) eller komma (,).",
                         file: file, line: line)
    }

    /// One row's cells; a quoted cell may hold the separator, and "" inside it is a quote.
    private static func split(_ line: String, _ separator: Character) -> [String] {
        var cells: [String] = []
        var current = ""
        var quoted = false
        var previousWasQuote = false
        for character in line {
            if character == "\"" {
                if !quoted && previousWasQuote { current.append("\"") }
                quoted.toggle()
                previousWasQuote = true
                continue
            }
            previousWasQuote = false
            if character == separator && !quoted {
                cells.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
            } else { current.append(character) }
        }
        cells.append(current.trimmingCharacters(in: .whitespaces))
        return cells
    }
}
