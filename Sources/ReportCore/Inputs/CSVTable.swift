import Foundation

/// A small csv reader for the folder's tables: `;` or `,` separated (whichever the header
/// uses), optional double quotes, `#` comment lines, a header row. Every row keeps its line.
struct CSVTable {
    struct Row {
        let line: Int
        let cells: [String: String]
    }

    let file: String
    let header: [String]
    let rows: [Row]

    static func load(path: String, displayName: String) throws -> CSVTable {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw InputError("Filen saknas eller kan inte läsas som UTF-8.", file: displayName)
        }
        return try parse(text, file: displayName)
    }

    static func parse(_ text: String, file: String) throws -> CSVTable {
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
        var header: [String]?
        var separator: Character = ";"
        var rows: [Row] = []
        for (index, raw) in lines.enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let columns = header else {
                separator = line.contains(";") ? ";" : ","
                header = split(line, separator).map { $0.lowercased() }
                continue
            }
            let cells = split(line, separator)
            guard cells.count == columns.count else {
                throw InputError("Raden har \(cells.count) värden men rubriken har \(columns.count).", file: file, line: index + 1)
            }
            rows.append(Row(line: index + 1, cells: Dictionary(uniqueKeysWithValues: zip(columns, cells))))
        }
        guard let columns = header else { throw InputError("Filen är tom: en rubrikrad behövs.", file: file) }
        return CSVTable(file: file, header: columns, rows: rows)
    }

    func requireColumns(_ names: [String]) throws {
        for name in names where !header.contains(name) {
            throw InputError("Kolumnen \"\(name)\" saknas (rubrikraden har \(header.joined(separator: ", "))).", file: file, line: 1)
        }
    }

    func int(_ row: Row, _ column: String) throws -> Int {
        let text = (row.cells[column] ?? "").replacingOccurrences(of: " ", with: "")
        guard let value = Int(text) else {
            throw InputError("Ska vara ett heltal, men är \"\(text)\".", file: file, line: row.line, field: column)
        }
        return value
    }

    func money(_ row: Row, _ column: String) throws -> Money {
        let text = (row.cells[column] ?? "").replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "\u{00A0}", with: "")
        guard let value = try? Money.parse(text) else {
            throw InputError("Ska vara ett belopp i kronor, men är \"\(text)\".", file: file, line: row.line, field: column)
        }
        return value
    }

    private static func split(_ line: String, _ separator: Character) -> [String] {
        var cells: [String] = []
        var current = ""
        var quoted = false
        for character in line {
            if character == "\"" { quoted.toggle() } else if character == separator && !quoted {
                cells.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
            } else { current.append(character) }
        }
        cells.append(current.trimmingCharacters(in: .whitespaces))
        return cells
    }
}
