import Foundation

/// The row and cell behind each line of a yaml text made from a sheet, so that a value
/// refused by the yaml readers is reported at its cell ("medlemmar.xlsx, Medlemmar!F5").
struct SheetCells {
    struct Cell {
        var row: Int
        var name: String?
    }

    var byLine: [Int: Cell] = [:]
}

/// medlemmar.yaml's `medlemmar` as a sheet of a workbook (or a csv file) instead of a list:
/// `medlemmar: {fil: medlemmar.xlsx, blad: Medlemmar}`. One row per member, the columns
/// named as the list's keys (`namn`, `typ`, `folkmängd`, …), the address in `adress 1` to
/// `adress 6`, several cost centres in one cell separated by commas. The rows are written
/// out as the yaml list they stand for and read by the same `MembersReader`, so a sheet is
/// checked exactly as the list is; an empty cell is a key left out.
enum MembersSheet {
    static let columns = ["namn", "kortnamn", "typ", "benämning_i_not", "andel", "folkmängd", "folkmängd_datum",
                          "bidragskonto", "kostnadsställen"]
    static let addressColumns = (1...6).map { "adress \($0)" }

    /// The list `node` holds, or the one its sheet holds.
    static func list(_ node: YamlNode, folder: URL) throws -> YamlNode {
        guard node.node.mapping != nil else { return node }
        try node.allowKeys(["fil", "blad"])
        let fileNode = try node.required("fil")
        let name = try fileNode.string()
        guard !name.isEmpty, !name.hasPrefix("/"), !name.split(separator: "/").contains("..") else {
            throw fileNode.error("Ska vara ett filnamn i rapportmappen, men är \"\(name)\".")
        }
        let path = folder.appendingPathComponent(name).path
        guard FileManager.default.fileExists(atPath: path) else {
            throw fileNode.error("Filen \"\(name)\" finns inte i rapportmappen.")
        }
        let sheet = try node.optional("blad")
        let table = try CSVTable.load(path: path, displayName: name, sheet: try sheet?.string(), sheetLocation: sheet?.location ?? fileNode.location)
        let (text, cells) = try yaml(table)
        let parsed = try YamlNode.parse(text, file: name)
        return YamlNode(node: parsed.node, file: name, field: "medlemmar", cells: cells)
    }

    /// The rows as a yaml list, every value double-quoted on a line of its own.
    static func yaml(_ table: CSVTable) throws -> (String, SheetCells) {
        try checkHeader(table)
        var lines: [String] = []
        var cells = SheetCells()
        func add(_ line: String, _ row: CSVTable.Row, _ column: Int) {
            lines.append(line)
            cells.byLine[lines.count] = SheetCells.Cell(row: row.line, name: row.cellNames?[column])
        }
        guard !table.rows.isEmpty else { return ("[]", cells) }
        for row in table.rows {
            var first = true
            for (column, key) in table.header.enumerated() where columns.contains(key) && !row.values[column].isEmpty {
                let lead = first ? "- " : "  "
                first = false
                let value = row.values[column]
                if key == "kostnadsställen" {
                    add("\(lead)\(key):", row, column)
                    for code in value.split(separator: ",") { add("    - \(quoted(code.trimmingCharacters(in: .whitespaces)))", row, column) }
                } else {
                    add("\(lead)\(key): \(quoted(value))", row, column)
                }
            }
            let address = try addressCells(table, row)
            guard !address.isEmpty else {
                if first { add("- {}", row, 0) }
                continue
            }
            add("\(first ? "- " : "  ")adress:", row, address[0])
            for column in address { add("    - \(quoted(row.values[column]))", row, column) }
        }
        return (lines.joined(separator: "\n") + "\n", cells)
    }

    /// Every column is one the list knows, none twice, the address columns from 1 up.
    private static func checkHeader(_ table: CSVTable) throws {
        let known = columns + addressColumns
        for (index, name) in table.header.enumerated() {
            let location = SourceLocation(file: table.file, line: table.rows.first?.line, field: name,
                                          cell: table.rows.first?.cellNames?[index])
            guard known.contains(name) else {
                let suggestion = YamlKeys.closest(to: name, among: known).map { " (menade du \"\($0)\"?)" } ?? ""
                throw InputError("Kolumnen \"\(table.displayHeader[index])\" hör inte till ett medlemsblad\(suggestion). "
                                 + "Kolumnerna är \(known.joined(separator: ", ")).", at: location)
            }
            guard table.header.firstIndex(of: name) == index else {
                throw InputError("Kolumnen \"\(table.displayHeader[index])\" finns två gånger.", at: location)
            }
        }
    }

    /// The row's address columns in order, up to the last one filled in; an empty one
    /// before it is refused (an address has no empty lines).
    private static func addressCells(_ table: CSVTable, _ row: CSVTable.Row) throws -> [Int] {
        let present = addressColumns.compactMap { table.header.firstIndex(of: $0) }
        guard let last = present.lastIndex(where: { !row.values[$0].isEmpty }) else { return [] }
        let used = Array(present[...last])
        if let gap = used.first(where: { row.values[$0].isEmpty }) {
            throw InputError("Adressraden är tom men en senare adressrad är ifylld; en adress har inga tomma rader.",
                             at: table.location(row, gap))
        }
        return used
    }

    /// A yaml double-quoted scalar holding `text` exactly.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || [0x2028, 0x2029, 0xFEFF].contains(scalar.value):
                result += String(format: "\\u%04X", scalar.value)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
