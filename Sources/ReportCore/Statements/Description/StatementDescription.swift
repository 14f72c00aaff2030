/// A statement or a note described as data (a `räkningar` file): its columns, its unit and
/// its rows. `StatementEvaluator` computes the figures; nothing about any association's
/// shape is in code.
public struct StatementDescription: Equatable, Sendable {
    public enum Kind: String, Equatable, Sendable, Codable {
        case income = "resultatrakning", balance = "balansrakning", cashFlow = "kassaflodesanalys", note = "not"
    }

    public var id: String
    public var title: String
    public var kind: Kind
    public var unit: AmountUnit
    public var columns: [ColumnDescription]
    public var rows: [RowDescription]
    /// Rows that are zero (or empty) in every column are left out, and so are headings
    /// left without rows.
    public var hideZeroRows: Bool
    /// Notes: an account-number column before the label.
    public var accountColumn: Bool
    /// Free text before the table and a footnote under it, as the association wrote them.
    public var texts: [String]
    public var footnote: String?
    public var location: SourceLocation
}

/// How a table prints its amounts; its head says which ("Belopp i kr", "Belopp i tkr").
public enum AmountUnit: String, Equatable, Sendable, Codable {
    case kronorAndOre = "kronor_och_ore", kronor = "kronor", tkr = "tkr"

    /// öre per printed unit.
    public var ore: Int64 {
        switch self {
        case .kronorAndOre: return 1
        case .kronor: return 100
        case .tkr: return 100_000
        }
    }

    public var headText: String { self == .tkr ? "Belopp i tkr" : "Belopp i kr" }
}

/// What a column shows: a year (this year 0, last year −1) and which amount of an account.
public struct ColumnDescription: Equatable, Sendable {
    public var titles: [String]
    public var year: Int
    public var measure: Measure
}

/// The amount an account contributes: its result (#RES), opening (#IB) or closing (#UB)
/// balance, or the change over the year (UB − IB).
public enum Measure: String, Equatable, Sendable, Codable {
    case result = "resultat", opening = "ib", closing = "ub", change = "forandring"
}

public struct RowDescription: Equatable, Sendable {
    public enum Kind: String, Equatable, Sendable, Codable {
        case accounts = "konton", sum = "summa", subtotal = "delsumma", partOf = "varav", text = "text", blank = "tom"

        public var hasAmounts: Bool { self != .text && self != .blank }
        public var sumsRows: Bool { self == .sum || self == .subtotal }
    }

    /// A row summed into another, with its sign (`-kostnader` subtracts).
    public struct Term: Equatable, Sendable {
        public var id: String
        public var sign: Int64
    }

    public var id: String
    public var label: String?
    public var kind: Kind
    /// Account ranges, and lines of the account plan's mapping, whose accounts make the row.
    public var accounts: [AccountRange]
    public var mappingLines: [String]
    /// A group of the account plan's mapping: the row stands for one row per line of it.
    public var group: String?
    /// Sum rows: the rows they add; nil means every account row above in the same table.
    public var terms: [Term]?
    /// −1 turns the row's value (an increase in receivables lowers the cash flow).
    public var sign: Int64
    /// −1 prints the value turned (costs shown positive) without changing what sums see.
    public var displaySign: Int64
    /// Overrides the column's measure for this row (and the rows it sums).
    public var measure: Measure?
    public var note: String?
    public var hideWhenZero: Bool
    /// A helper row: computed and summable, not printed.
    public var printed: Bool
    /// One printed row per account that has an amount (notes: number, name, amounts).
    public var perAccount: Bool
    /// A mark after the label ("*") that the table's footnote explains.
    public var mark: String?
    public var location: SourceLocation
    /// What the program reads this row as (the year's result, total assets, …).
    public var role: StatementRole? = nil
    /// A sum row that is the result after a mapping group: its label is the group's
    /// `resultat` ("Verksamhetens nettokostnad") unless the row writes its own.
    public var groupResult: String? = nil
}

/// The statements and notes a report prints, in order, and where they were read from.
public struct StatementSet: Equatable, Sendable {
    public var statements: [StatementDescription]
    public var notes: [StatementDescription]
    public var source: String
    /// A built-in description this one starts from; its tables are replaced by id.
    public var base: String?
    /// A note of accounts for every mapping line marked `not: konton` that a row refers to.
    public var accountNotes: Bool
    /// The unit of every statement (not the notes), overriding the base's.
    public var statementUnit: AmountUnit?
    /// The multi-year overview's rows (`flerårsöversikt:`); the folder's replaces its base's.
    public var overview: OverviewDescription? = nil
    /// The mapping groups' headings that some row prints (set by `StatementAssembly`).
    public var printedGroupLabels: Set<PrintedGroupLabel> = []
    /// The operating report's rows (`driftredovisning:`), replacing the base's.
    public var operating: OperatingDescription? = nil

    public var all: [StatementDescription] { statements + notes }

    /// The row that carries a role (validation keeps it to one).
    func row(_ role: StatementRole) -> RowDescription? {
        statements.lazy.flatMap(\.rows).first { $0.role == role }
    }
}

/// A mapping group's heading, sum label or result label that a description row prints.
public struct PrintedGroupLabel: Hashable, Sendable {
    public var group: String
    public var field: GroupLabel
}
