import Foundation
import ReportCore

/// A snapshot as the page's script reads it from `/tillstand` (and from the page itself
/// at load): everything but the pictures, which come from `/sida/N`.
struct PreviewStatus: Encodable {
    struct Remark: Encodable {
        var severity: String
        /// "rapport.yaml:12", or nil for a finding about the whole folder.
        var place: String?
        var message: String
    }

    var version: Int
    var summary: String
    var made: String
    var note: String
    var filesToFix: [String]
    var findings: [Remark]
    var pages: [PreviewSnapshot.Entry]

    init(_ snapshot: PreviewSnapshot) {
        version = snapshot.version
        summary = snapshot.summary
        made = snapshot.made
        note = snapshot.note
        filesToFix = snapshot.filesToFix
        findings = snapshot.findings.map { Remark(severity: $0.severity.rawValue, place: $0.location?.description, message: $0.message) }
        pages = snapshot.pages
    }

    /// JSON; slashes stay escaped ("<\\/"), so it is safe inside the page's script element.
    func json() -> [UInt8] {
        [UInt8]((try? JSONEncoder().encode(self)) ?? Data("{}".utf8))
    }
}
