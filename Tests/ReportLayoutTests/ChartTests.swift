import XCTest
@testable import ReportLayout

final class ChartTests: XCTestCase {
    private func chartPage() throws -> Page {
        let chart = Chart(kind: .groupedBar, title: "Deltagare per kommun och kön",
                          categories: ["Bollebygd", "Borås", "Herrljunga"],
                          series: [ChartSeries("Kvinnor", [17, 227, 25]), ChartSeries("Män", [18, 107, 9])],
                          alternativeText: "Stapeldiagram", height: Points(85))
        let style = try Fixtures.smallStyle()
        let document = try LayoutEngine(style: style, measurer: FixedWidthMeasurer())
            .layout(Document(metadata: DocumentMetadata(title: "T"), blocks: [.chart(chart)]))
        return document.pages[0]
    }

    private func runs(_ page: Page, _ texts: Set<String>) -> [TextRun] {
        page.items.compactMap { if case let .text(run) = $0.content, texts.contains(run.text) { return run } else { return nil } }
    }

    func testTheLegendStandsOnItsOwnRowBelowTheCategoryLabels() throws {
        let page = try chartPage()
        let categories = runs(page, ["Bollebygd", "Borås", "Herrljunga"])
        let legend = runs(page, ["Kvinnor", "Män"])
        XCTAssertEqual(categories.count, 3)
        XCTAssertEqual(legend.count, 2)
        let lowestCategoryBaseline = categories.map(\.origin.y).max()!
        let size = categories[0].font.size
        for entry in legend {
            // A full line below: the legend's ascent clears the labels' descent.
            XCTAssertGreaterThan(entry.origin.y - lowestCategoryBaseline, size, "legend \(entry.text) overlaps the category labels")
        }
    }

    func testTheChartStaysInsideTheTextArea() throws {
        let page = try chartPage()
        for item in page.items {
            if case let .text(run) = item.content {
                XCTAssertLessThanOrEqual(run.origin.y.value, page.textArea.maxY.value + 0.01, run.text)
            }
        }
    }
}
