import CCairo
import Foundation
import ReportLayout

/// Pictures, as Cairo image surfaces made once per file and content: a logo on every page
/// is one image object in the PDF. A kept painter (the preview's session) reads the file
/// again on every draw and makes a new surface when its bytes differ, so a picture
/// replaced in place shows even when its size and modification time are unchanged; the
/// surface is decoded from exactly the bytes it is keyed by.
///
/// PNG files are decoded by Cairo (`cairo_image_surface_create_from_png_stream`). Cairo 1.16
/// (Debian 12) cannot decode JPEG, but its PDF surface writes a surface's attached JPEG
/// data (`cairo_surface_set_mime_data`, `CAIRO_MIME_TYPE_JPEG`) into the file unchanged as
/// a DCTDecode image: no second lossy compression, the file stays small, and no JPEG
/// library is needed. Raster output (PNG previews of pages) shows the surface's own pixels,
/// a grey box the picture's size, instead.
final class ImagePainter {
    private struct Decoded {
        var bytes: Data
        var surface: OpaquePointer
    }

    private var surfaces: [String: Decoded] = [:]
    /// Files that could not be read when they were painted (changed since they were checked),
    /// since `startDocument`.
    private(set) var failures: [String] = []

    /// A new PDF begins: a picture that failed in an earlier one (a kept painter's) is
    /// not held against it; it is read again when drawn.
    func startDocument() { failures = [] }

    deinit {
        for decoded in surfaces.values { cairo_surface_destroy(decoded.surface) }
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
        let bytes = FileManager.default.contents(atPath: file.path) ?? Data()
        if let cached = surfaces[file.path] {
            if cached.bytes == bytes { return cached.surface }
            // Cairo keeps its own reference to a surface a page has painted.
            cairo_surface_destroy(cached.surface)
            surfaces[file.path] = nil
        }
        let surface = bytes.isEmpty ? nil : (file.format == .png ? png(bytes) : jpeg(bytes, file))
        guard let surface, cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS,
              cairo_image_surface_get_width(surface) == Int32(file.pixelWidth),
              cairo_image_surface_get_height(surface) == Int32(file.pixelHeight) else {
            if let surface { cairo_surface_destroy(surface) }
            failures.append(file.path)
            return nil
        }
        surfaces[file.path] = Decoded(bytes: bytes, surface: surface)
        return surface
    }

    private func png(_ data: Data) -> OpaquePointer? {
        let reader = PNGStreamReader(data)
        return withExtendedLifetime(reader) {
            cairo_image_surface_create_from_png_stream({ closure, target, length in
                let reader = Unmanaged<PNGStreamReader>.fromOpaque(closure!).takeUnretainedValue()
                return reader.read(into: target, count: Int(length)) ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_READ_ERROR
            }, Unmanaged.passUnretained(reader).toOpaque())
        }
    }

    private func jpeg(_ data: Data, _ file: ImageFile) -> OpaquePointer? {
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(file.pixelWidth), Int32(file.pixelHeight)) else { return nil }
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

/// Hands a PNG file's bytes to Cairo's stream decoder piece by piece.
private final class PNGStreamReader {
    private let bytes: [UInt8]
    private var offset = 0

    init(_ data: Data) { bytes = [UInt8](data) }

    func read(into target: UnsafeMutablePointer<UInt8>?, count: Int) -> Bool {
        guard let target, count <= bytes.count - offset else { return false }
        bytes.withUnsafeBufferPointer { source in target.update(from: source.baseAddress! + offset, count: count) }
        offset += count
        return true
    }
}
