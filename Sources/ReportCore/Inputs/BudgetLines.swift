/// A budget file by row (`rad;belopp`): the year's budget per row of the operating report,
/// in kronor and the report's sign (revenue positive, costs negative), for rows that are
/// not cost centres (Medlemsbidrag, ESF-bidrag, Utgående eget kapital …).
public struct BudgetLine: Sendable, Equatable {
    public var id: String
    public var amount: Money
    public var file: String
    public var line: Int
    /// The `belopp` cell (a spreadsheet's cell name included), for messages about the amount.
    public var amountLocation: SourceLocation
}

enum BudgetFile {
    /// A file with a `rad` column is a budget by row; otherwise one per cost centre.
    static func read(_ table: CSVTable) throws -> (centres: [CentreBudget]?, lines: [BudgetLine]?) {
        guard table.header.contains("rad") else { return (try BudgetReader.read(table), nil) }
        try table.requireColumns(["rad", "belopp"])
        var firstLines: [String: Int] = [:]
        let lines = try table.rows.map { row in
            let id = (row.cells["rad"] ?? "").trimmingCharacters(in: .whitespaces)
            if id.isEmpty { throw InputError("Raden saknar id under \"rad\".", at: table.location(row, "rad")) }
            if let first = firstLines[id] {
                throw InputError("Raden \(id) står redan på rad \(first); slå ihop raderna till en.", at: table.location(row, "rad"))
            }
            firstLines[id] = row.line
            return BudgetLine(id: id, amount: try table.money(row, "belopp"), file: table.file, line: row.line,
                              amountLocation: table.location(row, "belopp"))
        }
        return (nil, lines)
    }

    /// Every line a row names exists, and every line of the file is named by a row.
    static func match(_ description: OperatingDescription?, lines: [BudgetLine]?) throws {
        guard let lines else { return }
        guard let description else {
            throw InputError("Budgetfilen har rader (\"rad\"), men räkningarna har ingen driftredovisning som tar dem.",
                             file: lines.first?.file ?? "budget.csv")
        }
        let ids = Set(lines.map(\.id))
        var named: Set<String> = []
        for row in description.rows where row.isAccountRow {
            guard let wanted = row.budgetLines else {
                if ids.contains(row.id) { named.insert(row.id) }
                continue
            }
            for id in wanted where !ids.contains(id) {
                throw InputError("Raden \"\(row.id)\" tar budgeten från raden \"\(id)\", som inte finns i \(lines[0].file) (raderna är \(lines.map(\.id).joined(separator: ", "))).",
                                 at: row.location)
            }
            named.formUnion(wanted)
        }
        for line in lines where !named.contains(line.id) {
            let rowIds = description.rows.filter(\.isAccountRow).map(\.id).joined(separator: ", ")
            if let sum = description.rows.first(where: { $0.id == line.id && $0.kind.sumsRows }) {
                throw InputError("Raden \"\(line.id)\" är en \(sum.kind.rawValue) i driftredovisningen och får sin budget av raderna den "
                                 + "summerar; ta bort den ur budgetfilen (kontoraderna är \(rowIds)).",
                                 file: line.file, line: line.line, field: "rad")
            }
            throw InputError("Budgetraden \"\(line.id)\" hör inte till någon rad i driftredovisningen (kontoraderna är \(rowIds)).",
                             file: line.file, line: line.line, field: "rad")
        }
    }
}
