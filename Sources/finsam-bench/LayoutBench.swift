import CairoPDF
import Foundation
import PangoText
import ReportLayout

/// Lays out and paints a generated 25-page annual report and a 300-page stress document;
/// reports the median of several runs for layout and painting separately (targets: under
/// 100 ms and under 1 s, growing linearly with pages). Layout runs with a fresh engine
/// each time, so every word is shaped again, as in a cold command-line run.
func runLayoutBench() throws {
    let fonts = try FontSystem()
    let style = try LayoutStyle.load(path: BundledResources.layoutsDirectory() + "/arsredovisning.yaml")
    let painter = CairoPainter(fonts: fonts)
    for (name, sections, runs) in [("rapport 25 s", 18, 7), ("stress 300 s", 225, 3)] {
        let document = LayoutBenchDocument.make(sections: sections)
        let (layoutTimes, laidOut) = try timeLayout(document, style: style, measurer: { PangoMeasurer(fonts: fonts) }, runs: runs)
        let path = NSTemporaryDirectory() + "finsam-layout-bench-\(getpid()).pdf"
        defer { try? FileManager.default.removeItem(atPath: path) }
        // FINSAM_BENCH_LAYOUT_ONLY=1 paints once, so that `perf record` sees mostly layout.
        let paintRuns = ProcessInfo.processInfo.environment["FINSAM_BENCH_LAYOUT_ONLY"] == "1" ? 1 : runs
        let paintTimes = try (0..<paintRuns).map { _ in try milliseconds { try painter.writePDF(laidOut, to: path) } }
        print(String(format: "layout: %@: %d sidor, sättning %.1f ms, målning %.1f ms (median av %d)",
                     name, laidOut.pages.count, median(layoutTimes), median(paintTimes), runs))
    }
}

/// Times layout with any `TextMeasurer` (a fake one works before Pango is at hand).
func timeLayout(_ document: Document, style: LayoutStyle, measurer: () -> TextMeasurer, runs: Int) throws -> ([Double], LaidOutDocument) {
    var result: LaidOutDocument?
    let times = try (0..<runs).map { _ in
        let engine = LayoutEngine(style: style, measurer: measurer())
        return try milliseconds { result = try engine.layout(document) }
    }
    return (times, result!)
}

private func milliseconds(_ work: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try work()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
}

private func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

/// A report-like document: headings, justified prose, lists, tables with totals, charts.
enum LayoutBenchDocument {
    /// The words of the real report's texts (about 4 700, in their order), so that the
    /// bench meets as many distinct words as a report does and its caches hit no more often.
    static let vocabulary: [String] = {
        let folder = (try? benchAnnualFolder()).map { $0 + "/texter" } ?? ""
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
        let text = names.compactMap { try? String(contentsOfFile: folder + "/" + $0, encoding: .utf8) }.joined(separator: " ")
        let words = text.split(whereSeparator: { $0.isWhitespace }).map { $0.filter { !"#*|{}".contains($0) } }.filter { !$0.isEmpty }
        return words.isEmpty ? ["text"] : words
    }()

    /// `count` words from the report's text, starting at a place that differs per `seed`.
    static func words(_ count: Int, seed: Int) -> String {
        (0..<count).map { vocabulary[(seed * 131 + $0) % vocabulary.count] }.joined(separator: " ")
    }

    static func make(sections: Int) -> Document {
        var blocks: [Block] = [.tableOfContents(TableOfContents())]
        for section in 0..<sections {
            blocks.append(.heading(Heading(level: section % 4 == 0 ? 1 : 2, "Avsnitt \(section + 1) om förbundets verksamhet")))
            for paragraph in 0..<(3 + section % 3) {
                blocks.append(.paragraph(Paragraph([.text(words(45 + 20 * paragraph, seed: section + paragraph)), .bold(" Resultatet"), .text(" blev 246\u{00A0}185,14 kr.")])))
            }
            if section % 3 == 0 { blocks.append(.list(BulletList(items: [[.text(words(14, seed: section))], [.text(words(26, seed: section + 1))]]))) }
            if section % 2 == 1 { blocks.append(.table(table(rows: 10 + section % 17, section: section))) }
            if section % 5 == 2 { blocks.append(.chart(chart(section))) }
        }
        return Document(metadata: DocumentMetadata(title: "Mätdokument"), blocks: blocks)
    }

    static func table(rows: Int, section: Int) -> Table {
        Table(columns: [TableColumn(.relative(2)), TableColumn(numeric: true), TableColumn(numeric: true), TableColumn(numeric: true)],
              headerRows: [TableRow(.header, texts: ["Kostnadsställe", "Utfall", "Budget", "Avvikelse"])],
              rows: (0..<rows).map { TableRow(.body, texts: ["Verksamheter i kommun \($0 + 1)", "\u{2212}1\u{00A0}\(100 + $0)", "\u{2212}1\u{00A0}780", "\(355 + section)"]) }
                + [TableRow(.total, texts: ["Summa", "\u{2212}18\u{00A0}609", "\u{2212}19\u{00A0}685", "1\u{00A0}076"])],
              caption: "Driftredovisning, tkr (\(section + 1))")
    }

    static func chart(_ section: Int) -> Chart {
        let towns = ["Bollebygd", "Borås", "Herrljunga", "Mark", "Svenljunga", "Tranemo", "Ulricehamn", "Vårgårda"]
        return Chart(kind: .groupedBar, title: "Deltagare per kommun", categories: towns,
                     series: [ChartSeries("Kvinnor", [17, 227, 25, 57, 24, 23, 30, 23]), ChartSeries("Män", [18, 107, 9, 45, 10, 9, 19, 7 + Double(section % 3)])],
                     alternativeText: "Stapeldiagram över deltagare per kommun och kön")
    }
}
