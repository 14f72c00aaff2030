import Foundation
@testable import ReportLayout

/// Every character is half the font size wide; ascent 0.8 and descent 0.2 of the size.
/// Exact arithmetic for line breaking and pagination tests.
final class FixedWidthMeasurer: TextMeasurer {
    private(set) var calls = 0

    func width(of text: String, font: FontSpec) -> Points {
        calls += 1
        return font.size * 0.5 * Double(text.count)
    }

    func metrics(of font: FontSpec) -> FontMetrics {
        FontMetrics(ascent: font.size * 0.8, descent: font.size * 0.2)
    }
}

enum Fixtures {
    static let layouts = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("layouts")

    static func style(_ name: String = "dokument") throws -> LayoutStyle {
        try LayoutStyle.load(path: layouts.appendingPathComponent("\(name).yaml").path)
    }

    static func hyphenator() throws -> Hyphenator {
        try Hyphenator(patternFile: "/usr/share/hyphen/hyph_sv_SE.dic", exceptionFile: layouts.appendingPathComponent("avstavning.txt").path)
    }

    /// A small page so that pagination is exercised with few lines: text area 200 × 100 pt,
    /// body 10 pt on 10 pt lines with no paragraph spacing.
    static func smallStyle() throws -> LayoutStyle {
        var style = try self.style()
        style.pageSize = Size(width: Points(260), height: Points(160))
        style.margins = Margins(top: Points(30), bottom: Points(30), left: Points(30), right: Points(30))
        for name in ["brödtext", "tabelltext", "tabellhuvud", "tabellsumma", "rubrik1", "rubrik2", "tabelltitel"] {
            var text = style.text(name)
            text.font = text.font.sized(Points(10))
            text.lineHeight = 1
            text.spaceBefore = .zero
            text.spaceAfter = .zero
            style.textStyles[name] = text
        }
        style.table.cellPaddingY = .zero
        style.table.spaceAfter = .zero
        style.footer = nil
        return style
    }

    static func words(_ count: Int, seed: Int = 0) -> String {
        let pool = ["samordningsförbundet", "och", "verksamheten", "har", "under", "året", "arbetat", "med", "rehabiliteringsinsatser",
                    "för", "deltagare", "i", "kommunerna", "balanskravsresultat", "kortfristiga", "skulder", "ökade", "tydligt"]
        return (0..<count).map { pool[($0 * 7 + seed) % pool.count] }.joined(separator: " ")
    }

    static func texts(on page: Page) -> [String] {
        page.items.compactMap { item in
            if case let .text(run) = item.content, item.structure != .artifact { return run.text }
            return nil
        }
    }
}

extension Page {
    var bodyItems: [PageItem] { items.filter { $0.structure != .artifact } }

    func contains(text: String) -> Bool { Fixtures.texts(on: self).contains { $0.contains(text) } }
}
