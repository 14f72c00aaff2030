import Foundation

/// Bar and line charts as vector items: value axis with gridlines and Swedish-formatted
/// labels, category labels, bars or polylines per series, and a legend. One unbreakable slice.
struct ChartBuilder {
    let builder: BlockBuilder
    let chart: Chart

    private var text: TextStyle { builder.style.text("diagram") }
    private var structure: StructureRef { StructureRef(role: .figure(alternativeText: chart.alternativeText), element: 1) }

    func stack() -> BlockStack {
        var items: [PageItem] = []
        var top = Points.zero
        if let title = chart.title {
            var element = 0
            for slice in builder.textSlices(title, style: builder.style.text("tabelltitel"), role: .paragraph, element: &element) {
                items += slice.items.map { $0.moved(dx: .zero, dy: top) }
                top += slice.height
            }
        }
        let height = chart.height ?? builder.style.chart.height
        let scale = ValueScale(values: chart.series.flatMap(\.values))
        let labels = scale.ticks.map { SwedishNumber.format($0, decimals: chart.decimals) }
        let axisWidth = (labels.map { builder.typesetter.cache.width($0, text.font) }.max() ?? .zero) + Points(6)
        // Below the plot: a row of category labels, then the legend on a row of its own.
        let rowGap = Points(6)
        let belowPlot = text.leading * 2.3 + rowGap
        let plot = Rect(x: axisWidth, y: top + text.leading / 2, width: builder.width - axisWidth,
                        height: height - belowPlot - text.leading / 2)
        items += axis(scale, labels: labels, plot: plot)
        items += chart.kind == .groupedBar ? bars(scale, plot: plot) : lines(scale, plot: plot)
        items += categoryLabels(plot: plot)
        items += legend(y: plot.maxY + text.leading * 2 + rowGap)
        if builder.debugBoxes { items.append(builder.debugOutline(plot)) }
        let slice = Slice(height: top + height, items: items, breakAfter: true)
        // The title is element 0, the chart's Figure element 1.
        var stack = BlockStack(slices: [slice], spaceBefore: text.spaceBefore, spaceAfter: builder.style.table.spaceAfter, elementCount: 2)
        stack.floats = true
        return stack
    }

    private func y(_ value: Double, _ scale: ValueScale, _ plot: Rect) -> Points {
        plot.maxY - plot.size.height * ((value - scale.minimum) / (scale.maximum - scale.minimum))
    }

    private func axis(_ scale: ValueScale, labels: [String], plot: Rect) -> [PageItem] {
        var items: [PageItem] = []
        let chartStyle = builder.style.chart
        for (tick, name) in zip(scale.ticks, labels) {
            let position = y(tick, scale, plot)
            let color = tick == 0 ? chartStyle.axisColor : chartStyle.gridColor
            items.append(PageItem(.line(from: Point(x: plot.minX, y: position), to: Point(x: plot.maxX, y: position), stroke: Stroke(width: Points(tick == 0 ? 0.6 : 0.3), color: color)),
                                  structure: structure))
            items.append(label(name, right: plot.minX - Points(4), baseline: position + text.font.size * 0.35))
        }
        return items
    }

    private func bars(_ scale: ValueScale, plot: Rect) -> [PageItem] {
        let groups = max(chart.categories.count, 1)
        let groupWidth = plot.size.width / Double(groups)
        let barWidth = groupWidth * 0.7 / Double(max(chart.series.count, 1))
        var items: [PageItem] = []
        for (seriesIndex, series) in chart.series.enumerated() {
            let color = palette(seriesIndex)
            for (index, value) in series.values.prefix(groups).enumerated() {
                let x = plot.minX + groupWidth * Double(index) + groupWidth * 0.15 + barWidth * Double(seriesIndex)
                let top = y(max(value, 0), scale, plot)
                let bottom = y(min(value, 0), scale, plot)
                items.append(PageItem(.rect(Rect(x: x, y: top, width: barWidth, height: bottom - top), fill: color, stroke: nil), structure: structure))
            }
        }
        return items
    }

