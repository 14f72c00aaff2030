import ReportCore
import ReportLayout

/// The table of contents, as deep as rapport.yaml asks (2 or 3 levels); the engine fills
/// in numbers and pages and links each entry.
enum AnnualContents {
    static func blocks(depth: Int) -> [Block] {
        [.tableOfContents(TableOfContents(title: "Innehåll", maxLevel: depth))]
    }
}
