/// Measures each distinct string once per font: shaping is the expensive part of layout,
/// and Swedish prose and tables repeat their words and figures.
final class MeasureCache {
    let measurer: TextMeasurer
    private let widths = FontKeyedTexts<Points>()
    private var metricsByFont: [FontSpec: FontMetrics] = [:]

    init(measurer: TextMeasurer) {
        self.measurer = measurer
    }

    func width(_ text: String, _ font: FontSpec) -> Points {
        widths.value(text, font: font) { measurer.width(of: text, font: font) }
    }

    /// The widths of `word`'s first `characterCounts` characters (ascending), from the
    /// measurer in one call: words are cached whole by their callers, prefixes are not kept.
    func prefixWidths(_ word: String, _ font: FontSpec, characterCounts: [Int]) -> [Points] {
        var utf8Counts: [Int] = []
        var index = word.startIndex
        var characters = 0
        for count in characterCounts {
            index = word.index(index, offsetBy: count - characters)
            characters = count
            utf8Counts.append(word.utf8.distance(from: word.startIndex, to: index))
        }
        return measurer.prefixWidths(of: word, utf8Counts: utf8Counts, font: font)
    }

    func metrics(_ font: FontSpec) -> FontMetrics {
        if let metrics = metricsByFont[font] { return metrics }
        let metrics = measurer.metrics(of: font)
        metricsByFont[font] = metrics
        return metrics
    }
}
