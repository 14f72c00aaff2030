import Foundation
import ReportApp
import ReportLayout

/// The pages the preview shows, each with its caption, and one Swedish sentence that
/// says what they are. A tertial report shows the report and then each member's covering
/// letter; the report each letter file encloses after its letter is shown once, above.
struct PreviewContents {
    struct Shown {
        var page: Page
        var caption: String
    }

    var pages: [Shown] = []
    var note: String

    init(_ layout: SessionLayout) {
        let main = layout.document.pages
        guard !layout.letters.isEmpty else {
            pages = main.enumerated().map { Shown(page: $1, caption: "Sida \($0 + 1)") }
            note = "Sidorna visas som de blir i PDF-filen."
            return
        }
        pages = main.enumerated().map { Shown(page: $1, caption: "Tertialrapporten, sida \($0 + 1)") }
        for letter in layout.letters {
            pages += letter.pages.enumerated().map { Shown(page: $1, caption: "\(letter.file), sida \($0 + 1)") }
        }
        let count = layout.letters.count
        let members = count == 1 ? "medlemmen" : "var och en av de \(count) medlemmarna"
        note = "Först tertialrapporten (\(Self.pages(main.count))), sedan följebrevet till \(members). "
            + "I varje brevfil följer rapporten efter brevet; här visas den bara en gång, överst."
    }

    private static func pages(_ count: Int) -> String { "\(count) \(count == 1 ? "sida" : "sidor")" }
}
