import CCairo
import Foundation
import ReportLayout

/// Pictures, as Cairo image surfaces made once per file: a logo on every page is one
/// image object in the PDF.
///
/// PNG files are decoded by Cairo (`cairo_image_surface_create_from_png`). Cairo 1.16
/// (Debian 12) cannot decode JPEG, but its PDF surface writes a surface's attached JPEG
/// data (`cairo_surface_set_mime_data`, `CAIRO_MIME_TYPE_JPEG`) into the file unchanged as
/// a DCTDecode image: no second lossy compression, the file stays small, and no JPEG
/// library is needed. Raster output (PNG previews of pages) shows the surface's own pixels,
/// a grey box the picture's size, instead.
final class ImagePainter {
    private var surfaces: [String: OpaquePointer] = [:]
    /// Files that could not be read when they were painted (changed since they were checked).
    private(set) var failures: [String] = []

    deinit {
        for surface in surfaces.values { cairo_surface_destroy(surface) }
    }

    func draw(_ file: ImageFile, in rect: Rect, on cr: OpaquePointer) {
        guard let surface = surface(for: file) else { return }
        cairo_save(cr)
        cairo_translate(cr, rect.minX.value, rect.minY.value)
        cairo_scale(cr, rect.size.width.value / Double(file.pixelWidth), rect.size.height.value / Double(file.pixelHeight))
        cairo_set_source_surface(cr, surface, 0, 0)
        cairo_pattern_set_filter(cairo_get_source(cr), CAIRO_FILTER_GOOD)
        cairo_paint(cr)
        cairo_restore(cr)
    }

    private func surface(for file: ImageFile) -> OpaquePointer? {
        if let surface = surfaces[file.path] { return surface }
        let surface = file.format == .png ? png(file) : jpeg(file)
        guard let surface, cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS,
              cairo_image_surface_get_width(surface) == Int32(file.pixelWidth),
              cairo_image_surface_get_height(surface) == Int32(file.pixelHeight) else {
            if let surface { cairo_surface_destroy(surface) }
            failures.append(file.path)
            return nil
        }
        surfaces[file.path] = surface
        return surface
    }

    private func png(_ file: ImageFile) -> OpaquePointer? {
        cairo_image_surface_create_from_png(file.path)
    }

    private func jpeg(_ file: ImageFile) -> OpaquePointer? {
        guard let data = FileManager.default.contents(atPath: file.path), !data.isEmpty,
              let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(file.pixelWidth), Int32(file.pixelHeight)) else { return nil }
        let preview = cairo_create(surface)
        cairo_set_source_rgb(preview, 0.85, 0.85, 0.85)
        cairo_paint(preview)
        cairo_destroy(preview)
        cairo_surface_mark_dirty(surface)
        guard let bytes = malloc(data.count) else { return surface }
        data.copyBytes(to: bytes.assumingMemoryBound(to: UInt8.self), count: data.count)
        let status = cairo_surface_set_mime_data(surface, CAIRO_MIME_TYPE_JPEG, bytes.assumingMemoryBound(to: UInt8.self),
                                                 UInt(data.count), { free($0) }, bytes)
        if status != CAIRO_STATUS_SUCCESS { free(bytes) }
        return surface
    }
}
