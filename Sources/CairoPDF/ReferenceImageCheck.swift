import Foundation
import ReportLayout

/// Compares a rendered page with a checked-in reference PNG, the way Typst's tests do:
/// a per-channel tolerance absorbs anti-aliasing noise, and a small share of differing
/// pixels is allowed. On failure the rendered page is written beside the failures folder
/// so a person can look at it; with `FINSAM_UPDATE_REFERENCES=1` the reference is
/// (re)written instead.
public struct ReferenceImageCheck {
    public var channelTolerance = 48
    public var allowedShare = 0.002
    public var failuresDirectory: String

    public init(failuresDirectory: String) { self.failuresDirectory = failuresDirectory }

    /// nil when the page matches; otherwise a Swedish description of the difference.
    public func compare(_ page: Page, painter: CairoPainter, reference: String) throws -> String? {
        if ProcessInfo.processInfo.environment["FINSAM_UPDATE_REFERENCES"] == "1" {
            try painter.writePNG(page, to: reference)
            return nil
        }
        let rendered = painter.renderPixels(page)
        let name = URL(fileURLWithPath: reference).lastPathComponent
        guard let expected = PixelImage.load(png: reference) else {
            try writeFailure(rendered, name: name)
            return "referensbilden \(reference) saknas; sidan skrevs till \(failuresDirectory)/\(name)"
        }
        let difference = rendered.difference(from: expected, channelTolerance: channelTolerance)
        guard difference.sizeMismatch || difference.share > allowedShare else { return nil }
        try writeFailure(rendered, name: name)
        return "\(name): \(difference); sidan skrevs till \(failuresDirectory)/\(name)"
    }

    private func writeFailure(_ rendered: PixelImage, name: String) throws {
        try FileManager.default.createDirectory(atPath: failuresDirectory, withIntermediateDirectories: true)
        try rendered.writePNG(to: failuresDirectory + "/" + name)
    }
}
