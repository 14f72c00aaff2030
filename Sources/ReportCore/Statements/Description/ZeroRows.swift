/// Which rows a table prints when zero rows are left out: a row with amounts that are all
/// zero or empty goes (where the table or the row asks for it), and so does a heading
/// whose lines all went. A heading directly followed by another heading (such as
/// "Tillgångar") stays while any line before the next total stays.
enum ZeroRows {
    static func visible(_ rows: [StatementTableBuilder.Evaluated], hideAll: Bool) -> [StatementTableBuilder.Evaluated] {
        var keep = rows.map { row -> Bool in
            guard row.row.kind != .text && row.row.kind != .blank, hideAll || row.hideWhenZero else { return true }
            return row.row.printed.contains { ($0 ?? 0) != 0 }
        }
        let isLine = rows.map { $0.row.kind == .line || $0.row.kind == .partOf }
        for index in rows.indices where rows[index].row.kind == .text && (hideAll || rows[index].hideWhenZero) {
            let after = rows.indices.dropFirst(index + 1)
            let section = after.prefix { rows[$0].row.kind != .text && rows[$0].row.kind != .total }.filter { isLine[$0] }
            if !section.isEmpty {
                keep[index] = section.contains { keep[$0] }
            } else {
                keep[index] = after.prefix { rows[$0].row.kind != .total }.contains { isLine[$0] && keep[$0] }
            }
        }
        return zip(rows, keep).filter(\.1).map(\.0)
    }
}
