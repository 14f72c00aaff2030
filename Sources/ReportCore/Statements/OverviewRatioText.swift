extension MultiYearOverview {
    /// Each ratio row (soliditet) spelled out with its two figures for every year, for the
    /// check report, so that an auditor can check it: "Soliditet är eget kapital delat med
    /// totala tillgångar (tkr): 2024: 3 284 / 11 708 = 28 %; …". The board's document prints
    /// the ratio alone.
    public var ratioExplanations: [String] {
        rows.compactMap { row -> String? in
            guard let ids = row.ratio, ids.count == 2, let numerator = self.row(ids[0]), let denominator = self.row(ids[1]) else { return nil }
            let ratios = columns.indices.map { index in
                "\(columns[index].year): \(Tkr(numerator.values[index]).formatted) / \(Tkr(denominator.values[index]).formatted) = "
                    + SwedishNumberFormat.integer(row.values[index]) + "\u{00A0}%"
            }
            return "\(row.label) är \(Self.inSentence(numerator.label)) delat med \(Self.inSentence(denominator.label)) (tkr): "
                + ratios.joined(separator: "; ") + "."
        }
    }
}
