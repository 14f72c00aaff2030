import CCairo
import Foundation
import XCTest
import CairoPDF
import PangoText
import ReportLayout

/// Focused layout cases rendered with the real Pango measurer and Cairo painter, compared
/// with checked-in PNGs (1 px per pt) within a per-channel tolerance and an allowed share
/// of differing pixels. A failing page is written to output/test-failures/. Set
/// FINSAM_RECORD_REFERENCES=1 to (re)write the references, then look at them before committing.
final class LayoutReferenceTests: XCTestCase {
    static let fonts: FontSystem = try! FontSystem()
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private func style() throws -> LayoutStyle {
        var style = try LayoutStyle.load(path: Self.root.appendingPathComponent("layouts/arsredovisning.yaml").path)
        style.pageSize = Size(width: Points(320), height: Points(240))
        style.margins = Margins(top: Points(28), bottom: Points(40), left: Points(28), right: Points(28))
        style.firstPage = FirstPageStyle()
        style.header = nil
        style.footer?.initialsSize = Size(width: Points(60), height: Points(18))
        style.footer?.offset = Points(14)
        style.headings.newPageLevels = []
        return style
    }

    private func layout(_ blocks: [Block]) throws -> LaidOutDocument {
        try LayoutEngine(style: try style(), measurer: PangoMeasurer(fonts: Self.fonts))
            .layout(Document(metadata: DocumentMetadata(title: "Referens"), blocks: blocks))
    }

    func testTableSplitRepeatsHeader() throws {
        let rows = (1...12).map { TableRow(.body, texts: ["Kostnadsställe \($0)", "\u{2212}1\u{202F}\(200 + $0 * 7)", "\u{2212}1\u{202F}780"]) }
        let table = Table(columns: [TableColumn(.relative(1)), TableColumn(numeric: true), TableColumn(numeric: true)],
                          headerRows: [TableRow(.header, texts: ["Kostnadsställe", "Utfall", "Budget"])],
                          rows: rows + [TableRow(.total, texts: ["Summa", "\u{2212}18\u{202F}609", "\u{2212}19\u{202F}685"])], caption: "Driftredovisning, tkr")
        try assertReferences(try layout([.table(table)]), name: "layout-table-split")
    }

    func testHeadingAtPageFootMovesWithItsText() throws {
        let prose = "Samordningsförbundet har under året finansierat rehabiliteringsinsatser för deltagare i alla åtta kommunerna. "
        let blocks: [Block] = [.heading(Heading(level: 2, "Förvaltningsberättelse")), .paragraph(Paragraph(prose + prose + prose)),
                               .heading(Heading(level: 2, "Balanskravsresultat")), .paragraph(Paragraph(prose + prose))]
        try assertReferences(try layout(blocks), name: "layout-heading-keep")
    }

    func testLongCompoundInNarrowCell() throws {
        let table = Table(columns: [TableColumn(.fixed(Points(62))), TableColumn(.relative(1)), TableColumn(numeric: true)],
                          headerRows: [TableRow(.header, texts: ["Insats", "Beskrivning", "tkr"])],
                          rows: [TableRow(.body, texts: ["Kompetensutvecklingsinsatser", "Utbildningsinsatser för handläggare", "1\u{202F}234"]),
                                 TableRow(.body, texts: ["Rehabiliteringsinsatser", "Verksamhetsanknutna kostnader", "\u{2212}20\u{202F}859"])])
        try assertReferences(try layout([.table(table)]), name: "layout-narrow-cell")
    }

    private func assertReferences(_ document: LaidOutDocument, name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let painter = CairoPainter(fonts: Self.fonts)
        for (index, page) in document.pages.enumerated() {
            let fileName = "\(name)-\(index + 1).png"
            let reference = Self.root.appendingPathComponent("Tests/CairoPDFTests/References/\(fileName)").path
            let rendered = NSTemporaryDirectory() + "render-\(UUID().uuidString).png"
            defer { try? FileManager.default.removeItem(atPath: rendered) }
            try painter.writePNG(page, to: rendered)
            if ProcessInfo.processInfo.environment["FINSAM_RECORD_REFERENCES"] == "1" {
                try? FileManager.default.removeItem(atPath: reference)
                try FileManager.default.copyItem(atPath: rendered, toPath: reference)
                continue
            }
            let difference = try ImageDifference(reference: reference, rendered: rendered)
            if difference.share > 0.005 {
                let failures = Self.root.appendingPathComponent("output/test-failures")
                try FileManager.default.createDirectory(at: failures, withIntermediateDirectories: true)
                let kept = failures.appendingPathComponent(fileName).path
                try? FileManager.default.removeItem(atPath: kept)
                try FileManager.default.copyItem(atPath: rendered, toPath: kept)
                XCTFail("\(fileName): \(difference.description); rendered page in \(kept)", file: file, line: line)
            }
        }
    }
}

/// Compares two PNGs: the share of pixels where some channel differs by more than `tolerance`.
struct ImageDifference: CustomStringConvertible {
    var share: Double
    var description: String

    init(reference: String, rendered: String, tolerance: Int = 24) throws {
        guard FileManager.default.fileExists(atPath: reference) else {
            share = 1
            description = "referensbilden saknas (\(reference))"
            return
        }
        let expected = cairo_image_surface_create_from_png(reference)!
        let actual = cairo_image_surface_create_from_png(rendered)!
        defer { cairo_surface_destroy(expected); cairo_surface_destroy(actual) }
        let width = cairo_image_surface_get_width(expected), height = cairo_image_surface_get_height(expected)
        guard width == cairo_image_surface_get_width(actual), height == cairo_image_surface_get_height(actual) else {
            share = 1
            description = "olika storlek"
            return
        }
        let stride = Int(cairo_image_surface_get_stride(expected))
        let left = cairo_image_surface_get_data(expected)!, right = cairo_image_surface_get_data(actual)!
        var differing = 0
        for y in 0..<Int(height) {
            for x in 0..<Int(width) {
                let offset = y * stride + x * 4
                if (0..<3).contains(where: { abs(Int(left[offset + $0]) - Int(right[offset + $0])) > tolerance }) { differing += 1 }
            }
        }
        share = Double(differing) / Double(Int(width) * Int(height))
        description = String(format: "%.2f %% av bildpunkterna skiljer", share * 100)
    }
}
