import Foundation

/// The model's JSON form: sorted keys and exact amounts, so that two runs on the same
/// folder give identical text.
public enum ModelJSON {
    public static func encode(_ model: AnnualReportModel) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(model), as: UTF8.self)
    }
}
