import Foundation
import PangoText
import ReportApp
import ReportCore

/// One bad-input case run: the file changed, the folder checked in process, the file put
/// back, and what is wrong with the outcome (nothing, when the case passes). An unchanged
/// case must also leave the report's model as it was.
enum BadInputRun {
    /// The unchanged folder's errors and warnings, and its model.
    struct Baseline {
        var findings: [Finding]
        var model: String

        init(folder: String, coverage: GlyphCoverage) throws {
            findings = BadInputSuiteTests.significant(try FolderCheck.run(folder: folder, coverage: coverage).findings)
            model = try BadInputRun.model(of: folder)
        }
    }

    /// The report the folder makes, as `model --json` writes it, without the provenance (its
    /// source lines move when the books gain a closing entry).
    static func model(of folder: String) throws -> String {
        switch try ReportKind.detect(folder: folder) {
        case .annualReport:
            var model = AnnualReportBuilder.compute(try ReportFolder.load(path: folder)).model
            model.provenance = ModelProvenance()
            return try ModelJSON.encode(model)
        case .tertialReport:
            return try TertialReportBuilder.build(TertialFolder.load(path: folder)).model.map(TertialModelJSON.encode) ?? ""
        case .plainDocument:
            return ""
        }
    }

    static func problems(_ badCase: BadInputCase, in folder: String, baseline: Baseline, coverage: GlyphCoverage) -> [String] {
        let path = folder + "/" + badCase.file
        do {
            let original = try Data(contentsOf: URL(fileURLWithPath: path))
            defer { restore(original, at: path) }
            try change(badCase, original: original, at: path)
            do {
                let findings = try FolderCheck.run(folder: folder, coverage: coverage).findings
                let problems = judge(badCase, refusals: findings.filter { $0.severity == .error }.map(\.description), findings: findings,
                                     baseline: baseline.findings)
                guard problems.isEmpty, case .unchanged = badCase.outcome else { return problems }
                return try model(of: folder) == baseline.model ? [] : ["changed the report's model (model --json)"]
            } catch let error as InputError {
                return judge(badCase, refusals: [error.description], findings: [], baseline: baseline.findings)
            }
        } catch {
            return ["could not be run: \(error)"]
        }
    }

    /// `refusals`: the printed lines of the input error, or of the error findings.
    static func judge(_ badCase: BadInputCase, refusals: [String], findings: [Finding], baseline: [Finding]) -> [String] {
        switch badCase.outcome {
        case .refused(let refusal):
            guard !refusals.isEmpty else { return ["not refused: \(findings)"] }
            let problems = refusals.map { refusal.problems($0, changedFile: badCase.file) }
            return problems.contains { $0.isEmpty } ? [] : Array(problems.joined().prefix(5))
        case .warned(let code):
            guard refusals.isEmpty else { return ["refused, though a warning \(code) was expected: \(refusals.prefix(5))"] }
            let warned = findings.contains { $0.severity == .warning && $0.code == code && $0.location?.line != nil }
            return warned ? [] : ["no warning \(code) with its line: \(findings)"]
        case .unchanged:
            let found = refusals.isEmpty ? BadInputSuiteTests.significant(findings).map(\.description) : refusals
            let expected = baseline.map(\.description)
            return found == expected ? [] : ["changed the check's outcome: \(found.prefix(5)), unchanged \(expected.prefix(5))"]
        }
    }

    private struct Unwritable: Error { var file: String }

    private static func change(_ badCase: BadInputCase, original: Data, at path: String) throws {
        switch badCase.replacement {
        case .removed:
            try FileManager.default.removeItem(atPath: path)
        case .folder:
            try FileManager.default.removeItem(atPath: path)
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        case nil:
            // The books are Latin-1 with CRLF: as LF lines, so that a line is one line to the change.
            let latin1 = path.hasSuffix(".se")
            guard let text = String(data: original, encoding: latin1 ? .isoLatin1 : .utf8),
                  let changed = badCase.change(latin1 ? text.replacingOccurrences(of: "\r\n", with: "\n") : text)
                      .data(using: latin1 ? .isoLatin1 : .utf8, allowLossyConversion: false) else {
                throw Unwritable(file: badCase.file)
            }
            try changed.write(to: URL(fileURLWithPath: path))
        }
    }

    private static func restore(_ original: Data, at path: String) {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            try? FileManager.default.removeItem(atPath: path)
        }
        try? original.write(to: URL(fileURLWithPath: path))
    }
}
