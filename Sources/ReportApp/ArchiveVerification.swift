import Foundation
import PDFFinish
import ReportCore
import ReportLayout

/// `render` checks every PDF it writes with `verify` before the file replaces an earlier
/// one: a file that breaks a PDF/A-2 or PDF/UA-1 rule is a finding (exit 1), not written.
enum ArchiveVerification {
    static func check(_ bytes: [UInt8], path: String, laidOut: LaidOutDocument) throws {
        let report = try PDFVerifier.verify(bytes, file: path, expectedText: contentText(laidOut), keep: ObjectLifetime.keepLastCheckInput)
        guard !report.passed else { return }
        throw FindingsFailure(findings: report.failures.map { failed in
            Finding(code: "pdf-\(failed.id)", message: "\(path): regel \(failed.id) (\(failed.clause)) uppfylls inte: \(failed.title). \(failed.finding)")
        })
    }

    /// The text layout set as content (not artifacts), in reading order.
    static func contentText(_ document: LaidOutDocument) -> String {
        document.pages.flatMap(\.items).compactMap { item -> String? in
            guard !item.structure.isArtifact, case let .text(run) = item.content else { return nil }
            return run.text
        }.joined(separator: " ")
    }
}
