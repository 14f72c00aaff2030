/// A chart drawn as vector items. Data are labelled series of Doubles: charts show
/// shapes, the exact figures live in tables.
public struct Chart: Sendable {
    public enum Kind: Sendable, Hashable {
        /// Bars per category, one bar per series side by side.
        case groupedBar
        /// One line per series over the categories.
        case line
    }

    public var kind: Kind
    public var title: String?
    /// Category labels along the x axis (municipalities, years).
    public var categories: [String]
    public var series: [ChartSeries]
    /// Text for the structure tree (tagged PDF), in Swedish.
    public var alternativeText: String
    public var height: Points?
    /// Decimals shown on the value axis.
    public var decimals: Int

    public init(kind: Kind, title: String? = nil, categories: [String], series: [ChartSeries],
                alternativeText: String, height: Points? = nil, decimals: Int = 0) {
        self.kind = kind
        self.title = title
        self.categories = categories
        self.series = series
        self.alternativeText = alternativeText
        self.height = height
        self.decimals = decimals
    }
}

public struct ChartSeries: Sendable, Hashable {
    public var label: String
    public var values: [Double]

    public init(_ label: String, _ values: [Double]) {
        self.label = label
        self.values = values
    }
}
