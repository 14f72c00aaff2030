/// A table as a stack of row slices: header rows kept with the first two body rows and
/// repeated (as artifacts) on every page after the first, total and subtotal rows kept with
/// the row above, at least three body rows on each side of a break, so no page holds only a
/// header, only a total or a lone row.
struct TableBuilder {
    let builder: BlockBuilder
    let table: Table

    var style: LayoutStyle { builder.style }
    private var padX: Points { style.table.cellPaddingX }
    private var name: String { table.caption ?? table.summary ?? "utan rubrik" }

    func stack() throws -> BlockStack {
        let allRows = table.headerRows + table.rows
        try validate(allRows)
        let items = allRows.map(cellItems)
        let widths = try TableColumns(table: table, available: builder.width, name: name).widths(content: content(allRows, items))
        var element = 1
        var slices: [Slice] = []
        var continuation: [Slice] = []
        if let caption = table.caption {
            slices.append(captionSlice(caption, element: &element))
            if let label = style.table.continued {
                var ignored = 0
                continuation.append(artifact(captionSlice("\(caption) \(label)", element: &ignored)))
            }
        }
        let breaks = breakOpportunities(allRows)
        for (index, row) in allRows.enumerated() {
            var slice = rowSlice(row, items: items[index], widths: widths, inHead: index < table.headerRows.count, element: &element)
            slice.breakAfter = breaks[index]
            if index < table.headerRows.count { continuation.append(artifact(slice)) }
            slices.append(slice)
        }
        return BlockStack(slices: slices, spaceBefore: .zero, spaceAfter: style.table.spaceAfter, continuation: continuation, elementCount: element)
    }

    /// Body rows that must stand on each side of a page break: no row alone under the
    /// header at a page's foot (orphan), none alone at the top of the next page (widow).
    static let rowsAtBreak = 3

    /// Whether a page may end after each row: never inside the header, never before a total
    /// or subtotal (it stays with the row above), and only with `rowsAtBreak` body rows on
    /// both sides. A table with too few body rows for that does not split (unless it is taller
    /// than a page, where the flow breaks it where it overflows).
    private func breakOpportunities(_ rows: [TableRow]) -> [Bool] {
        let bodyRows = rows.indices.map { $0 >= table.headerRows.count && rows[$0].kind == .body ? 1 : 0 }
        let totalBody = bodyRows.reduce(0, +)
        var bodyBefore = 0
        return rows.indices.map { index in
            bodyBefore += bodyRows[index]
            if index == rows.count - 1 { return true }
            guard index >= table.headerRows.count, rows[index].kind != .header else { return false }
            let next = rows[index + 1].kind
            guard next != .total, next != .subtotal else { return false }
            return bodyBefore >= Self.rowsAtBreak && totalBody - bodyBefore >= Self.rowsAtBreak
        }
    }

    private func validate(_ rows: [TableRow]) throws {
        for (index, row) in rows.enumerated() {
            let spanned = row.cells.reduce(0) { $0 + $1.columnSpan }
            if spanned != table.columns.count {
                throw LayoutError.tableRowCellCount(table: name, row: index + 1, cells: spanned, columns: table.columns.count)
            }
        }
    }

    /// Each cell's items; amounts are never hyphenated.
    private func cellItems(_ row: TableRow) -> [ParagraphItems] {
        var column = 0
        return row.cells.map { cell in
            defer { column += cell.columnSpan }
            return builder.typesetter.items(cell.inlines, style: rowStyle(row.kind), alignment: .left, hyphenate: !isNumeric(cell, column: column))
        }
    }

    private func content(_ rows: [TableRow], _ items: [[ParagraphItems]]) -> [TableColumns.Content] {
        var content = [TableColumns.Content](repeating: (.zero, .zero), count: table.columns.count)
        for (rowIndex, row) in rows.enumerated() {
            var column = 0
            for (cellIndex, cell) in row.cells.enumerated() {
                defer { column += cell.columnSpan }
                guard cell.columnSpan == 1 else { continue }
                let paragraph = items[rowIndex][cellIndex]
                content[column].natural = max(content[column].natural, Points(paragraph.naturalWidth) + padX * 2)
                content[column].minimum = max(content[column].minimum, Points(paragraph.minimumWidth) + padX * 2)
            }
        }
        return content
    }

    private func captionSlice(_ caption: String, element: inout Int) -> Slice {
        let text = style.text("tabelltitel")
        let lines = builder.typesetter.lines([.text(caption)], style: text, width: builder.width, alignment: .left, hyphenate: false)
        let structure = StructureRef(role: .paragraph, element: element)
        element += 1
        var y = Points.zero
        var items: [PageItem] = []
        for line in lines {
            items += builder.typesetter.items(of: line, x: .zero, y: y, structure: structure)
            y += line.height
        }
        return Slice(height: y + text.spaceAfter, items: items, breakAfter: false)
    }

    private func artifact(_ slice: Slice) -> Slice {
        var copy = slice
        copy.items = slice.items.compactMap { item in
            if case .link = item.content { return nil }
            return PageItem(item.content, structure: .artifact)
        }
        return copy
    }
}
