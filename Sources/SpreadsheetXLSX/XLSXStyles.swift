/// The number format of each cell style (`cellXfs`), enough to tell a date from a number.
struct XLSXStyles {
    private var formats: [(isDate: Bool, hasDay: Bool)] = []

    init() {}

    init(_ root: XMLElement) {
        var codes: [Int: String] = [:]
        for format in root.child("numFmts")?.all("numFmt") ?? [] {
            if let id = format.attribute("numFmtId").flatMap(Int.init), let code = format.attribute("formatCode") { codes[id] = code }
        }
        formats = (root.child("cellXfs")?.all("xf") ?? []).map { style in
            let id = style.attribute("numFmtId").flatMap(Int.init) ?? 0
            return ExcelDates.isDateFormat(id: id, code: codes[id])
        }
    }

    /// Whether style `index` (a cell's `s`) shows a date, and with a day.
    func dateFormat(_ index: Int) -> (isDate: Bool, hasDay: Bool) {
        formats.indices.contains(index) ? formats[index] : (false, false)
    }
}
