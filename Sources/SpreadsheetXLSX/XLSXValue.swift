/// One cell of a worksheet as Excel saved it, before any meaning is given to it.
public enum XLSXValue: Equatable, Sendable {
    /// A shared or inline string, or a formula's text result.
    case text(String)
    /// A number exactly as written in the file ("-1250.5", "1E-3"), never a Double.
    case number(String)
    /// A number whose style is a date format, turned into a calendar date (1900 or 1904
    /// system); `hasDay` is false when the format shows only year and month.
    case date(year: Int, month: Int, day: Int, hasDay: Bool)
    case boolean(Bool)
    /// An error value such as "#DIV/0!".
    case error(String)
    /// A number in a date format that is no date (60, Excel's 1900-02-29; a time of day):
    /// the reader of the sheet refuses it, naming the cell's column.
    case invalidDate(serial: String)
}

public struct XLSXCell: Equatable, Sendable {
    /// "B7".
    public var reference: String
    /// 1-based: A = 1.
    public var column: Int
    public var value: XLSXValue
}

public struct XLSXRow: Equatable, Sendable {
    /// Excel's row number, 1-based.
    public var number: Int
    public var cells: [XLSXCell]
}

public struct XLSXSheet: Equatable, Sendable {
    public var name: String
    public var rows: [XLSXRow]
}

/// A workbook that cannot be read, in Swedish; `cell` is "Budget!B7" when one cell is the cause.
public struct XLSXError: Error, Equatable, Sendable {
    public var message: String
    public var cell: String?

    public init(_ message: String, cell: String? = nil) {
        self.message = message
        self.cell = cell
    }
}

/// "B7" → column 2, row 7; nil for anything else.
public enum CellReference {
    static func parse(_ text: String) -> (column: Int, row: Int)? {
        var column = 0, row = 0, letters = 0, digits = 0
        for scalar in text.unicodeScalars {
            if digits == 0, scalar >= "A", scalar <= "Z" {
                column = column * 26 + Int(scalar.value - 64)
                letters += 1
            } else if scalar >= "0", scalar <= "9", letters > 0 {
                row = row * 10 + Int(scalar.value - 48)
                digits += 1
            } else { return nil }
            if letters > 3 || digits > 7 { return nil }
        }
        return letters > 0 && digits > 0 && row > 0 ? (column, row) : nil
    }

    /// 2 → "B", 27 → "AA".
    public static func letters(_ column: Int) -> String {
        var name = "", rest = column
        while rest > 0 {
            let digit = (rest - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + digit))) + name
            rest = (rest - 1) / 26
        }
        return name
    }
}
