import Foundation

/// A table file as a director saves it from a spreadsheet: cells separated by semicolons
/// (the Swedish csv), one header row, lines starting with `#` are comments. Every row must
/// have exactly as many cells as the header, or the file is refused: a missing cell would
/// otherwise move every figure after it to the wrong column.
struct SemicolonTable {
    struct Row {
        let cells: [String]
        let line: Int
    }

    let file: String
    let header: [String]
    let rows: [Row]

    static func load(path: String, displayName: String) throws -> SemicolonTable {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw InputError("Filen saknas eller kan inte läsas som UTF-8.", file: displayName)
        }
        return try parse(text, file: displayName)
    }

    static func parse(_ text: String, file: String) throws -> SemicolonTable {
        var header: [String]?
        var rows: [Row] = []
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
        for (offset, raw) in lines.enumerated() {
            let trimmed = raw.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let cells = raw.split(separator: ";", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard let names = header else {
                header = cells
                continue
            }
            guard cells.count == names.count else {
                let field = cells.count < names.count ? names[cells.count] : nil
                throw InputError("Raden har \(cells.count) celler men rubrikraden har \(names.count) (\(names.joined(separator: ", "))).",
                                 file: file, line: offset + 1, field: field)
            }
            rows.append(Row(cells: cells, line: offset + 1))
        }
        guard let header else { throw InputError("Filen har ingen rubrikrad.", file: file) }
        return SemicolonTable(file: file, header: header, rows: rows)
    }

    /// The column's index, or an error naming the columns the file must have.
    func column(_ name: String) throws -> Int {
        guard let index = header.firstIndex(of: name) else {
            throw InputError("Kolumnen \"\(name)\" saknas i rubrikraden.", file: file, line: nil, field: name)
        }
        return index
    }

    func location(_ row: Row, _ column: Int) -> SourceLocation {
        SourceLocation(file: file, line: row.line, field: header[column])
    }

    func int(_ row: Row, _ column: Int) throws -> Int {
        let text = row.cells[column].replacingOccurrences(of: " ", with: "")
        guard let value = Int(text), value >= 0 else {
            throw InputError("Ska vara ett antal (heltal, 0 eller mer), men är \"\(row.cells[column])\".", at: location(row, column))
        }
        return value
    }

    func month(_ row: Row, _ column: Int) throws -> YearMonth {
        let text = row.cells[column].replacingOccurrences(of: "-", with: "")
        guard let month = YearMonth(compact: text[...]) else {
            throw InputError("Ska vara en månad som 2017-04, men är \"\(row.cells[column])\".", at: location(row, column))
        }
        return month
    }
}
