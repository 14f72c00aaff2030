import CCairo
import CPango
import Foundation
import PangoText
import ReportLayout

/// Paints laid-out pages with Cairo: into a PDF (the product) or a PNG (for looking at
/// pages and for reference-image tests). It only walks the pages; every position was
/// decided by layout.
public final class CairoPainter {
    public struct PaintError: Error, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    private let text: GlyphRunPainter
    private let images = ImagePainter()

    public init(fonts: FontSystem) {
        self.text = GlyphRunPainter(shaper: fonts.shaper)
    }

    /// Writes the whole document as one tagged PDF at `path` (overwriting it) and tells
    /// what the finishing step must add to its structure.
    @discardableResult
    public func writePDF(_ document: LaidOutDocument, to path: String) throws -> PaintedStructure {
        guard let first = document.pages.first else { throw PaintError(message: "Dokumentet har inga sidor.") }
        images.startDocument()
        let surface = cairo_pdf_surface_create(path, first.size.width.value, first.size.height.value)!
        defer { cairo_surface_destroy(surface) }
        PDFMetadataWriter.write(document.metadata, to: surface)
        let cr = cairo_create(surface)!
        let tagger = StructureTagger()
        // The structure tree's root element; it holds elements only.
        cairo_tag_begin(cr, "Document", "")
        var currentSize = first.size
        for page in document.pages {
            // Only on a change of size: Cairo 1.16 loses the structure tree when the
            // first page's size is set again after the Document tag has begun.
            if page.size != currentSize {
                cairo_pdf_surface_set_size(surface, page.size.width.value, page.size.height.value)
                currentSize = page.size
            }
            drawTagged(page, on: cr, tagger: tagger)
            cairo_show_page(cr)
        }
        tagger.closeAll(on: cr)
        cairo_tag_end(cr, "Document")
        // The context must be gone before the surface finishes, or Cairo drops the
        // structure tree it collected.
        cairo_destroy(cr)
        PDFOutlineWriter.write(document.outline, to: surface)
        cairo_surface_finish(surface)
        try check(cairo_surface_status(surface), path: path)
        if let failed = images.failures.first { throw PaintError(message: "Bilden \(failed) kunde inte läsas när PDF:en skrevs.") }
        return tagger.painted
    }

    /// Writes one page as a PNG with `pixelsPerPoint` pixels per point (1 = 72 dpi).
    public func writePNG(_ page: Page, pixelsPerPoint: Double = 1, to path: String) throws {
        let surface = paintedSurface(page, pixelsPerPoint: pixelsPerPoint)
        defer { cairo_surface_destroy(surface) }
        try check(cairo_surface_write_to_png(surface, path), path: path)
    }

    /// One page as PNG bytes in memory (the preview's pages), painted as `writePNG` does.
    public func pngBytes(_ page: Page, pixelsPerPoint: Double = 1) throws -> [UInt8] {
        let surface = paintedSurface(page, pixelsPerPoint: pixelsPerPoint)
        defer { cairo_surface_destroy(surface) }
        final class Collected { var bytes: [UInt8] = [] }
        let collected = Collected()
        let status = cairo_surface_write_to_png_stream(surface, { closure, data, length in
            guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
            let target = Unmanaged<Collected>.fromOpaque(closure).takeUnretainedValue()
            target.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
            return CAIRO_STATUS_SUCCESS
        }, Unmanaged.passUnretained(collected).toOpaque())
        try withExtendedLifetime(collected) { try check(status, path: "PNG-bilden") }
        return collected.bytes
    }

    /// Renders one page to pixels at `pixelsPerPoint`.
    public func renderPixels(_ page: Page, pixelsPerPoint: Double = 1) -> PixelImage {
        let surface = paintedSurface(page, pixelsPerPoint: pixelsPerPoint)
        defer { cairo_surface_destroy(surface) }
        return PixelImage(surface: surface)
    }

    /// An RGB image surface, white, with the page painted on it and flushed; the caller
    /// destroys it.
    private func paintedSurface(_ page: Page, pixelsPerPoint: Double) -> OpaquePointer {
        let width = Int32((page.size.width.value * pixelsPerPoint).rounded(.up))
        let height = Int32((page.size.height.value * pixelsPerPoint).rounded(.up))
        let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, width, height)!
        let cr = cairo_create(surface)!
        cairo_set_source_rgb(cr, 1, 1, 1)
        cairo_paint(cr)
        cairo_scale(cr, pixelsPerPoint, pixelsPerPoint)
        draw(page, on: cr)
        cairo_destroy(cr)
        cairo_surface_flush(surface)
        return surface
    }

    /// Paints a page in painting order, untagged (for pixels).
    func draw(_ page: Page, on cr: OpaquePointer) {
        for item in page.items { draw(item.content, on: cr) }
        text.flush(on: cr)
    }

    /// Paints one item; text is collected and drawn later, in few calls.
    func draw(_ content: PageContent, on cr: OpaquePointer, inOrder: Bool = false) {
        // Keep what lies on top on top: collected text is drawn before a fill covers it.
        if let area = filledArea(content) { text.prepareForShape(covering: area, on: cr) }
        switch content {
        case .text(let run): text.draw(run, on: cr, inOrder: inOrder)
        case .line(let from, let to, let stroke): ShapePainter.line(from: from, to: to, stroke: stroke, on: cr)
        case .rect(let rect, let fill, let stroke): ShapePainter.rect(rect, fill: fill, stroke: stroke, on: cr)
        case .path(let points, let closed, let fill, let stroke):
            ShapePainter.path(points, closed: closed, fill: fill, stroke: stroke, on: cr)
        case .link(let rect, let target): LinkPainter.link(rect, target: target, on: cr)
        case .anchor(let name, let point): LinkPainter.anchor(name, at: point, on: cr)
        case .image(let rect, let file): images.draw(file, in: rect, on: cr)
        case .signatureField: break
        }
    }

    /// The area a filled shape covers; nil for text, strokes and tags.
    func filledArea(_ content: PageContent) -> Rect? {
        switch content {
        case .rect(let area, let fill, _) where fill != nil: return area
        case .path(let points, _, let fill, _) where fill != nil: return bounds(of: points)
        case .image(let area, _): return area
        default: return nil
        }
    }

    /// Draws the glyphs collected so far.
    func flushText(on cr: OpaquePointer) { text.flush(on: cr) }

    private func bounds(of points: [Point]) -> Rect {
        let xs = points.map(\.x), ys = points.map(\.y)
        guard let minX = xs.min(), let maxX = xs.max(), let minY = ys.min(), let maxY = ys.max() else { return Rect(x: .zero, y: .zero, width: .zero, height: .zero) }
        return Rect(x: minX, y: minY, width: maxX - minX, height: maxY - minY)
    }

    private func check(_ status: cairo_status_t, path: String) throws {
        guard status != CAIRO_STATUS_SUCCESS else { return }
        let reason = String(cString: cairo_status_to_string(status))
        throw PaintError(message: "Kunde inte skriva \(path): \(reason)")
    }
}
