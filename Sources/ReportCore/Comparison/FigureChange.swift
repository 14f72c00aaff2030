/// One printed figure that differs between two versions of a report.
public struct FigureChange: Equatable, Sendable {
    public enum Kind: String, Equatable, Sendable {
        /// The same row and column in both, with another value.
        case changed
        /// A row or column only the newer version has.
        case added
        /// A row or column only the older version has.
        case removed
    }

    public var kind: Kind
    /// The table's stable key and its title as printed (the newer version's, if both).
    public var table: String
    public var section: String
    public var row: String
    public var label: String
    public var column: String
    public var old: ComparedFigure?
    public var new: ComparedFigure?

    /// New less old as printed, when both are printed in the same unit.
    public var printedDifference: Int64? {
        guard let old, let new, old.unit == new.unit else { return nil }
        return new.printed - old.printed
    }

    /// New less old, exact in kronor and öre, when both versions carry the exact value.
    public var exactDifference: Money? {
        guard let old = old?.exact, let new = new?.exact else { return nil }
        return new - old
    }

    /// The difference as the page prints figures, "+1" or "−100", with its unit.
    public var printedDifferenceText: String? {
        guard let difference = printedDifference, let unit = new?.unit else { return nil }
        return ComparedFigure.signed(difference, unit: unit) + unit.suffix
    }

    /// The exact difference with its sign, "+100,00", without a unit.
    public var exactDifferenceNumber: String? {
        exactDifference.map { ComparedFigure.signed($0.ore, unit: .ore) }
    }

    public var exactDifferenceText: String? { exactDifferenceNumber.map { $0 + " kr" } }
}

extension ComparedFigure {
    /// A difference always carries its sign: +100,00, −1.
    static func signed(_ value: Int64, unit: Unit) -> String {
        (value > 0 ? "+" : "") + format(value, unit: unit)
    }
}

/// Matches two versions' tables by key, their rows by id and their cells by column, so an
/// inserted row is one added row, never a shift of every row after it.
enum FigureComparison {
    static func changes(old: [FigureTable], new: [FigureTable]) -> [FigureChange] {
        let oldByKey = Dictionary(old.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        let newKeys = Set(new.map(\.key))
        var changes: [FigureChange] = []
        for table in new {
            changes += compare(oldByKey[table.key] ?? FigureTable(key: table.key, section: table.section, rows: []), table)
        }
        for table in old where !newKeys.contains(table.key) {
            changes += compare(table, FigureTable(key: table.key, section: table.section, rows: []))
        }
        return changes
    }

    static func compare(_ old: FigureTable, _ new: FigureTable) -> [FigureChange] {
        let oldRows = Dictionary(old.rows.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let newIds = Set(new.rows.map(\.id))
        let section = new.rows.isEmpty ? old.section : new.section
        var changes: [FigureChange] = []
        for row in new.rows {
            changes += compare(oldRows[row.id], row, table: new.key, section: section)
        }
        for row in old.rows where !newIds.contains(row.id) {
            changes += compare(row, nil, table: old.key, section: section)
        }
        return changes
    }

    static func compare(_ old: FigureRow?, _ new: FigureRow?, table: String, section: String) -> [FigureChange] {
        guard let row = new ?? old else { return [] }
        let oldCells = Dictionary((old?.cells ?? []).map { ($0.column, $0.figure) }, uniquingKeysWith: { first, _ in first })
        let newCells = Dictionary((new?.cells ?? []).map { ($0.column, $0.figure) }, uniquingKeysWith: { first, _ in first })
        let columns = (new?.cells ?? []).map(\.column) + (old?.cells ?? []).map(\.column).filter { newCells[$0] == nil }
        return columns.compactMap { column in
            let before = oldCells[column], after = newCells[column]
            let kind: FigureChange.Kind
            switch (before, after) {
            case let (before?, after?):
                guard before.differs(from: after) else { return nil }
                kind = .changed
            case (nil, _?): kind = .added
            case (_?, nil): kind = .removed
            case (nil, nil): return nil
            }
            return FigureChange(kind: kind, table: table, section: section, row: row.id, label: row.label, column: column,
                                old: before, new: after)
        }
    }
}