    private func lines(_ scale: ValueScale, plot: Rect) -> [PageItem] {
        let groupWidth = plot.size.width / Double(max(chart.categories.count, 1))
        var items: [PageItem] = []
        for (seriesIndex, series) in chart.series.enumerated() {
            let color = palette(seriesIndex)
            let points = series.values.enumerated().map { Point(x: plot.minX + groupWidth * (Double($0) + 0.5), y: y($1, scale, plot)) }
            items.append(PageItem(.path(points: points, closed: false, fill: nil, stroke: Stroke(width: Points(1.5), color: color)), structure: structure))
            for point in points {
                let marker = Rect(x: point.x - Points(2), y: point.y - Points(2), width: Points(4), height: Points(4))
                items.append(PageItem(.rect(marker, fill: color, stroke: nil), structure: structure))
            }
        }
        return items
    }

    private func categoryLabels(plot: Rect) -> [PageItem] {
        let groupWidth = plot.size.width / Double(max(chart.categories.count, 1))
        return chart.categories.enumerated().map { index, name in
            let center = plot.minX + groupWidth * (Double(index) + 0.5)
            let width = builder.typesetter.cache.width(name, text.font)
            return label(name, right: center + width / 2, baseline: plot.maxY + text.leading)
        }
    }

    private func legend(y baseline: Points) -> [PageItem] {
        var items: [PageItem] = []
        var x = Points.zero
        let swatch = text.font.size * 0.8
        for (index, series) in chart.series.enumerated() {
            items.append(PageItem(.rect(Rect(x: x, y: baseline - swatch, width: swatch, height: swatch), fill: palette(index), stroke: nil), structure: structure))
            x += swatch + Points(4)
            let width = builder.typesetter.cache.width(series.label, text.font)
            items.append(label(series.label, right: x + width, baseline: baseline))
            x += width + Points(14)
        }
        return items
    }

    private func label(_ string: String, right: Points, baseline: Points) -> PageItem {
        let width = builder.typesetter.cache.width(string, text.font)
        let run = TextRun(origin: Point(x: right - width, y: baseline), font: text.font, color: text.color, segments: [TextSegment(text: string, x: .zero, width: width)])
        return PageItem(.text(run), structure: structure)
    }

    private func palette(_ index: Int) -> Color {
        let colors = builder.style.chart.palette
        return colors[index % colors.count]
    }
}

/// A value axis from zero (or the lowest value) to a round maximum, in steps of 1, 2, 2.5 or 5 × 10ⁿ.
struct ValueScale {
    let minimum: Double
    let maximum: Double
    let ticks: [Double]

    init(values: [Double], targetTicks: Int = 5) {
        let low = min(values.min() ?? 0, 0)
        let high = max(values.max() ?? 1, 0)
        let span = high - low > 0 ? high - low : 1
        let rough = span / Double(targetTicks)
        let magnitude = pow(10, floor(log10(rough)))
        let step = [1, 2, 2.5, 5, 10].map { $0 * magnitude }.first { $0 >= rough } ?? rough
        let bottom = floor(low / step) * step
        let top = ceil(high / step) * step
        let count = Int(((top - bottom) / step).rounded())
        minimum = bottom
        maximum = top
        ticks = (0...count).map { bottom + Double($0) * step }
    }
}

/// Swedish number format for chart labels: thin no-break space between thousands, decimal comma, U+2212 minus.
enum SwedishNumber {
    static func format(_ value: Double, decimals: Int) -> String {
        let factor = pow(10, Double(decimals))
        let scaled = Int64((abs(value) * factor).rounded())
        let whole = String(scaled / Int64(factor))
        var grouped = ""
        for (offset, digit) in whole.enumerated() {
            if offset > 0, (whole.count - offset) % 3 == 0 { grouped.append("\u{202F}") }
            grouped.append(digit)
        }
        if decimals > 0 {
            let fraction = String(scaled % Int64(factor))
            grouped += "," + String(repeating: "0", count: decimals - fraction.count) + fraction
        }
        return (value < 0 && scaled != 0 ? "\u{2212}" : "") + grouped
    }
}
