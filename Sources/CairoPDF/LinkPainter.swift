import CCairo
import ReportLayout

/// Internal links and their destinations, as Cairo's PDF tags (`cairo_tag_begin`).
enum LinkPainter {
    static func link(_ rect: Rect, target: LinkTarget, on cr: OpaquePointer) {
        cairo_tag_begin(cr, CAIRO_TAG_LINK, attributes(rect, target: target))
        cairo_tag_end(cr, CAIRO_TAG_LINK)
    }

    /// The attributes of a link tag: its area and where it goes.
    static func attributes(_ rect: Rect, target: LinkTarget) -> String {
        let area = "rect=[\(rect.minX.value) \(rect.minY.value) \(rect.size.width.value) \(rect.size.height.value)]"
        switch target {
        case .anchor(let name): return "\(area) dest='\(escape(PDFStrings.name(name)))'"
        case .uri(let uri): return "\(area) uri='\(escape(PDFStrings.uri(uri)))'"
        }
    }

    static func anchor(_ name: String, at point: Point, on cr: OpaquePointer) {
        cairo_tag_begin(cr, CAIRO_TAG_DEST, "name='\(escape(PDFStrings.name(name)))' x=\(point.x.value) y=\(point.y.value)")
        cairo_tag_end(cr, CAIRO_TAG_DEST)
    }

    /// Cairo's attribute strings quote with ' and escape with \.
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'")
    }
}
