/// A printed table reduced to what a comparison needs: a stable key, its rows by their
/// stable ids, and each row's figures by column heading.
public struct FigureTable: Equatable, Sendable {
    /// Stable across versions: a statement's or note's description id, or a fixed key
    /// for the tables the product sets out itself ("drift", "oversikt", "balanskrav").
    public var key: String
    /// The table's title as the report prints it (a note with its number).
    public var section: String
    public var rows: [FigureRow]

    public init(key: String, section: String, rows: [FigureRow]) {
        self.key = key
        self.section = section
        self.rows = rows
    }
}

public struct FigureRow: Equatable, Sendable {
    public var id: String
    public var label: String
    public var cells: [FigureCell]

    public init(id: String, label: String, cells: [FigureCell]) {
        self.id = id
        self.label = label
        self.cells = cells
    }
}

public struct FigureCell: Equatable, Sendable {
    /// The column's heading as printed, on one line ("2024", "Budget", "Utfall").
    public var column: String
    public var figure: ComparedFigure

    public init(column: String, figure: ComparedFigure) {
        self.column = column
        self.figure = figure
    }
}
