import Foundation
import ReportCore
import ReportDocuments

/// Writes a comparison of two report versions as a PDF, set with the newer version's
/// layout, finished and verified as every other document (PDF/A-2a, PDF/UA-1).
public enum ComparisonRender {
    public static func write(_ comparison: ReportComparison, old: (name: String, report: ComparedReport),
                             new: (name: String, report: ComparedReport), to path: String) throws {
        let document = ComparisonComposer.compose(
            comparison, old: .init(name: displayName(old.name), report: old.report), new: .init(name: displayName(new.name), report: new.report))
        let renderer = try DocumentRenderer()
        let laidOut = try renderer.layout(document, layoutName: new.report.layout)
        try renderer.write(laidOut, to: path)
        ObjectLifetime.keep(document, renderer, laidOut)
    }

    /// A folder or file as the title names it: its last path component.
    static func displayName(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.lastPathComponent
    }
}
