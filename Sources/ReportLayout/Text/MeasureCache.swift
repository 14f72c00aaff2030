/// Measures each distinct string once per font: shaping is the expensive part of layout,
/// and Swedish prose and tables repeat their words and figures.
final class MeasureCache {
    let measurer: TextMeasurer
    private var widths: [FontSpec: [String: Points]] = [:]
    private var metricsByFont: [FontSpec: FontMetrics] = [:]

    init(measurer: TextMeasurer) {
        self.measurer = measurer
    }

    func width(_ text: String, _ font: FontSpec) -> Points {
        if let width = widths[font]?[text] { return width }
        let width = measurer.width(of: text, font: font)
        widths[font, default: [:]][text] = width
        return width
    }

    func metrics(_ font: FontSpec) -> FontMetrics {
        if let metrics = metricsByFont[font] { return metrics }
        let metrics = measurer.metrics(of: font)
        metricsByFont[font] = metrics
        return metrics
    }
}
