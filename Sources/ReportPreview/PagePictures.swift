import Foundation
import ReportLayout

/// The bytes of the picture files pages show, read at a refresh: a page whose layout is
/// unchanged but whose picture file was replaced in place (same name, same size) is a
/// changed page, painted again, not served from the kept PNGs.
struct PagePictures: Equatable {
    private var bytes: [String: Data] = [:]

    init() {}

    init(_ pages: [Page]) {
        for path in pages.flatMap(Self.paths) where bytes[path] == nil {
            bytes[path] = FileManager.default.contents(atPath: path) ?? Data()
        }
    }

    static func paths(_ page: Page) -> [String] {
        page.items.compactMap { item in
            guard case let .image(_, file) = item.content else { return nil }
            return file.path
        }
    }

    /// Whether every picture of `page` has the same bytes here as in `earlier`.
    func same(on page: Page, as earlier: PagePictures) -> Bool {
        Self.paths(page).allSatisfy { path in bytes[path] != nil && bytes[path] == earlier.bytes[path] }
    }
}
