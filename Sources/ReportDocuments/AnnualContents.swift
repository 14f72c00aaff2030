import ReportLayout

/// The table of contents; the engine fills in numbers and pages and links each entry.
enum AnnualContents {
    static func blocks() -> [Block] {
        [.tableOfContents(TableOfContents(title: "Innehåll", maxLevel: 2))]
    }
}
