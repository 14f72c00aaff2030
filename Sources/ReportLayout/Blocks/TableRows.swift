/// Setting one table row: cells wrapped (and hyphenated) in their column width, the row
/// as tall as its tallest cell, shading and rules by row kind.
extension TableBuilder {
    /// The cells are TH (header rows) or TD leaves in Table → THead or TBody → TR.
    func rowSlice(_ row: TableRow, items: [ParagraphItems], widths: [Points], inHead: Bool, element: inout Int) -> Slice {
        let text = rowStyle(row.kind)
        let groups = [StructureGroup(.table, element: 0), StructureGroup(inHead ? .tableHead : .tableBody, element: 0),
                      StructureGroup(.tableRow, element: element)]
        var cells: [(x: Points, width: Points, lines: [SetLine], structure: StructureRef, struck: Bool)] = []
        var column = 0
        var x = Points.zero
        for (index, cell) in row.cells.enumerated() {
            let width = widths[column..<(column + cell.columnSpan)].reduce(Points.zero, +)
            let numeric = isNumeric(cell, column: column)
            let alignment = cell.alignment ?? (numeric ? .right : table.columns[column].alignment)
            let lines = builder.typesetter.lines(items[index], style: text, width: width - cellPadding.x * 2, alignment: alignment == .justified ? .left : alignment)
            let role: StructureRole = row.kind == .header ? .tableHeaderCell : .tableDataCell
            cells.append((x, width, lines, StructureRef(role: role, element: element, groups: groups), cell.struckThrough))
            element += 1
            x += width
            column += cell.columnSpan
        }
        let tableWidth = widths.reduce(Points.zero, +)
        let contentHeight = cells.map { $0.lines.reduce(Points.zero) { $0 + $1.height } }.max() ?? .zero
        let height = max(contentHeight, text.leading) + cellPadding.y * 2
        var result = decorations(row.kind, width: tableWidth, height: height)
        for cell in cells {
            var y = cellPadding.y
            for (line, items) in zip(cell.lines, builder.typesetter.items(of: cell.lines, x: cell.x + cellPadding.x, structure: cell.structure)) {
                let placed = items.map { $0.moved(dx: .zero, dy: y) }
                result += placed + (cell.struck ? placed.flatMap(Self.strikeThrough) : [])
                y += line.height
            }
            if builder.debugBoxes { result.append(builder.debugOutline(Rect(x: cell.x, y: .zero, width: cell.width, height: height))) }
        }
        return Slice(height: height, items: result, breakAfter: true)
    }

    /// A line through a text item from its first word to its last, an artifact in the text's
    /// colour, 0,06 em thick, 0,33 em above the baseline: a little under the middle of Lato's
    /// figures (0,72 em high), as the struck text is mostly amounts, and above the middle of
    /// its lower case (x-height 0,51 em), so a unit after the amount is struck too.
    static func strikeThrough(_ item: PageItem) -> [PageItem] {
        guard case let .text(run) = item.content, let first = run.segments.first, let last = run.segments.last else { return [] }
        let size = run.font.size.value, y = run.origin.y - Points(size * 0.33)
        let from = Point(x: run.origin.x + first.x, y: y), to = Point(x: run.origin.x + last.x + last.width, y: y)
        return [PageItem(.line(from: from, to: to, stroke: Stroke(width: Points(size * 0.06), color: run.color)))]
    }

    private var cellPadding: (x: Points, y: Points) { (style.table.cellPaddingX, style.table.cellPaddingY) }

    /// A cell holds an amount when it says so, else when it spans one numeric column.
    func isNumeric(_ cell: TableCell, column: Int) -> Bool {
        cell.numeric ?? (cell.columnSpan == 1 && table.columns[column].numeric)
    }

    func rowStyle(_ kind: TableRow.Kind) -> TextStyle {
        switch kind {
        case .header: return style.text("tabellhuvud")
        case .body: return style.text("tabelltext")
        case .subtotal, .total: return style.text("tabellsumma")
        }
    }

    /// Shading behind the row and its rules, all artifacts.
    private func decorations(_ kind: TableRow.Kind, width: Points, height: Points) -> [PageItem] {
        let table = style.table
        var items: [PageItem] = []
        let shading = kind == .header ? table.headerShading : kind == .total ? table.totalShading : nil
        if let shading { items.append(PageItem(.rect(Rect(x: .zero, y: .zero, width: width, height: height), fill: shading, stroke: nil))) }
        func rule(at y: Points, _ thickness: Points) {
            guard thickness > .zero else { return }
            let stroke = Stroke(width: thickness, color: table.ruleColor)
            items.append(PageItem(.line(from: Point(x: .zero, y: y), to: Point(x: width, y: y), stroke: stroke)))
        }
        switch kind {
        case .header: rule(at: height, table.headerRule)
        case .total: rule(at: .zero, table.totalRule)
        case .subtotal: rule(at: .zero, table.subtotalRule)
        case .body: rule(at: height, table.bodyRule)
        }
        return items
    }
}
