import Foundation
import Yams

/// A yaml node with the file it came from and the path of fields that led to it, so that
/// every wrong value can be reported as `styrelse.yaml:12 (fält "från")`.
///
/// The strict layer every reader uses: `load`/`parse` refuse a syntax error (in Swedish,
/// with line and column) and a key written twice; `allowKeys` refuses an unknown key with
/// the closest known one; the typed getters check types and ranges (`int(in:)`, `year()`,
/// `date()`, `money()`, `count()`).
struct YamlNode {
    let node: Node
    let file: String
    let field: String
    /// For a node made from a sheet (`MembersSheet`): the row and cell behind each yaml line.
    var cells: SheetCells? = nil

    static func load(path: String, displayName: String) throws -> YamlNode {
        let text = try InputFile.text(path: path, displayName: displayName)
        return try ParsedInputs.value(kind: "yaml", name: displayName, source: text) { try parse(text, file: displayName) }
    }

    static func parse(_ text: String, file: String) throws -> YamlNode {
        YamlNode(node: try YamlSyntax.compose(text, file: file), file: file, field: "")
    }

    var line: Int? { node.mark?.line }

    func error(_ message: String) -> InputError {
        InputError(message, at: location)
    }

    /// The place of yaml line `yamlLine`: the line itself, or for a sheet its row and cell.
    func location(line yamlLine: Int?, field: String?) -> SourceLocation {
        guard let cells, let yamlLine, let cell = cells.byLine[yamlLine] else { return SourceLocation(file: file, line: yamlLine, field: field) }
        return SourceLocation(file: file, line: cell.row, field: field, cell: cell.name)
    }

    private func child(_ node: Node, _ name: String) -> YamlNode {
        YamlNode(node: node, file: file, field: field.isEmpty ? name : "\(field).\(name)", cells: cells)
    }

    // MARK: structure

    func requireMapping() throws -> Node.Mapping {
        guard let mapping = node.mapping else { throw error("Ska vara en samling fält (nyckel: värde).") }
        return mapping
    }

    func optional(_ key: String) throws -> YamlNode? {
        let mapping = try requireMapping()
        guard let value = mapping[key] else { return nil }
        if case .scalar(let scalar) = value, scalar.style == .plain, ["", "~", "null"].contains(scalar.string) {
            return nil
        }
        return child(value, key)
    }

    func required(_ key: String) throws -> YamlNode {
        guard let value = try optional(key) else {
            throw InputError("Fältet \"\(key)\" saknas.", at: location(line: line, field: fieldPath(key)))
        }
        return value
    }

    func fieldPath(_ key: String) -> String { field.isEmpty ? key : "\(field).\(key)" }

    func items() throws -> [YamlNode] {
        guard let sequence = node.sequence else { throw error("Ska vara en lista (rader som börjar med \"- \").") }
        return sequence.enumerated().map { child($0.element, "\($0.offset + 1)").renamed(field.isEmpty ? "[\($0.offset + 1)]" : "\(field)[\($0.offset + 1)]") }
    }

    private func renamed(_ name: String) -> YamlNode { YamlNode(node: node, file: file, field: name, cells: cells) }

    // MARK: scalars

    func string() throws -> String {
        guard let scalar = node.scalar else { throw error("Ska vara en text, inte en lista eller samling.") }
        return scalar.string
    }

    func int() throws -> Int {
        let text = try string().replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "\u{00A0}", with: "")
        guard let value = Int(text), abs(value) <= YamlNode.largestInteger else {
            throw error("Ska vara ett heltal, men är \"\(try string())\".")
        }
        return value
    }

    /// A whole number within `range` ("Ska vara ett heltal från 0 och uppåt").
    func int(in range: PartialRangeFrom<Int>) throws -> Int {
        let value = try int()
        guard range.contains(value) else {
            throw error(range.lowerBound == 1 ? "Ska vara större än noll, men är \(value)."
                                              : "Ska vara \(range.lowerBound) eller mer, men är \(value).")
        }
        return value
    }

    func int(in range: ClosedRange<Int>) throws -> Int {
        let value = try int()
        guard range.contains(value) else {
            throw error("Ska vara ett heltal från \(range.lowerBound) till \(range.upperBound), men är \(value).")
        }
        return value
    }

    /// A report year, four digits.
    func year() throws -> Int {
        let value = try int()
        guard YamlNode.years.contains(value) else {
            throw error("Ska vara ett årtal som 2024, men är \"\(try string())\".")
        }
        return value
    }

    func date() throws -> CalendarDate {
        let text = try string()
        guard text.count == 10, let date = CalendarDate(text), YamlNode.years.contains(date.year) else {
            throw error("Ska vara ett datum som 2025-02-03, men är \"\(text)\".")
        }
        return date
    }

    func money() throws -> Money {
        let text = try string().replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "\u{00A0}", with: "")
        guard let value = try? Money.parse(text) else { throw error("Ska vara ett belopp i kronor, men är \"\(text)\".") }
        guard value.isWithinInputRange else {
            throw error("Beloppet \(text) kr är orimligt stort (högst \(Money.largestInputKronor) kr).")
        }
        return value
    }

    /// A scalar or a list of scalars, as a list.
    func strings() throws -> [String] {
        if node.scalar != nil { return [try string()] }
        return try items().map { try $0.string() }
    }

    /// The years a report, a date or a history row may name.
    static let years = 1900...2999
    /// Larger whole numbers are typos, and would overflow sums.
    static let largestInteger = 1_000_000_000_000

    func string(_ key: String) throws -> String { try required(key).string() }
    func int(_ key: String) throws -> Int { try required(key).int() }
    func date(_ key: String) throws -> CalendarDate { try required(key).date() }
    func optionalString(_ key: String) throws -> String? { try optional(key)?.string() }
    func optionalInt(_ key: String) throws -> Int? { try optional(key)?.int() }
    func optionalDate(_ key: String) throws -> CalendarDate? { try optional(key)?.date() }
    func optionalMoney(_ key: String) throws -> Money? { try optional(key)?.money() }
    func year(_ key: String) throws -> Int { try required(key).year() }
    func int(_ key: String, in range: PartialRangeFrom<Int>) throws -> Int { try required(key).int(in: range) }
    func optionalInt(_ key: String, in range: PartialRangeFrom<Int>) throws -> Int? { try optional(key)?.int(in: range) }

    var location: SourceLocation { location(line: line, field: field.isEmpty ? nil : field) }
}
