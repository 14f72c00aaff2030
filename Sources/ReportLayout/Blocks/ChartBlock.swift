extension BlockBuilder {
    func chart(_ chart: Chart) -> BlockStack {
        ChartBuilder(builder: self, chart: chart).stack()
    }
}
