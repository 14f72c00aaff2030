import CCairo
import Foundation
import ReportLayout

/// A page rendered to pixels (RGB, 8 bits a channel), for reference-image tests: it
/// can be written to and read from PNG and compared with a tolerance.
public struct PixelImage: Sendable {
    public let width: Int
    public let height: Int
    /// 0x00RRGGBB per pixel, row by row.
    public let pixels: [UInt32]

    public struct Difference: Sendable, CustomStringConvertible {
        /// Pixels whose largest channel difference exceeds the tolerance.
        public var differingPixels: Int
        public var totalPixels: Int
        public var largestChannelDifference: Int
        public var sizeMismatch: Bool

        public var share: Double { totalPixels == 0 ? 0 : Double(differingPixels) / Double(totalPixels) }
        public var description: String {
            sizeMismatch ? "olika bildstorlek"
                : "\(differingPixels) av \(totalPixels) bildpunkter skiljer (\(String(format: "%.3f", share * 100)) %), största kanalskillnad \(largestChannelDifference)"
        }
    }

    /// Reads a PNG with Cairo.
    public static func load(png path: String) -> PixelImage? {
        guard FileManager.default.fileExists(atPath: path), let surface = cairo_image_surface_create_from_png(path),
              cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else { return nil }
        defer { cairo_surface_destroy(surface) }
        return PixelImage(surface: surface)
    }

    init(surface: OpaquePointer) {
        cairo_surface_flush(surface)
        width = Int(cairo_image_surface_get_width(surface))
        height = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface))
        let data = cairo_image_surface_get_data(surface)!
        var pixels = [UInt32](repeating: 0, count: width * height)
        for row in 0..<height {
            let rowStart = UnsafeRawPointer(data + row * stride).assumingMemoryBound(to: UInt32.self)
            for column in 0..<width { pixels[row * width + column] = rowStart[column] & 0x00FF_FFFF }
        }
        self.pixels = pixels
    }

    /// Writes the pixels as a PNG with Cairo.
    public func writePNG(to path: String) throws {
        let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(width), Int32(height))!
        defer { cairo_surface_destroy(surface) }
        cairo_surface_flush(surface)
        let stride = Int(cairo_image_surface_get_stride(surface))
        let data = cairo_image_surface_get_data(surface)!
        for row in 0..<height {
            let rowStart = UnsafeMutableRawPointer(data + row * stride).assumingMemoryBound(to: UInt32.self)
            for column in 0..<width { rowStart[column] = pixels[row * width + column] }
        }
        cairo_surface_mark_dirty(surface)
        let status = cairo_surface_write_to_png(surface, path)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw CairoPainter.PaintError(message: "Kunde inte skriva \(path): \(String(cString: cairo_status_to_string(status)))")
        }
    }

    /// Compares with `other`: a pixel differs when any channel differs by more than
    /// `channelTolerance` (0–255).
    public func difference(from other: PixelImage, channelTolerance: Int) -> Difference {
        guard width == other.width, height == other.height else {
            return Difference(differingPixels: width * height, totalPixels: width * height, largestChannelDifference: 255, sizeMismatch: true)
        }
        var differing = 0
        var largest = 0
        for index in pixels.indices where pixels[index] != other.pixels[index] {
            let a = pixels[index], b = other.pixels[index]
            var channelMax = 0
            for shift in [0, 8, 16] {
                channelMax = max(channelMax, abs(Int((a >> UInt32(shift)) & 0xFF) - Int((b >> UInt32(shift)) & 0xFF)))
            }
            largest = max(largest, channelMax)
            if channelMax > channelTolerance { differing += 1 }
        }
        return Difference(differingPixels: differing, totalPixels: pixels.count, largestChannelDifference: largest, sizeMismatch: false)
    }
}
