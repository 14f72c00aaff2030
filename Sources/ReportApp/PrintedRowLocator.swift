import Foundation
import ReportCore
import ReportLayout

/// Where a row of a statement, note or the operating statement is printed: the page and
/// the section, found on the laid-out pages of the report. The section is the heading
/// (from the outline) before the row; the row is the table row (a TR of the structure)
/// whose cells hold the row's label, matched in print order from the table's heading, so
/// that two rows called "Summa" are told apart.
public struct PrintedPlace: Equatable, Sendable {
    /// 1-based, as the page's folio and a PDF viewer count it.
    public var page: Int
    /// The headings above the row, outermost first ("Noter", "Not 3 Övriga kostnader").
    public var sections: [String]
}

enum PrintedRowLocator {
    struct PrintedRow {
        var page: Int
        var y: Points
        var cells: [String]
    }

    /// `labels` are the rows printed under `heading`, in print order; `target` the one
    /// sought among them.
    static func locate(_ laidOut: LaidOutDocument, heading: String, labels: [String], target: Int) -> PrintedPlace? {
        let outline = laidOut.outline
        guard let start = outline.first(where: { normalized($0.title).hasSuffix(normalized(heading)) }) else { return nil }
        let rows = tableRows(laidOut).filter { ($0.page, $0.y) >= (start.pageIndex, start.y) }
        var next = rows.startIndex
        for (index, label) in labels.enumerated() {
            guard let found = rows[next...].firstIndex(where: { $0.cells.contains { normalized($0) == normalized(label) } }) else {
                return nil
            }
            next = rows.index(after: found)
            if index == target { return place(rows[found], outline: outline) }
        }
        return nil
    }

    /// Every table row of the document, in reading order, with its cells' text.
    static func tableRows(_ laidOut: LaidOutDocument) -> [PrintedRow] {
        var rows: [PrintedRow] = []
        for (pageIndex, page) in laidOut.pages.enumerated() {
            var order: [Int] = []
            var cells: [Int: [Int: String]] = [:]
            var tops: [Int: Points] = [:]
            for item in page.items {
                guard case let .text(run) = item.content, !item.structure.isArtifact,
                      let row = item.structure.groups.last(where: { $0.role == .tableRow }) else { continue }
                if cells[row.element] == nil { order.append(row.element) }
                let cell = item.structure.element
                cells[row.element, default: [:]][cell] = [cells[row.element]?[cell], run.text].compactMap { $0 }.joined(separator: " ")
                tops[row.element] = min(tops[row.element] ?? run.origin.y, run.origin.y)
            }
            for element in order {
                let texts = (cells[element] ?? [:]).sorted { $0.key < $1.key }.map(\.value)
                rows.append(PrintedRow(page: pageIndex, y: tops[element] ?? .zero, cells: texts))
            }
        }
        return rows
    }

    /// The last heading of each level above the row's place.
    static func place(_ row: PrintedRow, outline: [OutlineEntry]) -> PrintedPlace {
        var sections: [Int: String] = [:]
        for entry in outline where (entry.pageIndex, entry.y) <= (row.page, row.y) {
            sections[entry.level] = entry.title
            sections = sections.filter { $0.key <= entry.level }
        }
        return PrintedPlace(page: row.page + 1, sections: sections.sorted { $0.key < $1.key }.map(\.value))
    }

    /// Letters and digits only: a label broken at a hyphen or a line end still matches.
    static func normalized(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }.map(Character.init))
    }
}
