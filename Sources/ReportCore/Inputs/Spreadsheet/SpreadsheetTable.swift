import Foundation
import SpreadsheetXLSX

/// A sheet of an .xlsx workbook read as the folder's csv tables are: the first row that is
/// not a `#` comment is the header, every later row with a value is a row, and each cell
/// becomes the text the csv readers take (a number exactly as stored, a date as 2024-03-31,
/// a month as 2024-03). Every row keeps its Excel row number, every cell its name
/// ("Budget!B7"), so a message points at the cell to change.
enum SpreadsheetTable {
    static func isWorkbook(_ name: String) -> Bool {
        name.lowercased().hasSuffix(".xlsx") || name.lowercased().hasSuffix(".xlsm")
    }

    /// A zip file, whatever its name: a workbook saved under a .csv name is read as one.
    static func isWorkbook(path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        return (try? handle.read(upToCount: 4)) == Data([0x50, 0x4B, 0x03, 0x04])
    }

    static func load(path: String, displayName: String, sheet: String?, sheetLocation: SourceLocation?) throws -> CSVTable {
        let data = try InputFile.bytes(path: path, displayName: displayName)
        do {
            let workbook = try XLSXWorkbook(data: Data(data))
            guard let name = sheet ?? (workbook.sheetNames.count == 1 ? workbook.sheetNames[0] : nil) else {
                throw InputError("Arbetsboken \(displayName) har flera blad (\(workbook.sheetNames.map { "\"\($0)\"" }.joined(separator: ", "))); "
                                 + "ange vilket med \"blad\" i \(sheetLocation?.file ?? "rapport.yaml").",
                                 at: sheetLocation ?? SourceLocation(file: displayName))
            }
            guard workbook.sheetNames.contains(name) else {
                throw InputError("Arbetsboken \(displayName) har inget blad som heter \"\(name)\"; bladen är "
                                 + "\(workbook.sheetNames.map { "\"\($0)\"" }.joined(separator: ", ")).",
                                 at: sheetLocation ?? SourceLocation(file: displayName))
            }
            return try table(try workbook.sheet(named: name), file: displayName)
        } catch let error as XLSXError {
            throw InputError(error.message, at: SourceLocation(file: displayName, cell: error.cell))
        }
    }

    static func table(_ sheet: XLSXSheet, file: String) throws -> CSVTable {
        let rows = sheet.rows.filter { !isComment($0) }
        guard let headerRow = rows.first else { throw InputError("Bladet \"\(sheet.name)\" är tomt: det har ingen rubrikrad.", file: file) }
        let headerCells = headerRow.cells.filter { !text(of: $0.value).isEmpty }
        let columns = headerCells.map(\.column)
        let displayHeader = try headerCells.map { cell -> String in
            guard case .text(let name) = cell.value else {
                throw InputError("Rubrikraden ska ha text, men cellen är \"\(text(of: cell.value))\".",
                                 at: SourceLocation(file: file, line: headerRow.number, cell: "\(sheet.name)!\(cell.reference)"))
            }
            return name.trimmingCharacters(in: .whitespaces)
        }
        let header = displayHeader.map { $0.lowercased() }
        let body = try rows.dropFirst().map { row -> CSVTable.Row in
            var values = [String](repeating: "", count: columns.count)
            for cell in row.cells {
                let index = columns.firstIndex(of: cell.column)
                let location = SourceLocation(file: file, line: row.number, field: index.map { header[$0] },
                                              cell: "\(sheet.name)!\(cell.reference)")
                let value = try self.value(cell.value, location: location)
                guard let index else {
                    guard value.isEmpty else {
                        throw InputError("Cellen har värdet \"\(value)\" men ingen rubrik ovanför sig på rad \(headerRow.number).", at: location)
                    }
                    continue
                }
                values[index] = value
            }
            return CSVTable.Row(line: row.number, values: values,
                                cells: Dictionary(zip(header, values), uniquingKeysWith: { first, _ in first }),
                                cellNames: columns.map { "\(sheet.name)!\(CellReference.letters($0))\(row.number)" })
        }
        return CSVTable(file: file, header: header, displayHeader: displayHeader, rows: body.filter { !$0.values.allSatisfy(\.isEmpty) })
    }

    /// A row whose first cell is text starting with "#", as a comment line in a csv file.
    private static func isComment(_ row: XLSXRow) -> Bool {
        guard let first = row.cells.first, case .text(let text) = first.value else { return false }
        return text.trimmingCharacters(in: .whitespaces).hasPrefix("#")
    }

    private static func value(_ value: XLSXValue, location: SourceLocation) throws -> String {
        if case .error(let code) = value {
            throw InputError("Cellen har Excels felvärde \(code); rätta formeln eller skriv in värdet.", at: location)
        }
        if case .invalidDate(let serial) = value {
            throw InputError("Cellen är formaterad som datum men \(serial) är inget datum (1900-02-29 finns inte, och en tid på dagen är inget datum).",
                             at: location)
        }
        return text(of: value)
    }

    /// The cell as the csv readers take it.
    static func text(of value: XLSXValue) -> String {
        switch value {
        case .text(let text): return text.trimmingCharacters(in: .whitespaces)
        case .number(let literal): return ExcelNumber.plain(literal) ?? literal
        case .date(let year, let month, let day, let hasDay):
            let yearMonth = String(format: "%04d-%02d", year, month)
            return hasDay ? yearMonth + String(format: "-%02d", day) : yearMonth
        case .boolean(let flag): return flag ? "SANT" : "FALSKT"
        case .error(let code): return code
        case .invalidDate(let serial): return serial
        }
    }
}

/// A number as Excel stores it ("-1250.5", "1.5E-2", "3E+21") written out as plain decimal
/// digits, exactly: the text is shifted, never turned into a Double.
enum ExcelNumber {
    static func plain(_ literal: String) -> String? {
        var text = Substring(literal.trimmingCharacters(in: .whitespaces))
        var exponent = 0
        if let mark = text.firstIndex(where: { $0 == "E" || $0 == "e" }) {
            guard let value = Int(text[text.index(after: mark)...]), abs(value) <= 30 else { return nil }
            exponent = value
            text = text[..<mark]
        }
        let negative = text.hasPrefix("-")
        if negative || text.hasPrefix("+") { text = text.dropFirst() }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              !(parts[0].isEmpty && (parts.count == 1 || parts[1].isEmpty)) else { return nil }
        var digits = Array(parts[0] + (parts.count == 2 ? parts[1] : ""))
        var point = parts[0].count + exponent
        if point < 0 { digits.insert(contentsOf: repeatElement("0", count: -point), at: 0); point = 0 }
        if point > digits.count { digits.append(contentsOf: repeatElement("0", count: point - digits.count)) }
        var whole = String(digits[..<point]).drop { $0 == "0" }
        var fraction = String(digits[point...])
        while fraction.hasSuffix("0") { fraction.removeLast() }
        if whole.isEmpty { whole = "0" }
        let number = fraction.isEmpty ? String(whole) : "\(whole).\(fraction)"
        return negative && number != "0" ? "-" + number : number
    }
}
