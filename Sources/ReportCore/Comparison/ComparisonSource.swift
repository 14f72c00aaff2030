import Foundation

/// One side of a comparison: a report folder, computed afresh, or a file that
/// `finsam-report model --json` wrote. A folder whose checks fail has no model to compare.
public enum ComparisonSource {
    public enum Loaded {
        case report(ComparedReport)
        /// The folder's checks found errors: no model.
        case findings([Finding])
    }

    public static func load(path: String) throws -> Loaded {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputError("Finns inte: ange en rapportmapp eller en modellfil (finsam-report model MAPP --json).", file: path)
        }
        guard isDirectory.boolValue else { return .report(try modelFile(path)) }
        guard try ReportKind.detect(folder: path) == .annualReport else {
            throw InputError("Jämförelsen gäller årsredovisningar; mappen är en annan sorts rapport.", file: path)
        }
        let (model, findings) = AnnualReportBuilder.build(try ReportFolder.load(path: path))
        guard let model else { return .findings(findings) }
        return .report(try ComparedReport(model))
    }

    static func modelFile(_ path: String) throws -> ComparedReport {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError("Filen går inte att läsa.", file: path)
        }
        do {
            return try ComparedReport.decode(data)
        } catch let error as DecodingError {
            throw InputError("Är ingen årsredovisningsmodell från finsam-report model --json (\(describe(error))).", file: path)
        }
    }

    /// The decoder's complaint in Swedish, with the key path it stopped at.
    static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }
            return keys.isEmpty ? "" : " vid " + keys.joined(separator: ".")
        }
        switch error {
        case .keyNotFound(let key, let context): return "nyckeln \(key.stringValue) saknas" + path(context)
        case .typeMismatch(_, let context), .valueNotFound(_, let context): return "fel sorts värde" + path(context)
        case .dataCorrupted(let context):
            return context.codingPath.isEmpty ? "ingen giltig JSON" : "ogiltigt värde" + path(context)
        @unknown default: return "kan inte läsas"
        }
    }
}
